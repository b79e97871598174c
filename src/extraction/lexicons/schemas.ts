// What the lines of each lexicon file hold, so every file is checked against its format when loaded.
import {
  DOCUMENT_KINDS,
  PERSON_ROLES,
  TENSES,
  TITLE_ROLES,
  VISIT_KINDS,
  VISIT_LEVELS,
  VISIT_WORD_ROLES,
} from "../types.js";

/** One whitespace-separated field of a line. */
export type LexiconColumn =
  /** A value of a closed set; with `list`, several joined by commas ("stem,place"). */
  | { name: string; kind: "enum"; values: readonly string[]; list?: boolean }
  /** A field of a fixed shape that the script check does not cover ("KZ", "12"). */
  | { name: string; kind: "pattern"; pattern: RegExp; shape: string; rest?: boolean }
  /**
   * Words in the script of the file's language; the last column may take the rest of the line.
   * `marks` are characters allowed at the end of a word: "$" (the whole word), "*" (any ending),
   * "-" (a beginning that goes on after a hyphen: "trip-").
   */
  | { name: string; kind: "words"; rest?: boolean; marks?: string; lower?: boolean };

export interface LexiconSchema {
  /** "columns": fields split by whitespace; "bar-last": words, a bar and a value ("глава государства|head_of_state"). */
  layout: "columns" | "bar-last";
  columns: readonly LexiconColumn[];
  /** Lines starting with "-" list words that must not count ("-прибыль"). */
  exclusions?: boolean;
}

const words = (marks?: string): LexiconSchema => ({
  layout: "columns",
  columns: [{ name: "words", kind: "words", rest: true, ...(marks ? { marks } : {}) }],
});

const valueFirst = (values: readonly string[], exclusions = false): LexiconSchema => ({
  layout: "columns",
  columns: [
    { name: "value", kind: "enum", values },
    { name: "words", kind: "words", rest: true, marks: "$-" },
  ],
  exclusions,
});

const barLast = (values: readonly string[]): LexiconSchema => ({
  layout: "bar-last",
  columns: [
    { name: "words", kind: "words", rest: true },
    { name: "value", kind: "enum", values },
  ],
});

const COUNTRY_CODE = {
  name: "code",
  kind: "pattern",
  pattern: /^[A-Z]{2}$/,
  shape: "two capital Latin letters",
} as const;

/** What a country line names: the state ("name?" where the word is also common), an abbreviation, adjective or demonym. */
export const COUNTRY_ENTRY_KINDS = ["name", "name?", "abbr", "adj", "demonym"] as const;

/** Grammatical cases a Kazakh ending marks (the plural and possessives count as cases here). */
export const KAZAKH_CASES = [
  "genitive",
  "dative",
  "accusative",
  "locative",
  "ablative",
  "instrumental",
  "plural",
  "possessive",
  "attributive",
  "origin",
] as const;

/**
 * Where a Kazakh ending is stripped: `stem` every word's stem, `place` city names, `month` month
 * names, `name` person names after a consonant, `name-after-vowel` person names after a vowel,
 * `origin` adjectives of origin made from country names, `destination` a place word naming where
 * to or where at, `city-noun` the same after a city's noun with its possessive ("Баку
 * қаласына"), `possessive-3` the third-person possessive, `after-possessive` the case
 * endings that follow it.
 */
export const KAZAKH_SUFFIX_USES = [
  "stem",
  "place",
  "month",
  "name",
  "name-after-vowel",
  "origin",
  "destination",
  "city-noun",
  "possessive-3",
  "after-possessive",
] as const;

/**
 * Where a Russian ending is cut: `key` lexicon keys, `search` search tokens, `search-long` search
 * tokens of words long enough that the ending is no part of a surname ("министров", not "Алиев"),
 * `adjective` the stem of an adjective in any case ("казахстанского" → "казахстанск"),
 * `destination` an adjective before a place after "в", "на", "до" ("в братский Таджикистан").
 */
export const RUSSIAN_ENDING_USES = [
  "key",
  "search",
  "search-long",
  "adjective",
  "destination",
] as const;

/** Every lexicon file by name; the same name has the same format in every language. */
/** What a lower-case word inside a name belongs to (name-particles.txt). */
export const NAME_PARTICLE_USES = ["patronymic", "family", "family-capital"] as const;
export type NameParticleUse = (typeof NAME_PARTICLE_USES)[number];

/** What a word between a title and a name says (title-gap-words.txt). */
export const TITLE_GAP_USES = ["preposition", "complement", "copula"] as const;

export const LEXICON_SCHEMAS: Readonly<Record<string, LexiconSchema>> = {
  cities: {
    layout: "columns",
    columns: [COUNTRY_CODE, { name: "name", kind: "words", rest: true }],
  },
  countries: {
    layout: "columns",
    columns: [
      COUNTRY_CODE,
      { name: "kind", kind: "enum", values: COUNTRY_ENTRY_KINDS },
      { name: "words", kind: "words", rest: true },
    ],
  },
  "non-sovereign-codes": {
    layout: "columns",
    columns: [
      {
        name: "codes",
        kind: "pattern",
        pattern: /^[A-Z]{2}(?:\s+[A-Z]{2})*$/,
        shape: "codes of two capital Latin letters separated by spaces",
        rest: true,
      },
    ],
  },
  months: {
    layout: "columns",
    columns: [
      {
        name: "month",
        kind: "pattern",
        pattern: /^(?:[1-9]|1[0-2])$/,
        shape: "a month number 1-12",
      },
      { name: "forms", kind: "words", rest: true },
    ],
  },
  suffixes: {
    layout: "columns",
    columns: [
      { name: "suffix", kind: "words", lower: true },
      { name: "case", kind: "enum", values: KAZAKH_CASES },
      { name: "uses", kind: "enum", values: KAZAKH_SUFFIX_USES, list: true },
    ],
  },
  endings: {
    layout: "columns",
    columns: [
      { name: "ending", kind: "words", lower: true },
      { name: "uses", kind: "enum", values: RUSSIAN_ENDING_USES, list: true },
    ],
  },
  "person-roles": valueFirst(PERSON_ROLES),
  "visit-kinds": valueFirst(VISIT_KINDS),
  "visit-levels": valueFirst(VISIT_LEVELS),
  "visit-tense": valueFirst(TENSES, true),
  "visit-words": valueFirst(VISIT_WORD_ROLES, true),
  "visit-home": words(),
  "document-kinds": barLast(DOCUMENT_KINDS),
  "speaker-titles": barLast(TITLE_ROLES),
  "document-future": words(),
  "document-past": words(),
  "document-today": words(),
  "document-modifiers": words(),
  "document-name-stops": words(),
  "document-skip-adjectives": words(),
  "document-skip-words": words(),
  "east-asian-surnames": words(),
  "function-words": words(),
  "given-names": words(),
  kinship: words(),
  "monarch-titles": words(),
  "name-particles": valueFirst(NAME_PARTICLE_USES),
  "news-agencies": words(),
  "non-names": words(),
  "non-outlets": words(),
  "person-cues": words(),
  pronouns: words(),
  "signing-now": words("*"),
  "signing-words": words(),
  "speech-intros": words(),
  "speech-verbs": words(),
  "title-gap-words": valueFirst(TITLE_GAP_USES),
};
