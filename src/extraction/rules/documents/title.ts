// Where a document's name begins and ends around its head noun, and the name in the nominative.
import { lemma, parses, toNominative } from "../../text/morphology/index.js";
import type { DocumentKind, Language, Span } from "../../types.js";
import type { DocumentLexicon } from "./lexicon.js";

export interface Word extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-–'’][\p{L}\p{N}]+)*/gu;

export function wordsIn(text: string, start: number, end: number): Word[] {
  const re = new RegExp(WORD.source, "gu");
  re.lastIndex = start;
  const out: Word[] = [];
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Dictionary form used to recognise document nouns: az lemma, Kazakh stem, or English singular. */
export function docLemma(word: string, lang: Language): string {
  const w = word.toLowerCase();
  if (lang === "en") return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.replace(/s$/, "");
  // The lemmatizer may answer in capitals for a word it also knows as an abbreviation ("жол"),
  // and with nothing for some readings of unknown words.
  const l: string | undefined = lemma(w);
  return l === undefined ? w : l.toLowerCase();
}

export function capitalise(s: string): string {
  return (s[0]?.toUpperCase() ?? "") + s.slice(1);
}

function pos(word: string): string | undefined {
  return parses(word)[0]?.tag.POS;
}

export function isGenitive(word: string): boolean {
  return parses(word).some(
    (p) => (p.tag.POS === "NOUN" || p.tag.POS === "ADJF") && p.tag.CAse === "gent",
  );
}

/** Plural beyond doubt: "декларации" may be a singular genitive, "документы" may not. */
export function isPlural(word: string): boolean {
  const nouns = parses(word).filter((x) => x.tag.POS === "NOUN");
  return nouns.length > 0 && nouns.every((p) => p.tag.NMbr === "plur");
}

/** Plural in one of its readings: "соглашения" is a plural or a singular genitive. */
export function mayBePlural(word: string): boolean {
  return parses(word).some((p) => p.tag.POS === "NOUN" && p.tag.NMbr === "plur");
}

/** A singular accusative in one of its readings: "Конвенцию", "соглашение", not "соглашения". */
export function mayBeSingularObject(word: string): boolean {
  return parses(word).some(
    (p) => p.tag.POS === "NOUN" && p.tag.NMbr === "sing" && p.tag.CAse === "accs",
  );
}

/** Singular nominative of a Russian noun: "документы" → "документ". */
export function singularNominative(word: string): string {
  const p = parses(word).find((x) => x.tag.POS === "NOUN");
  const nom = p?.inflect(["nomn", "sing"]);
  return nom ? nom.word : word;
}

const RU_COMPLEMENT_START = new Set([
  "о",
  "об",
  "обо",
  "по",
  "между",
  "на",
  "в",
  "во",
  "с",
  "со",
  "для",
  "до",
]);
const EN_COMPLEMENT_START = new Set([
  "on",
  "of",
  "between",
  "about",
  "for",
  "regarding",
  "to",
  "in",
]);
const RU_CONJ = new Set(["и", "или"]);
const EN_CONJ = new Set(["and", "or"]);
const PLACE_PREP = new Set(["в", "во", "на", "in", "at"]);
const MAX_TITLE_WORDS = 30;
/** Words after "к" that make it a deadline: "к следующему заседанию", "к концу года", "к 2030 году". */
const DEADLINE = /^(?:следующ|предстоящ|очередн|концу|началу|середине|\d)/iu;

/**
 * The words after a document noun that belong to its name: a prepositional or genitive
 * complement, up to punctuation, a verb, a coordinated second document or a place.
 * Example: "протокол о создании высшего межгосударственного совета ... Республики." → up to the stop.
 */
export function complementEnd(
  text: string,
  words: Word[],
  from: number,
  lang: Language,
  lex: DocumentLexicon,
): number | null {
  const first = words[from];
  if (!first) return null;
  const head = first.text.toLowerCase();
  // A genitive complement is lower-case ("Программа культурного сотрудничества"); a capitalised word starts a new name.
  const genitive = /^\p{Ll}/u.test(first.text) && isGenitive(first.text);
  if (
    lang === "en" ? !EN_COMPLEMENT_START.has(head) : !RU_COMPLEMENT_START.has(head) && !genitive
  ) {
    return null;
  }
  let end: number | null = null;
  let prevEnd = words[from - 1]?.end ?? first.start;
  for (let i = from; i < words.length && i - from < MAX_TITLE_WORDS; i++) {
    const w = words[i];
    if (!w) break;
    const gap = text.slice(prevEnd, w.start);
    if (/[.;:!?\n(),]|\s[–—-]\s/.test(gap)) break;
    const lower = w.text.toLowerCase();
    const next = words[i + 1];
    if ((lang === "en" ? EN_CONJ : RU_CONJ).has(lower) && next) {
      const nextLemma = docLemma(next.text, lang);
      if (lex.heads.has(nextLemma) || /^(?:а|также|a|an|the)$/i.test(next.text)) break;
      if (lang === "ru" && lex.heads.has(docLemma(words[i + 2]?.text ?? "", lang))) break;
    }
    if (lower === "а" && next?.text.toLowerCase() === "также") break;
    // "в Астане" is a place; "о внесении изменений в Соглашение о ..." names the amended instrument.
    if (
      PLACE_PREP.has(lower) &&
      next &&
      /^\p{Lu}/u.test(next.text) &&
      i > from &&
      !lex.heads.has(docLemma(next.text, lang))
    )
      break;
    // "соглашение о свободной торговле к следующему заседанию": a deadline is not part of the name,
    // though "к" may be ("Протокол к Соглашению ...", "о присоединении к ВТО").
    if (/^(?:к|ко)$/i.test(lower) && next && DEADLINE.test(next.text)) break;
    // "Договор ... от 12 марта 2005 года": the date of signing is not part of the name.
    if (/^(?:от|from|dated)$/i.test(lower) && next && /^\d/.test(next.text)) break;
    // A date after the name is not part of it: "... безопасности 23 ноября".
    if (/^\d{1,2}$/.test(w.text) && next && lex.months.has(next.text.toLowerCase())) break;
    if (i > from && lex.nameStops.has(lower)) break;
    if (lang === "ru" && i > from) {
      const p = pos(w.text);
      if (p === "VERB" || p === "INFN" || p === "PRTS" || p === "GRND") break;
    }
    end = w.end;
    prevEnd = w.end;
  }
  // A name does not end on a preposition or conjunction left by a stop.
  while (end !== null) {
    const last = words.filter((w) => w.end <= end!).at(-1);
    if (!last || !/^(?:и|или|в|во|на|по|с|о|об|and|or|of|on|in|to|for|the|a)$/i.test(last.text))
      break;
    const prev = words.filter((w) => w.end < last.start).at(-1);
    end = prev && prev.start >= first.start ? prev.end : null;
  }
  return end;
}

/**
 * Adjectives right before a document noun that belong to its name ("Совместное", "Комплексную",
 * "мирной"), skipping evaluative ones ("важный", "исторический"). Returns the index of the first.
 */
export function modifierStart(
  text: string,
  words: Word[],
  headIdx: number,
  lang: Language,
  lex: DocumentLexicon,
): number {
  let start = headIdx;
  for (let i = headIdx - 1; i >= 0 && headIdx - i <= 2; i--) {
    const w = words[i];
    const after = words[i + 1];
    if (!w || !after || /[^\s"«»]/.test(text.slice(w.end, after.start))) break;
    if (lang === "ru") {
      const ps = parses(w.text);
      const adj = ps.find((p) => p.tag.POS === "ADJF" || p.tag.POS === "PRTF");
      if (!adj || (ps[0] && ps[0].tag.POS !== "ADJF" && ps[0].tag.POS !== "PRTF")) break;
      if (lex.skipAdjectives.has(adj.normalize().word)) break;
      // "Подписанное соглашение о ...": a participle of signing tells what happened to it, not its name.
      if (adj.tag.POS === "PRTF" && lex.signing.test(w.text)) break;
    } else if (lang === "en") {
      if (!lex.modifiers.has(w.text.toLowerCase())) break;
    } else break;
    start = i;
  }
  return start;
}

/** The name in the nominative with a capital first letter, built from the text between two offsets. */
export function nominativeTitle(raw: string, lang: Language): string {
  const clean = raw.replace(/\s+/g, " ").trim();
  return capitalise(lang === "ru" ? toNominative(clean) : clean);
}

/** Kind of a document from its words: multi-word kinds first ("дорожная карта"), then the head noun. */
export function kindOf(
  headLemma: string,
  prevLemmas: string[],
  lex: DocumentLexicon,
): DocumentKind | null {
  for (const k of lex.kinds) {
    if (k.words.length < 2 || k.words.at(-1) !== headLemma) continue;
    const mods = k.words.slice(0, -1);
    const have = prevLemmas.slice(-mods.length);
    if (mods.every((m, i) => have[i] === m)) return k.kind;
  }
  return lex.heads.get(headLemma) ?? null;
}
