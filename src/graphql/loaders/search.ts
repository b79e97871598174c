// Search over the normalized-token field of people, documents, statements and articles.
import type { Collection, Filter } from "mongodb";
import type { ArticleDoc, PersonDoc, SignedDocumentDoc, StatementDoc } from "../../db/types.js";
import { searchTokenGroups } from "../../store/search-tokens.js";
import type { SearchHitType } from "../__generated__/resolvers-types.js";
import { badUserInput } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination.js";
import { tokensFilter } from "./arguments.js";
import type { DataSources } from "./index.js";

export type SearchHitDoc = PersonDoc | SignedDocumentDoc | StatementDoc | ArticleDoc;

interface Scored {
  doc: SearchHitDoc;
  score: number;
  rank: number;
}

const ALL_TYPES: readonly SearchHitType[] = ["PERSON", "DOCUMENT", "STATEMENT", "ARTICLE"];

/**
 * Every query word must match in some form (forms come from the function that indexed the
 * documents, so "Токаеву", "Тоқаев" and "токаев" meet). Hits are ranked by the share of the hit's
 * own tokens the query covers, so that a name outranks a long statement that mentions it.
 */
export async function search(
  ds: DataSources,
  query: string,
  first: number | null | undefined,
  types: readonly SearchHitType[] | null | undefined,
): Promise<SearchHitDoc[]> {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput("first", `must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  const filter = tokensFilter("query", query);
  if (!filter || limit === 0) return [];
  const queryForms = new Set(searchTokenGroups(query).flat());
  const wanted = new Set(types && types.length > 0 ? types : ALL_TYPES);
  const find = async <T extends SearchHitDoc>(
    type: SearchHitType,
    collection: Collection<T>,
  ): Promise<T[]> =>
    wanted.has(type)
      ? ((await collection
          .find(filter as Filter<T>)
          .sort({ _id: 1 })
          .limit(limit)
          .toArray()) as T[])
      : [];
  const groups = await Promise.all([
    find("PERSON", ds.cols.people),
    find("DOCUMENT", ds.cols.documents),
    find("STATEMENT", ds.cols.statements),
    find("ARTICLE", ds.cols.articles),
  ]);
  const scored: Scored[] = groups.flatMap((docs, rank) =>
    docs.map((doc) => ({
      doc,
      rank,
      score:
        doc.searchTokens.filter((t) => queryForms.has(t)).length /
        Math.max(1, doc.searchTokens.length),
    })),
  );
  scored.sort((x, y) => y.score - x.score || x.rank - y.rank || (x.doc._id < y.doc._id ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.doc);
}
