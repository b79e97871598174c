// Entry point of the extraction engine: one article's text in, an ArticleExtraction out.
import { type Analysis, startAnalysis } from "./analysis.js";
import { checkAllLexicons } from "./lexicons/load.js";
import { findCountries } from "./rules/countries.js";
import { findDates } from "./rules/dates.js";
import { findDocuments } from "./rules/documents.js";
import { extractHeader } from "./rules/header.js";
import { findPeople } from "./rules/people/index.js";
import { findStatements } from "./rules/statements.js";
import { findVisits } from "./rules/visits.js";
import type { ArticleExtraction, CountryFact, ExtractOptions } from "./types.js";

export type * from "./types.js";

// Lexicons some rules read only on their language's first article are checked now, at start-up.
checkAllLexicons();

/** Bumped whenever a change to rules or lexicons can change the output for a stored article. */
export const EXTRACTOR_VERSION = "1.5.0";

export function extract(text: string, options: ExtractOptions = {}): ArticleExtraction {
  const a = startAnalysis(text);
  // Stages run in this order; each reads what the earlier ones added.
  a.header = extractHeader(a);
  if (options.publishedOn) a.header.publishedOn = options.publishedOn;
  a.countries = findCountries(a);
  const people = findPeople(a);
  a.people = people.people;
  a.personMentions = people.mentions;
  a.dates = findDates(a);
  a.statements = findStatements(a);
  a.documents = findDocuments(a);
  a.visits = findVisits(a);
  return {
    language: a.lang,
    title: a.header.title,
    publishedOn: a.header.publishedOn,
    source: a.header.source,
    countries: groupCountries(a),
    people: a.people,
    visits: a.visits,
    statements: a.statements,
    documents: a.documents,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

function groupCountries(a: Analysis): CountryFact[] {
  const byCode = new Map<string, CountryFact>();
  for (const m of a.countries) {
    let fact = byCode.get(m.code);
    if (!fact) {
      fact = { code: m.code, mentions: [] };
      byCode.set(m.code, fact);
    }
    fact.mentions.push({ start: m.start, end: m.end });
  }
  return [...byCode.values()];
}
