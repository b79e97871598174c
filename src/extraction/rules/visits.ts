// Placeholder for the visits rules; replaced by the real rule set.
import type { Analysis } from "../analysis.js";
import type { VisitFact } from "../types.js";

export function findVisits(_a: Analysis): VisitFact[] {
  return [];
}
