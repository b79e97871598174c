// Finds every sovereign state the text names: by name, abbreviation, adjective or demonym, in ru/kk/en.
import { createRequire } from "node:module";
import type { Analysis, CountryMention } from "../analysis.js";
import { loadColumns, loadLexicon } from "../lexicons/load.js";
import type { COUNTRY_ENTRY_KINDS } from "../lexicons/schemas.js";
import {
  englishKeys,
  entryKey,
  isIndeclinable,
  kazakhOriginForms,
  lowerKey,
  candidateKeys as morphKeys,
  parses,
  russianAdjectiveStem,
} from "../text/morphology/index.js";
import { type Token, tokenize } from "../text/tokens.js";

type EntryKind = (typeof COUNTRY_ENTRY_KINDS)[number];
type Lang = "ru" | "kk" | "en";

interface Entry {
  code: string;
  kind: EntryKind;
  lang: Lang;
  /** One lookup key per word of the form. */
  keys: string[];
  form: string;
}

interface CountryIndex {
  /** Multi-word and single-word names and demonyms, by the key of their first word. */
  byFirstKey: Map<string, Entry[]>;
  /** Abbreviations, case-sensitive ("США", "АҚШ"). */
  abbr: Map<string, string>;
  /** Russian adjective stems ("казахстанск") and compound stems ("азербайджан" for "азербайджано-"). */
  ruAdjStem: Map<string, string>;
  ruCompoundStem: Map<string, string>;
  /** Russian demonyms by lemma ("казахстанец", "россиянин"), and the 4-letter prefixes that make a lookup worthwhile. */
  ruDemonym: Map<string, string>;
  ruDemonymPrefix: Set<string>;
  /** First three letters of every adjective stem and demonym. */
  ruPrefixes: Set<string>;
}

const require = createRequire(import.meta.url);

/** States, not territories: UN members and observers (i18n-iso-countries also lists dependencies). */
const NON_SOVEREIGN = new Set(
  loadLexicon("en", "non-sovereign-codes").flatMap((l) => l.split(/\s+/)),
);

function i18nNames(lang: Lang): Array<[string, string]> {
  const data = require(`i18n-iso-countries/langs/${lang}.json`) as {
    countries: Record<string, string | string[]>;
  };
  const out: Array<[string, string]> = [];
  for (const [code, value] of Object.entries(data.countries)) {
    if (NON_SOVEREIGN.has(code)) continue;
    for (const raw of Array.isArray(value) ? value : [value]) {
      // "КНР (Китайская Народная Республика)" holds two names; "Moldova, Republic of" is an index form.
      for (const part of raw.split(/[()]/)) {
        const name = part.trim();
        if (name && !name.includes(",")) out.push([code, name]);
      }
    }
  }
  return out;
}

function buildIndex(): CountryIndex {
  const idx: CountryIndex = {
    byFirstKey: new Map(),
    abbr: new Map(),
    ruAdjStem: new Map(),
    ruCompoundStem: new Map(),
    ruDemonym: new Map(),
    ruDemonymPrefix: new Set(),
    ruPrefixes: new Set(),
  };
  const seen = new Map<string, Entry>();
  const add = (lang: Lang, code: string, kind: EntryKind, form: string, fromData = true) => {
    if (kind === "abbr") {
      idx.abbr.set(form, code);
      return;
    }
    if (kind === "adj" && lang === "ru") {
      const lower = lowerKey(form);
      const stem = russianAdjectiveStem(lower) ?? lower;
      idx.ruAdjStem.set(stem, code);
      idx.ruPrefixes.add(stem.slice(0, 3));
      if (stem.endsWith("ск")) idx.ruCompoundStem.set(stem.slice(0, -2), code);
      return;
    }
    if (kind === "demonym" && lang === "ru") {
      const lemma = lowerKey(form);
      idx.ruDemonym.set(lemma, code);
      idx.ruDemonymPrefix.add(lemma.slice(0, 4));
      idx.ruPrefixes.add(lemma.slice(0, 3));
      return;
    }
    // Abbreviation-like names in i18n ("USA", "США") are matched exactly.
    if (/^[\p{Lu}.]+$/u.test(form) && form.length <= 5) {
      idx.abbr.set(form, code);
      return;
    }
    const words = tokenize(form).map((t) => t.text);
    if (words.length === 0) return;
    const entry: Entry = { code, kind, lang, keys: words.map((w) => entryKey(w, lang)), form };
    const id = entry.keys.join(" ");
    const prior = seen.get(id);
    if (prior) {
      // The data file's kind (e.g. "name?" for a common word) overrides the generic i18n entry.
      if (fromData) {
        prior.kind = kind;
        prior.code = code;
      }
      return;
    }
    seen.set(id, entry);
    const first = entry.keys[0] ?? "";
    const list = idx.byFirstKey.get(first) ?? [];
    list.push(entry);
    idx.byFirstKey.set(first, list);
    // Kazakh adjectives of origin: "Қазақстан" → "қазақстандық", "Ресей" → "ресейлік".
    if (lang === "kk" && kind === "name" && words.length === 1 && words[0]) {
      for (const adj of kazakhOriginForms(words[0])) add("kk", code, "adj", adj);
    }
  };
  for (const lang of ["ru", "kk", "en"] as const) {
    for (const [code, name] of i18nNames(lang)) add(lang, code, "name", name, false);
    // The schema has checked each line: a code, a kind of the closed set, and words.
    for (const { fields } of loadColumns(lang, "countries")) {
      const [code = "", kind = "", words = ""] = fields;
      add(lang, code, kind as EntryKind, words);
    }
  }
  return idx;
}

