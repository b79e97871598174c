// Two countries' shared visits, documents and statements, and a country's partners by activity.
import type { Filter } from "mongodb";
import type { SignedDocumentDoc, StatementDoc, VisitDoc } from "../../db/types.js";
import type { ConnectionModel, PartnerModel } from "../models.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import type { DataSources } from "./index.js";
import { DOCUMENT_ORDER, STATEMENT_ORDER, VISIT_ORDER } from "./orderings.js";

function mutualVisits(a: string, b: string): Filter<VisitDoc> {
  return {
    $or: [
      { guestCountry: a, hostCountry: b },
      { guestCountry: b, hostCountry: a },
    ],
  };
}

export function relationVisits(
  ds: DataSources,
  a: string,
  b: string,
  args: PageArgs,
): Promise<ConnectionModel<VisitDoc>> {
  return connectionFromCollection(ds.cols.visits, VISIT_ORDER, mutualVisits(a, b), args);
}

export function relationDocuments(
  ds: DataSources,
  a: string,
  b: string,
  args: PageArgs,
): Promise<ConnectionModel<SignedDocumentDoc>> {
  const filter: Filter<SignedDocumentDoc> = { countries: { $all: [a, b] } };
  return connectionFromCollection(ds.cols.documents, DOCUMENT_ORDER, filter, args);
}

export async function relationStatements(
  ds: DataSources,
  a: string,
  b: string,
  args: PageArgs,
): Promise<ConnectionModel<StatementDoc>> {
  const visits = await ds.cols.visits
    .find(mutualVisits(a, b), { projection: { _id: 1 } })
    .batchSize(10_000)
    .toArray();
  const filter: Filter<StatementDoc> = {
    visitId: { $in: visits.map((v) => v._id) },
    speakerCountry: { $in: [a, b] },
  };
  return connectionFromCollection(ds.cols.statements, STATEMENT_ORDER, filter, args);
}

/** Countries with visits or documents in common, most shared visits and documents first. */
export async function partnersOf(ds: DataSources, code: string): Promise<PartnerModel[]> {
  const [visits, documents] = await Promise.all([
    ds.visitsByCountry.load(code),
    ds.documentsByCountry.load(code),
  ]);
  const partners = new Map<string, PartnerModel>();
  const partner = (other: string) => {
    let p = partners.get(other);
    if (!p) {
      p = { code: other, visits: 0, documents: 0 };
      partners.set(other, p);
    }
    return p;
  };
  for (const v of visits) {
    const other = v.guestCountry === code ? v.hostCountry : v.guestCountry;
    if (other !== code) partner(other).visits++;
  }
  for (const d of documents) {
    for (const other of new Set(d.countries)) if (other !== code) partner(other).documents++;
  }
  return [...partners.values()].sort(
    (x, y) =>
      y.visits + y.documents - (x.visits + x.documents) ||
      y.visits - x.visits ||
      (x.code < y.code ? -1 : 1),
  );
}
