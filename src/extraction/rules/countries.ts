// Placeholder for the countries rules; replaced by the real rule set.
import type { Analysis, CountryMention } from "../analysis.js";

export function findCountries(_a: Analysis): CountryMention[] {
  return [];
}