const INDEX = buildIndex();

const keyCache = new Map<string, string[]>();

/** Lookup keys of a text word: itself, Russian stems, Kazakh stems, English possessive/plural. */
function candidateKeys(word: string): string[] {
  let hit = keyCache.get(word);
  if (hit) return hit;
  const out = morphKeys(word);
  englishKeys(word, out);
  hit = [...out];
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(word, hit);
  return hit;
}

function isCapitalized(word: string): boolean {
  const c = word[0] ?? "";
  return c !== c.toLowerCase();
}

/** Whether only non-letters (quotes, dashes, spaces) stand between a sentence start and the token. */
function sentenceInitial(a: Analysis, sentenceStarts: Set<number>, t: Token): boolean {
  let i = t.start;
  while (i > 0 && !/[\p{L}\p{N}]/u.test(a.text[i - 1] ?? "")) i--;
  for (let k = i; k <= t.start; k++) if (sentenceStarts.has(k)) return true;
  return i === 0;
}

function entryMatches(entry: Entry, tokens: Token[], at: number): boolean {
  for (let k = 1; k < entry.keys.length; k++) {
    const t = tokens[at + k];
    const key = entry.keys[k];
    if (!t || !key) return false;
    // Words of a multi-word name are adjacent: at most a space or hyphen between them.
    const prev = tokens[at + k - 1];
    if (prev && t.start - prev.end > 2) return false;
    if (!candidateKeys(t.text).includes(key)) return false;
  }
  return true;
}

function isAcceptable(entry: Entry, t: Token, initial: boolean): boolean {
  if (entry.kind === "name" || entry.kind === "name?") {
    if (!isCapitalized(t.text)) return false;
    // Indeclinable names match only their exact form ("Мали", not "Малом").
    if (entry.lang === "ru" && entry.keys.length === 1 && isIndeclinable(entry.form)) {
      if (lowerKey(t.text) !== entry.keys[0]) return false;
    }
    if (entry.kind === "name?" && initial) return false;
  }
  if (entry.kind === "adj" && entry.lang === "en" && !isCapitalized(t.text)) return false;
  return true;
}

/**
 * Rule country.lexicon: names, abbreviations and demonyms from the lexicon, longest match first.
 * Example: "Президент Республики Казахстан" → KZ; "АҚШ-тың" → US; "Kazakhstan's" → KZ.
 */
function matchLexicon(
  a: Analysis,
  tokens: Token[],
  sentenceStarts: Set<number>,
  out: CountryMention[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const abbr = matchAbbreviation(t) ?? matchDotted(a.text, t);
    if (abbr) {
      out.push(abbr);
      while ((tokens[i + 1]?.start ?? Number.POSITIVE_INFINITY) < abbr.end) i++;
      continue;
    }
    let best: Entry | undefined;
    for (const key of candidateKeys(t.text)) {
      for (const entry of INDEX.byFirstKey.get(key) ?? []) {
        if (best && best.keys.length >= entry.keys.length) continue;
        if (!entryMatches(entry, tokens, i)) continue;
        if (!isAcceptable(entry, t, sentenceInitial(a, sentenceStarts, t))) continue;
        best = entry;
      }
    }
    if (best) {
      const last = tokens[i + best.keys.length - 1] ?? t;
      const base = best.keys.at(-1) ?? "";
      const written = lowerKey(last.text);
      const ending = written.startsWith(base) ? last.text.slice(base.length) : "";
      out.push({
        code: best.code,
        start: t.start,
        end: last.end,
        form: formOf(best.kind),
        ...(ending ? { ending } : {}),
      });
      i += best.keys.length - 1;
      continue;
    }
    matchRussianParts(t, out);
  }
}

