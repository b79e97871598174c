// Countries: reference data by ISO code.
import type { Collections } from "../../db/collections.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { findByIds } from "./filters.js";
import { COUNTRY_ORDER } from "./orderings.js";

export function countryRepository(cols: Collections) {
  return {
    byIds: findByIds(cols.countries),
    list: (args: PageArgs) => connectionFromCollection(cols.countries, COUNTRY_ORDER, {}, args),
  };
}
