// Placeholder for the documents rules; replaced by the real rule set.
import type { Analysis } from "../analysis.js";
import type { DocumentFact } from "../types.js";

export function findDocuments(_a: Analysis): DocumentFact[] {
  return [];
}
