// Output types of the extraction engine: the contract's ArticleExtraction plus evidence spans.
import type { RuleId, RuleIdOf } from "./rules/registry.js";

/** Character range [start, end) into the exact string given to extract(). */
export interface Span {
  start: number;
  end: number;
}

export type Language = "ru" | "kk" | "en";

/** Closed value sets, as lists so lexicon files can be checked against them when loaded. */
export const PERSON_ROLES = [
  "president",
  "prime_minister",
  "vice_president",
  "deputy_prime_minister",
  "minister",
  "ambassador",
  "head_of_organization",
  "other",
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** Offices of a state's own government, which speak for it (not an ambassador's or a spokesman's). */
export const STATE_OFFICES: ReadonlySet<PersonRole> = new Set<PersonRole>([
  "president",
  "prime_minister",
  "vice_president",
  "deputy_prime_minister",
  "minister",
]);

export const VISIT_KINDS = ["state", "official", "working", "unofficial", "unspecified"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_LEVELS = ["head_of_state", "head_of_government", "minister", "other"] as const;
export type VisitLevel = (typeof VISIT_LEVELS)[number];
export const TENSES = ["current", "past", "future"] as const;
export type Tense = (typeof TENSES)[number];
export type StatementKind = "direct" | "indirect";
export const DOCUMENT_KINDS = [
  "memorandum",
  "declaration",
  "agreement",
  "treaty",
  "protocol",
  "roadmap",
  "program",
  "plan",
  "joint_statement",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Roles a speaker's title gives, a subset of the person roles that statements attribute. */
export const TITLE_ROLES = [
  "head_of_state",
  "president",
  "vice_president",
  "prime_minister",
  "deputy_prime_minister",
  "minister",
  "ambassador",
] as const;
export type TitleRole = (typeof TITLE_ROLES)[number];
/** What a visit word says of a trip: the trip itself, going, staying, receiving a guest, meeting, coming back. */
export const VISIT_WORD_ROLES = ["noun", "travel", "stay", "receive", "meet", "return"] as const;
export type VisitWordRole = (typeof VISIT_WORD_ROLES)[number];

/** Every fact names the rule that produced it, so a wrong fact can be traced to its rule. */
export interface Provenance<R extends RuleId = RuleId> {
  rule: R;
  span: Span;
}

export interface CountryFact {
  code: string; // ISO 3166-1 alpha-2
  mentions: Span[];
}

export interface PersonFact {
  name: string; // full name, nominative, as the text spells it
  country: string | null;
  role: PersonRole | null;
  /** Free-text position as written ("министр иностранных дел"), when given. */
  title: string | null;
  /** Every surface form seen for this person, as written in the text. */
  aliases: string[];
  mentions: Span[];
  rule: RuleIdOf<"person">;
}

export interface VisitFact extends Provenance<RuleIdOf<"visit">> {
  guestCountry: string;
  hostCountry: string;
  guest: string | null; // PersonFact.name
  host: string | null; // PersonFact.name
  kind: VisitKind;
  level: VisitLevel;
  city: string | null;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
  tense: Tense;
}

export interface StatementFact extends Provenance<RuleIdOf<"statement">> {
  speaker: string | null; // PersonFact.name
  kind: StatementKind;
  text: string; // the speaker's words only; `span` covers exactly these words
}

export interface DocumentFact extends Provenance<RuleIdOf<"document">> {
  title: string; // nominative
  kind: DocumentKind;
  countries: string[];
  parties: string[];
  signatories: string[]; // PersonFact.name
  tense: Tense;
  /** Every place the text names this document (span is the first). */
  mentions: Span[];
}

export interface ArticleExtraction {
  language: Language;
  title: string | null;
  publishedOn: string | null; // YYYY-MM-DD
  source: string | null;
  countries: CountryFact[];
  people: PersonFact[];
  visits: VisitFact[];
  statements: StatementFact[];
  documents: DocumentFact[];
  extractorVersion: string;
}

export interface ExtractOptions {
  /** Publication date known from outside the text (e.g. an API argument); anchors relative dates. */
  publishedOn?: string | null;
}
