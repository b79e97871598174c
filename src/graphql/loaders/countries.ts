// Countries by code; a code the store has not described yet still gets its names.
import type { CountryDoc } from "../../db/types.js";
import { countryNames } from "../../store/country-names.js";
import type { DataSources } from "./index.js";

/** Visits and documents name countries by code; this keeps Country! fields non-null for any of them. */
export async function countryFor(ds: DataSources, code: string): Promise<CountryDoc> {
  return (await ds.countryByCode.load(code)) ?? { _id: code, names: countryNames(code) };
}
