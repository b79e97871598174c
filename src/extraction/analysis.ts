// The shared working state that pipeline stages read and add to while one article is analysed.
import type { RuleIdOf } from "./rules/registry.js";
import { detectLanguage } from "./text/language.js";
import { segment } from "./text/segment.js";
import { type Token, tokenize } from "./text/tokens.js";
import type {
  DocumentFact,
  Language,
  PersonFact,
  Span,
  StatementFact,
  VisitFact,
} from "./types.js";

export interface CountryMention extends Span {
  code: string;
  /** How the state is named: "Казахстан" (name), "казахстанско-" (adjective), "казахи" (demonym). */
  form: "name" | "adjective" | "demonym";
  /** The case ending the word adds to the name, when one does: "ға" of "Қырғызстанға". */
  ending?: string;
}

export interface PersonMention extends Span {
  /** Index into Analysis.people. */
  person: number;
  /** "name": full or partial name; "descriptor": "президент Азербайджана", "Глава государства". */
  kind: "name" | "descriptor" | "pronoun";
}

export interface DateMention extends Span {
  iso: string; // YYYY-MM-DD, or YYYY-MM / YYYY when only that is given
  precision: "day" | "month" | "year";
  /** Id of the rule that found the date. */
  rule?: RuleIdOf<"date">;
  /** False when the text gave no year and the year was taken from the publication date or another date. */
  yearGiven?: boolean;
}

export interface Header {
  title: string | null;
  publishedOn: string | null;
  source: string | null;
}

export interface Analysis {
  /** The exact input; every Span indexes into it. */
  text: string;
  lang: Language;
  paragraphs: Span[];
  sentences: Span[];
  /** Every word of the text, in order: tokenized once, read by every stage. */
  tokens: Token[];
  header: Header;
  countries: CountryMention[];
  people: PersonFact[];
  personMentions: PersonMention[];
  dates: DateMention[];
  statements: StatementFact[];
  documents: DocumentFact[];
  visits: VisitFact[];
}

/** The analysis of `text` before any stage has run: its language, paragraphs and sentences. */
export function startAnalysis(text: string): Analysis {
  return {
    text,
    lang: detectLanguage(text),
    ...segment(text),
    tokens: tokenize(text),
    header: { title: null, publishedOn: null, source: null },
    countries: [],
    people: [],
    personMentions: [],
    dates: [],
    statements: [],
    documents: [],
    visits: [],
  };
}
