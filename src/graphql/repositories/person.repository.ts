// People: a country's, or a filtered list, by name.
import type { Filter } from "mongodb";
import type { Collections } from "../../db/collections.js";
import type { PersonDoc } from "../../db/types.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { allOf, type Clause, findByIds, tokenClauses } from "./filters.js";
import { PERSON_ORDER } from "./orderings.js";

export interface PersonCriteria {
  country?: string;
  role?: string;
  tokens?: string[][];
}

export function personFilter(c: PersonCriteria): Filter<PersonDoc> {
  const clauses: Clause[] = [];
  if (c.country !== undefined) clauses.push({ countryCode: c.country });
  if (c.role !== undefined) clauses.push({ role: c.role });
  clauses.push(...tokenClauses(c.tokens));
  return allOf(clauses);
}

export function personRepository(cols: Collections) {
  return {
    byIds: findByIds(cols.people),
    list: (criteria: PersonCriteria, args: PageArgs) =>
      connectionFromCollection(cols.people, PERSON_ORDER, personFilter(criteria), args),
    byCountry: (code: string, args: PageArgs) =>
      connectionFromCollection(cols.people, PERSON_ORDER, { countryCode: code }, args),
  };
}
