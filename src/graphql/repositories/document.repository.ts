// Signed documents: a country's, a pair's, a visit's, or a filtered list, each one indexed page.
import type { Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { EvidenceRef, SignedDocumentDoc } from "../../db/types.js";
import type { ConnectionModel } from "../models.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { MAX_EVIDENCE_ARTICLES } from "./article.repository.js";
import { allOf, type Clause, findByIds, tokenClauses } from "./filters.js";
import { DOCUMENT_ORDER } from "./orderings.js";

export interface DocumentCriteria {
  country?: string;
  visit?: string;
  kind?: string;
  status?: string;
  /** Every group must meet the stored search tokens in one of its forms. */
  tokens?: string[][];
}

export function documentFilter(c: DocumentCriteria): Filter<SignedDocumentDoc> {
  const clauses: Clause[] = [];
  if (c.country !== undefined) clauses.push({ countries: c.country });
  if (c.visit !== undefined) clauses.push({ visitId: c.visit });
  if (c.kind !== undefined) clauses.push({ kind: c.kind });
  if (c.status !== undefined) clauses.push({ status: c.status });
  clauses.push(...tokenClauses(c.tokens));
  return allOf(clauses);
}

export function documentRepository(cols: Collections) {
  const page = (
    filter: Filter<SignedDocumentDoc>,
    args: PageArgs,
  ): Promise<ConnectionModel<SignedDocumentDoc>> =>
    connectionFromCollection(cols.documents, DOCUMENT_ORDER, filter, args);
  /** The newest mentions of a document, one an article: a document's size does not grow with them. */
  const mentionsOf = (documentId: string) =>
    cols.mentions
      .find({ entityId: documentId })
      .sort({ publishedOn: -1, articleId: 1 })
      .limit(MAX_EVIDENCE_ARTICLES)
      .toArray();
  return {
    byIds: findByIds(cols.documents),
    /** Ids of the newest articles naming the document. */
    async sources(documentId: string): Promise<string[]> {
      return (await mentionsOf(documentId)).map((m) => m.articleId);
    },
    /** Where the newest articles naming the document name it, with the rule that read it. */
    async evidence(documentId: string): Promise<EvidenceRef[]> {
      return (await mentionsOf(documentId)).flatMap((m) =>
        m.kind === "document"
          ? m.document.spans.map((s) => ({
              articleId: m.articleId,
              start: s.start,
              end: s.end,
              rule: m.document.rule ?? null,
            }))
          : [],
      );
    },
    list: (criteria: DocumentCriteria, args: PageArgs) => page(documentFilter(criteria), args),
    byCountry: (code: string, args: PageArgs) => page({ countries: code }, args),
    byVisit: (visitId: string, args: PageArgs) => page({ visitId }, args),
    between: (a: string, b: string, args: PageArgs) => page({ countries: { $all: [a, b] } }, args),
    /** How many documents the country signed with each other party, counted in the database. */
    async partnerCounts(code: string): Promise<Map<string, number>> {
      const rows = await cols.documents
        .aggregate<{ _id: string; n: number }>([
          { $match: { countries: code } },
          { $unwind: "$countries" },
          { $group: { _id: "$countries", n: { $sum: 1 } } },
        ])
        .toArray();
      return new Map(rows.filter((r) => r._id !== code).map((r) => [r._id, r.n]));
    },
  };
}
