// Placeholder for the statements rules; replaced by the real rule set.
import type { Analysis } from "../analysis.js";
import type { StatementFact } from "../types.js";

export function findStatements(_a: Analysis): StatementFact[] {
  return [];
}
