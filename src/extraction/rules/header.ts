// Placeholder for the header rules (title, date, outlet); replaced by the real rule set.
import type { Analysis, Header } from "../analysis.js";

export function extractHeader(_a: Analysis): Header {
  return { title: null, publishedOn: null, source: null };
}
