// Document kinds, signing words and tense markers compiled once per language.
import { lexiconExists, loadLexicon, loadTagged } from "../../lexicons/load.js";
import { DOCUMENT_KINDS, type DocumentKind, type Language } from "../../types.js";

export interface KindEntry {
  /** Lemmas (Russian, English) or stems (Kazakh) of the words, in text order. */
  words: string[];
  kind: DocumentKind;
}

export interface DocumentLexicon {
  /** Multi-word kinds first, so "совместное заявление" wins over a bare noun. */
  kinds: KindEntry[];
  /** Head nouns (last word of every kind); null when the noun names an instrument only with its modifier ("карта"). */
  heads: Map<string, DocumentKind | null>;
  /** Cheap pre-filter: word beginnings of all head nouns. */
  headPrefix: RegExp;
  /** Signing or adoption in any form: makes a document noun worth taking. */
  signing: RegExp;
  /** Signing at the reported event (finite verbs): makes a document current. */
  signingNow: RegExp;
  future: RegExp;
  past: RegExp;
  today: RegExp;
  skipAdjectives: Set<string>;
  skipWords: Set<string>;
  /** English words before the noun that are part of a name ("joint"); Russian uses morphology instead. */
  modifiers: Set<string>;
  /** English words that end a name, as Russian verbs do through morphology ("... Friendship remains ..."). */
  nameStops: Set<string>;
  /** Month names in every form, to stop a name before a date. */
  months: Set<string>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Entries are word beginnings: "подписан" matches "подписаны", "подписана". */
function prefixes(entries: string[]): RegExp {
  return words(entries.map((e) => `${e}*`));
}

/** Entries are whole words unless they end in "*": "подписал*" matches "подписали", "подписан" only itself. */
function words(entries: string[]): RegExp {
  if (entries.length === 0) return /$^/u;
  const alt = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => {
      const prefix = e.endsWith("*");
      const body = (prefix ? e.slice(0, -1) : e).split(/\s+/).map(escapeRegExp).join("\\s+");
      return prefix ? body : `${body}(?![\\p{L}])`;
    })
    .join("|");
  return new RegExp(`(?<![\\p{L}])(?:${alt})`, "iu");
}

/** A lexicon kept for some languages only; a file that exists but breaks its schema still fails. */
function optional(lang: Language, name: string): string[] {
  return lexiconExists(lang, name) ? loadLexicon(lang, name) : [];
}

function compile(lang: Language): DocumentLexicon {
  const kinds = loadTagged(lang, "document-kinds", { values: DOCUMENT_KINDS, layout: "bar-last" })
    .map((e) => ({ words: e.words.toLowerCase().split(/\s+/), kind: e.value }))
    .sort((a, b) => b.words.length - a.words.length);
  const heads = new Map<string, DocumentKind | null>();
  for (const k of kinds) {
    const head = k.words.at(-1) ?? "";
    if (k.words.length === 1) heads.set(head, k.kind);
    else if (!heads.has(head)) heads.set(head, null);
  }
  const stems = [...heads.keys()].map((h) => h.slice(0, Math.max(3, Math.min(h.length - 1, 5))));
  return {
    kinds,
    heads,
    headPrefix: new RegExp(
      `(?<![\\p{L}])(?:${[...new Set(stems)].map(escapeRegExp).join("|")})[\\p{L}]*`,
      "giu",
    ),
    signing: prefixes(loadLexicon(lang, "signing-words")),
    signingNow: words(loadLexicon(lang, "signing-now")),
    future: prefixes(loadLexicon(lang, "document-future")),
    past: prefixes(loadLexicon(lang, "document-past")),
    today: prefixes(loadLexicon(lang, "document-today")),
    skipAdjectives: new Set(optional(lang, "document-skip-adjectives")),
    skipWords: new Set(optional(lang, "document-skip-words")),
    modifiers: new Set(optional(lang, "document-modifiers")),
    nameStops: new Set(optional(lang, "document-name-stops")),
    months: new Set(
      optional(lang, "months").flatMap((line) => line.toLowerCase().split(/\s+/).slice(1)),
    ),
  };
}

const cache = new Map<Language, DocumentLexicon>();

export function documentLexicon(lang: Language): DocumentLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = compile(lang);
    cache.set(lang, lex);
  }
  return lex;
}
