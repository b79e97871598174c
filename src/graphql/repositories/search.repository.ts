// Search over the normalized-token field of people, documents, statements and articles.
import type { Collection, Document, Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { PersonDoc, SignedDocumentDoc, StatementDoc } from "../../db/types.js";
import type { SearchHitType } from "../__generated__/resolvers-types.js";
import type { ArticleModel } from "../models.js";
import { ARTICLE_SUMMARY } from "./article.repository.js";
import { tokenClauses } from "./filters.js";

export type SearchHitDoc = PersonDoc | SignedDocumentDoc | StatementDoc | ArticleModel;

export const ALL_HIT_TYPES: readonly SearchHitType[] = [
  "PERSON",
  "DOCUMENT",
  "STATEMENT",
  "ARTICLE",
];

/** Best first: fewer words (the hit is more about what was asked), then kind, then id. */
const RANK = { tokenCount: 1, _id: 1 } as const;

interface Ranked {
  doc: SearchHitDoc;
  words: number;
  kind: number;
}

export function searchRepository(cols: Collections) {
  return {
    /**
     * Hits in which every group of forms has a token, best first across kinds. Each kind's best
     * `limit` come from its index in rank order, so the merged first `limit` are the best of all.
     */
    async search(
      groups: string[][],
      limit: number,
      types: ReadonlySet<SearchHitType>,
    ): Promise<SearchHitDoc[]> {
      if (groups.length === 0 || limit === 0) return [];
      const filter = { $and: tokenClauses(groups) };
      const best = async <T extends Document>(
        type: SearchHitType,
        collection: Collection<T>,
        projection: Document = { searchTokens: 0 },
      ): Promise<SearchHitDoc[]> =>
        types.has(type)
          ? ((await collection
              .find(filter as unknown as Filter<T>, { projection })
              .sort(RANK)
              .limit(limit)
              .toArray()) as unknown as SearchHitDoc[])
          : [];
      const found = await Promise.all([
        best("PERSON", cols.people),
        best("DOCUMENT", cols.documents),
        best("STATEMENT", cols.statements),
        best("ARTICLE", cols.articles, ARTICLE_SUMMARY),
      ]);
      const ranked: Ranked[] = found.flatMap((docs, kind) =>
        docs.map((doc) => ({ doc, kind, words: (doc as { tokenCount?: number }).tokenCount ?? 0 })),
      );
      ranked.sort(
        (x, y) => x.words - y.words || x.kind - y.kind || (x.doc._id < y.doc._id ? -1 : 1),
      );
      return ranked.slice(0, limit).map((r) => r.doc);
    },
  };
}
