// Articles: pages of those naming a country or a person, newest first, and the words behind facts.
import type { Collections } from "../../db/collections.js";
import type { EvidenceRef } from "../../db/types.js";
import type { ArticleModel, ConnectionModel } from "../models.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { findByIds } from "./filters.js";
import { ARTICLE_ORDER } from "./orderings.js";

/** Lists and lookups leave out the text and its search tokens: read only when asked for. */
export const ARTICLE_SUMMARY = { text: 0, searchTokens: 0 } as const;

/** A person's or a document's evidence and sources list at most this many articles, newest first. */
export const MAX_EVIDENCE_ARTICLES = 100;

export function articleRepository(cols: Collections) {
  const page = (
    filter: Record<string, unknown>,
    args: PageArgs,
  ): Promise<ConnectionModel<ArticleModel>> =>
    connectionFromCollection(cols.articles, ARTICLE_ORDER, filter, args, ARTICLE_SUMMARY);
  return {
    list: (args: PageArgs) => page({}, args),
    namingCountry: (code: string, args: PageArgs) => page({ countryCodes: code }, args),
    namingPerson: (personId: string, args: PageArgs) => page({ personIds: personId }, args),
    byIds: findByIds(cols.articles, ARTICLE_SUMMARY) as (
      ids: readonly string[],
    ) => Promise<ArticleModel[]>,
    texts: findByIds(cols.articles, { _id: 1, text: 1 }) as (
      ids: readonly string[],
    ) => Promise<{ _id: string; text: string }[]>,
    /** Where the newest articles naming a person name them: the spans of their mentions. */
    async personSpans(personId: string): Promise<EvidenceRef[]> {
      const mentions = await cols.mentions
        .find({ entityId: personId })
        .sort({ publishedOn: -1, articleId: 1 })
        .limit(MAX_EVIDENCE_ARTICLES)
        .toArray();
      return mentions.flatMap((m) =>
        m.kind === "person"
          ? m.person.spans.map((s) => ({
              articleId: m.articleId,
              start: s.start,
              end: s.end,
              rule: s.rule ?? null,
            }))
          : [],
      );
    },
  };
}
