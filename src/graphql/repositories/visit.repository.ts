// Visits: every list a page of one indexed query (filter, sort on the index's keys, limit + 1).
import type { Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { VisitDoc } from "../../db/types.js";
import type { ConnectionModel, VisitFlowModel } from "../models.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { allOf, type Clause, findByIds } from "./filters.js";
import { VISIT_ORDER } from "./orderings.js";

/** A validated visit filter: plain values only (codes upper-cased, ids raw). */
export interface VisitCriteria {
  country?: string;
  guestCountry?: string;
  hostCountry?: string;
  person?: string;
  kind?: string;
  level?: string;
  status?: string;
  from?: string;
  to?: string;
}

/** Visits either way between two countries. */
export function mutualVisits(a: string, b: string): Filter<VisitDoc> {
  return {
    $or: [
      { guestCountry: a, hostCountry: b },
      { guestCountry: b, hostCountry: a },
    ],
  };
}

export function visitFilter(c: VisitCriteria): Filter<VisitDoc> {
  const clauses: Clause[] = [];
  if (c.country !== undefined) {
    clauses.push({ $or: [{ guestCountry: c.country }, { hostCountry: c.country }] });
  }
  if (c.guestCountry !== undefined) clauses.push({ guestCountry: c.guestCountry });
  if (c.hostCountry !== undefined) clauses.push({ hostCountry: c.hostCountry });
  if (c.person !== undefined) clauses.push({ $or: [{ guestId: c.person }, { hostId: c.person }] });
  if (c.kind !== undefined) clauses.push({ kind: c.kind });
  if (c.level !== undefined) clauses.push({ level: c.level });
  if (c.status !== undefined) clauses.push({ status: c.status });
  if (c.from !== undefined) clauses.push({ startDate: { $gte: c.from } });
  if (c.to !== undefined) clauses.push({ startDate: { $lte: c.to } });
  return allOf(clauses);
}

export function visitRepository(cols: Collections) {
  const page = (filter: Filter<VisitDoc>, args: PageArgs): Promise<ConnectionModel<VisitDoc>> =>
    connectionFromCollection(cols.visits, VISIT_ORDER, filter, args);
  /** Visits counted per guest and host country, most first; as many rows as country pairs. */
  async function flows(criteria: VisitCriteria): Promise<VisitFlowModel[]> {
    const rows = await cols.visits
      .aggregate<{ _id: { g: string; h: string }; n: number }>([
        { $match: visitFilter(criteria) },
        { $group: { _id: { g: "$guestCountry", h: "$hostCountry" }, n: { $sum: 1 } } },
      ])
      .toArray();
    return rows
      .map((r) => ({ guestCountry: r._id.g, hostCountry: r._id.h, visits: r.n }))
      .sort(
        (x, y) =>
          y.visits - x.visits ||
          x.guestCountry.localeCompare(y.guestCountry) ||
          x.hostCountry.localeCompare(y.hostCountry),
      );
  }
  return {
    byIds: findByIds(cols.visits),
    list: (criteria: VisitCriteria, args: PageArgs) => page(visitFilter(criteria), args),
    byHost: (code: string, args: PageArgs) => page({ hostCountry: code }, args),
    byGuest: (code: string, args: PageArgs) => page({ guestCountry: code }, args),
    byPerson: (personId: string, args: PageArgs) => page(visitFilter({ person: personId }), args),
    between: (a: string, b: string, args: PageArgs) => page(mutualVisits(a, b), args),
    flows,
    /** How many visits the country made to or hosted from each partner, counted in the database. */
    async partnerCounts(code: string): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const f of await flows({ country: code })) {
        const other = f.guestCountry === code ? f.hostCountry : f.guestCountry;
        if (other !== code) counts.set(other, (counts.get(other) ?? 0) + f.visits);
      }
      return counts;
    },
  };
}
