// Placeholder for the people rules; replaced by the real rule set.
import type { Analysis, PersonMention } from "../analysis.js";
import type { PersonFact } from "../types.js";

export function findPeople(_a: Analysis): { people: PersonFact[]; mentions: PersonMention[] } {
  return { people: [], mentions: [] };
}