function formOf(kind: EntryKind): CountryMention["form"] {
  return kind === "adj" ? "adjective" : kind === "demonym" ? "demonym" : "name";
}

/** An abbreviation written with a stop after each letter, as English writes "U.S." and "U.S.A.". */
function matchDotted(text: string, t: Token): CountryMention | null {
  const dotted = /^(?:\p{Lu}\.){2,3}/u.exec(text.slice(t.start, t.start + 6))?.[0];
  const code = dotted ? INDEX.abbr.get(dotted) : undefined;
  return dotted && code
    ? { code, start: t.start, end: t.start + dotted.length, form: "name" }
    : null;
}

/** Abbreviations are written exactly, possibly with a Kazakh case ending after a hyphen ("АҚШ-тың"). */
function matchAbbreviation(t: Token): CountryMention | null {
  const direct = INDEX.abbr.get(t.text);
  if (direct) return { code: direct, start: t.start, end: t.end, form: "name" };
  const dash = t.text.search(/[-‐]/);
  if (dash > 0) {
    const head = t.text.slice(0, dash);
    const code = INDEX.abbr.get(head);
    if (code) return { code, start: t.start, end: t.start + dash, form: "name" };
  }
  return null;
}

/**
 * Rule country.ru-adjective and country.ru-demonym, per part of a hyphenated word.
 * Example: "казахстанско-азербайджанского" → KZ, AZ; "таджикскому" → TJ; "россияне" → RU.
 */
function matchRussianParts(t: Token, out: CountryMention[]): void {
  // Most words cannot be a state adjective or demonym; their first three letters tell.
  if (!t.text.split(/[-‐]/).some((part) => INDEX.ruPrefixes.has(lowerKey(part.slice(0, 3)))))
    return;
  const parts = t.text.split(/([-‐])/);
  let offset = t.start;
  for (let p = 0; p < parts.length; p += 2) {
    const part = parts[p] ?? "";
    const isLast = p === parts.length - 1;
    const lower = lowerKey(part);
    const code = adjectiveCode(lower, isLast) ?? demonymCode(lower);
    if (code) {
      const form =
        demonymCode(lower) === code && !adjectiveCode(lower, isLast) ? "demonym" : "adjective";
      out.push({ code, start: offset, end: offset + part.length, form });
    }
    offset += part.length + (parts[p + 1]?.length ?? 0);
  }
}

function adjectiveCode(lower: string, isLast: boolean): string | undefined {
  const stem = russianAdjectiveStem(lower);
  if (stem !== null) {
    const code = INDEX.ruAdjStem.get(stem);
    if (code) return code;
  }
  // First parts of compounds end in -о: "казахстанско-", "азербайджано-".
  if (!isLast && lower.endsWith("о")) {
    const stem = lower.slice(0, -1);
    return INDEX.ruAdjStem.get(stem) ?? INDEX.ruCompoundStem.get(stem);
  }
  return undefined;
}

function demonymCode(lower: string): string | undefined {
  if (lower.length < 4 || !INDEX.ruDemonymPrefix.has(lower.slice(0, 4))) return undefined;
  for (const p of parses(lower)) {
    if (p.tag.POS !== "NOUN") continue;
    const code = INDEX.ruDemonym.get(lowerKey(p.normalize().word));
    if (code) return code;
  }
  return undefined;
}

export function findCountries(a: Analysis): CountryMention[] {
  const out: CountryMention[] = [];
  const tokens = a.tokens;
  const sentenceStarts = new Set(a.sentences.map((s) => s.start));
  matchLexicon(a, tokens, sentenceStarts, out);
  const nav = navigationLines(a.text);
  return nav.length === 0
    ? out
    : out.filter((m) => !nav.some((l) => l.start <= m.start && m.end <= l.end));
}

/**
 * Rule country.navigation: a line that is only a site section ("Новости Китая", "Қытай
 * жаңалықтары", "China News") is a menu or footer link, not a mention of the state.
 */
const NAVIGATION_LINE =
  /^[ \t]*(?:(?:Новости|Все новости|News from)[ \t]+\S+(?:[ \t]+\S+)?|\S+(?:[ \t]+\S+)?[ \t]+(?:жаңалықтары|News))[ \t]*$/gimu;

function navigationLines(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(NAVIGATION_LINE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
