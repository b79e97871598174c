// Statements: a visit's, a speaker's, an article's, a pair's, or a filtered list, in article order.
import type { Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { StatementDoc } from "../../db/types.js";
import { countryPairKey } from "../../store/keys.js";
import type { ConnectionModel } from "../models.js";
import { connectionFromCollection, mongoSort, type PageArgs } from "../pagination.js";
import { allOf, type Clause, findByIds, tokenClauses } from "./filters.js";
import { STATEMENT_ORDER } from "./orderings.js";

export interface StatementCriteria {
  speaker?: string;
  visit?: string;
  country?: string;
  language?: string;
  kind?: string;
  tokens?: string[][];
}

export function statementFilter(c: StatementCriteria): Filter<StatementDoc> {
  const clauses: Clause[] = [];
  if (c.speaker !== undefined) clauses.push({ speakerId: c.speaker });
  if (c.visit !== undefined) clauses.push({ visitId: c.visit });
  if (c.country !== undefined) clauses.push({ speakerCountry: c.country });
  if (c.language !== undefined) clauses.push({ language: c.language });
  if (c.kind !== undefined) clauses.push({ kind: c.kind });
  clauses.push(...tokenClauses(c.tokens));
  return allOf(clauses);
}

/** What one article says can be listed whole: it is bounded by the article. */
const MAX_PER_ARTICLE = 1_000;

export function statementRepository(cols: Collections) {
  const page = (
    filter: Filter<StatementDoc>,
    args: PageArgs,
  ): Promise<ConnectionModel<StatementDoc>> =>
    connectionFromCollection(cols.statements, STATEMENT_ORDER, filter, args);
  return {
    byIds: findByIds(cols.statements),
    list: (criteria: StatementCriteria, args: PageArgs) => page(statementFilter(criteria), args),
    byVisit: (visitId: string, args: PageArgs) => page({ visitId }, args),
    bySpeaker: (personId: string, args: PageArgs) => page({ speakerId: personId }, args),
    /** What either side said during visits between the two countries. */
    between: (a: string, b: string, args: PageArgs) =>
      page({ visitCountries: countryPairKey(a, b), speakerCountry: { $in: [a, b] } }, args),
    /** The statements of each article, in the order the article tells them. */
    async ofArticles(articleIds: readonly string[]): Promise<StatementDoc[][]> {
      const docs = await cols.statements
        .find({ articleId: { $in: [...articleIds] } })
        .sort(mongoSort(STATEMENT_ORDER))
        .limit(MAX_PER_ARTICLE * articleIds.length)
        .toArray();
      const byArticle = new Map<string, StatementDoc[]>(articleIds.map((id) => [id, []]));
      for (const d of docs) byArticle.get(d.articleId)?.push(d);
      return articleIds.map((id) => byArticle.get(id) ?? []);
    },
  };
}
