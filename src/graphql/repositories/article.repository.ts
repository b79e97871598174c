// Articles: pages of those naming a country or a person, newest first, and the words behind facts.
import type { Collections } from "../../db/collections.js";
import type { EvidenceRef } from "../../db/types.js";
import type { ArticleModel, ConnectionModel } from "../models.js";
import { connectionFromCollection, mongoSort, type PageArgs } from "../pagination.js";
import { findByIds } from "./filters.js";
import { ARTICLE_ORDER } from "./orderings.js";

/** Lists and lookups leave out the text and its search tokens: read only when asked for. */
export const ARTICLE_SUMMARY = { text: 0, searchTokens: 0 } as const;

/** A person's evidence lists at most this many articles' spans, newest first. */
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
    /** Where the newest articles naming a person name them: the spans in those articles' facts. */
    async personSpans(personId: string): Promise<EvidenceRef[]> {
      const articles = await cols.articles
        .find({ personIds: personId }, { projection: { _id: 1 } })
        .sort(mongoSort(ARTICLE_ORDER))
        .limit(MAX_EVIDENCE_ARTICLES)
        .toArray();
      const facts = await cols.facts
        .find({ _id: { $in: articles.map((a) => a._id) } })
        .sort({ _id: 1 })
        .toArray();
      return facts.flatMap((f) =>
        f.mentions.flatMap((m) =>
          m.kind === "person" && m.entityId === personId
            ? m.person.spans.map((s) => ({ articleId: f._id, start: s.start, end: s.end }))
            : [],
        ),
      );
    },
  };
}
