// Search over the normalized-token field of people, documents, statements and articles.
import type { Collection, Document, Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { PersonDoc, SignedDocumentDoc, StatementDoc } from "../../db/types.js";
import type { SearchHitType } from "../__generated__/resolvers-types.js";
import type { ArticleModel } from "../models.js";

export type SearchHitDoc = PersonDoc | SignedDocumentDoc | StatementDoc | ArticleModel;

interface Scored {
  doc: SearchHitDoc;
  score: number;
  rank: number;
}

export const ALL_HIT_TYPES: readonly SearchHitType[] = [
  "PERSON",
  "DOCUMENT",
  "STATEMENT",
  "ARTICLE",
];

export function searchRepository(cols: Collections) {
  return {
    /**
     * Hits in which every group of forms has a token. Ranked by the share of the hit's own tokens
     * the query covers, so that a name outranks a long statement that mentions it.
     */
    async search(
      groups: string[][],
      limit: number,
      types: ReadonlySet<SearchHitType>,
    ): Promise<SearchHitDoc[]> {
      if (groups.length === 0 || limit === 0) return [];
      const filter = { $and: groups.map((forms) => ({ searchTokens: { $in: forms } })) };
      const queryForms = new Set(groups.flat());
      const find = async <T extends Document>(
        type: SearchHitType,
        collection: Collection<T>,
        projection?: Document,
      ): Promise<SearchHitDoc[]> =>
        types.has(type)
          ? ((await collection
              .find(filter as unknown as Filter<T>, projection ? { projection } : {})
              .sort({ _id: 1 })
              .limit(limit)
              .toArray()) as unknown as SearchHitDoc[])
          : [];
      const found = await Promise.all([
        find("PERSON", cols.people),
        find("DOCUMENT", cols.documents),
        find("STATEMENT", cols.statements),
        find("ARTICLE", cols.articles, { text: 0 }),
      ]);
      const scored: Scored[] = found.flatMap((docs, rank) =>
        docs.map((doc) => {
          const tokens = (doc as { searchTokens?: string[] }).searchTokens ?? [];
          return {
            doc,
            rank,
            score: tokens.filter((t) => queryForms.has(t)).length / Math.max(1, tokens.length),
          };
        }),
      );
      scored.sort(
        (x, y) => y.score - x.score || x.rank - y.rank || (x.doc._id < y.doc._id ? -1 : 1),
      );
      return scored.slice(0, limit).map((s) => s.doc);
    },
  };
}
