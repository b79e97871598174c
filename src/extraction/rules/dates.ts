// Placeholder for the dates rules; replaced by the real rule set.
import type { Analysis, DateMention } from "../analysis.js";

export function findDates(_a: Analysis): DateMention[] {
  return [];
}
