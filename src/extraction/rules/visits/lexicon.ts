// Visit vocabulary compiled from the lexicon files: trip words, visit kinds and tense markers.
import { loadLexicon, loadTaggedWithExclusions } from "../../lexicons/load.js";
import { isKazakhDesiderative } from "../../text/morphology/index.js";
import {
  type Language,
  TENSES,
  type Tense,
  VISIT_KINDS,
  VISIT_LEVELS,
  VISIT_WORD_ROLES,
  type VisitKind,
  type VisitLevel,
  type VisitWordRole,
} from "../../types.js";

export interface VisitWordHit {
  start: number;
  end: number;
  role: VisitWordRole;
}

interface PrefixEntry<T> {
  value: T;
  prefix: string;
  /** The entry's words; all but the last must match whole, the last as a beginning unless it ends in "$". */
  parts: string[];
}

/** Entries grouped by the first two letters of their first word, so a word is checked only against its bucket. */
type PrefixIndex<T> = Map<string, PrefixEntry<T>[]>;

const bucketKey = (word: string): string => word.slice(0, 2);

function indexEntries<T>(list: PrefixEntry<T>[]): PrefixIndex<T> {
  const index: PrefixIndex<T> = new Map();
  for (const e of list) {
    const key = bucketKey(e.parts[0]!);
    let bucket = index.get(key);
    if (!bucket) {
      bucket = [];
      index.set(key, bucket);
    }
    bucket.push(e);
  }
  return index;
}

interface VisitLexicon {
  words: PrefixIndex<VisitWordRole>;
  exclusions: PrefixIndex<true>;
  kinds: PrefixIndex<VisitKind>;
  tenses: PrefixIndex<Tense>;
  levels: PrefixIndex<VisitLevel>;
}

function entries<T extends string>(
  lang: Language,
  name: string,
  values: readonly T[],
): { pos: PrefixEntry<T>[]; neg: PrefixEntry<true>[] } {
  const pos: PrefixEntry<T>[] = [];
  const neg: PrefixEntry<true>[] = [];
  const { entries: tagged, exclusions } = loadTaggedWithExclusions(lang, name, {
    values,
    layout: "value-first",
  });
  for (const e of tagged) {
    const prefix = e.words.toLowerCase();
    pos.push({ value: e.value, prefix, parts: prefix.split(" ") });
  }
  for (const words of exclusions) {
    const prefix = words.toLowerCase();
    neg.push({ value: true, prefix, parts: prefix.split(" ") });
  }
  // Longer beginnings first, so "неофициальн" wins over "официальн" where both could start a word.
  pos.sort((x, y) => y.prefix.length - x.prefix.length);
  return { pos, neg };
}

const cache = new Map<Language, VisitLexicon>();

export function visitLexicon(lang: Language): VisitLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    const words = entries(lang, "visit-words", VISIT_WORD_ROLES);
    lex = {
      words: indexEntries(words.pos),
      exclusions: indexEntries(words.neg),
      kinds: indexEntries(entries(lang, "visit-kinds", VISIT_KINDS).pos),
      tenses: indexEntries(entries(lang, "visit-tense", TENSES).pos),
      levels: indexEntries(entries(lang, "visit-levels", VISIT_LEVELS).pos),
    };
    cache.set(lang, lex);
  }
  return lex;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words of `text[from, to)` with their spans, lower-cased. */
export function wordsIn(
  text: string,
  from: number,
  to: number,
): Array<{ start: number; end: number; lower: string }> {
  const out: Array<{ start: number; end: number; lower: string }> = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      lower: m[0].toLowerCase(),
    });
  }
  return out;
}

/** An entry word ending in "$" must match whole ("посетит$" is not "посетить"); others are beginnings. */
function wordMatches(word: string, entry: string, last: boolean): boolean {
  if (entry.endsWith("$")) return word === entry.slice(0, -1);
  return last ? word.startsWith(entry) : word === entry;
}

/**
 * The first entry whose (possibly multi-word) beginning starts at word `i`.
 * Example: words "принял участие" and entry "принял участие" → match over two words.
 */
function matchAt<T>(
  words: Array<{ lower: string }>,
  i: number,
  index: PrefixIndex<T>,
): PrefixEntry<T> | undefined {
  const first = words[i]?.lower;
  if (first === undefined) return undefined;
  for (const e of index.get(bucketKey(first)) ?? []) {
    let ok = true;
    for (let k = 0; k < e.parts.length && ok; k++) {
      const w = words[i + k]?.lower;
      ok = w !== undefined && wordMatches(w, e.parts[k]!, k === e.parts.length - 1);
    }
    if (ok) return e;
  }
  return undefined;
}

/** Trip words in a stretch of text. Example: "прибыл в Казахстан с официальным визитом" → прибыл, визитом. */
export function visitWords(lang: Language, text: string, from: number, to: number): VisitWordHit[] {
  const lex = visitLexicon(lang);
  const words = wordsIn(text, from, to);
  const out: VisitWordHit[] = [];
  for (let i = 0; i < words.length; i++) {
    if (matchAt(words, i, lex.exclusions)) continue;
    const hit = matchAt(words, i, lex.words);
    if (hit) out.push({ start: words[i]!.start, end: words[i]!.end, role: hit.value });
  }
  return out;
}

/** The kind named by the word just before a trip noun ("официальным визитом", "мемлекеттік сапар"). */
export function kindBefore(lang: Language, text: string, nounStart: number): VisitKind | null {
  const words = wordsIn(text, Math.max(0, nounStart - 60), nounStart);
  const lex = visitLexicon(lang);
  // The kind adjective may be separated by an ordinal or "первый": "первому официальному визиту".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 2); i--) {
    const hit = matchAt(words, i, lex.kinds);
    if (hit) return hit.value;
  }
  return null;
}

/** A tense marker in the stretch, if any: "посетит", "предстоящий", "барады", "will". */
export function tenseMarker(lang: Language, text: string, from: number, to: number): Tense | null {
  const lex = visitLexicon(lang);
  const words = wordsIn(text, from, to);
  for (let i = 0; i < words.length; i++) {
    const hit = matchAt(words, i, lex.tenses);
    if (!hit) continue;
    if (
      lang === "kk" &&
      words[i]!.lower === "келеді" &&
      // "келеді" after a desiderative ("айтқысы келеді") means "wants to", not "will come".
      isKazakhDesiderative(words[i - 1]?.lower ?? "")
    ) {
      continue;
    }
    return hit.value;
  }
  return null;
}

/** The office named right after a trip noun: "визиту премьер-министра Японии" → head_of_government. */
export function levelAfter(
  lang: Language,
  text: string,
  from: number,
  to: number,
): VisitLevel | null {
  const lex = visitLexicon(lang);
  const words = wordsIn(text, from, to).slice(0, 3);
  for (let i = 0; i < words.length; i++) {
    const hit = matchAt(words, i, lex.levels);
    if (hit) return hit.value;
  }
  return null;
}

/** The office named right before a place: "президентом Турции" → head_of_state. */
export function levelBefore(lang: Language, text: string, at: number): VisitLevel | null {
  const lex = visitLexicon(lang);
  const words = wordsIn(text, Math.max(0, at - 40), at);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 2); i--) {
    const hit = matchAt(words, i, lex.levels);
    if (hit) return hit.value;
  }
  return null;
}

const homeCache = new Map<Language, string[]>();

/**
 * Words for the home state ("елімізге", "елордамызда"), spanning the beginning the lexicon gives,
 * so case endings after it read as on any place name. Only Kazakh has such a list.
 */
export function homeWords(lang: Language, text: string): Array<{ start: number; end: number }> {
  if (lang !== "kk") return [];
  let stems = homeCache.get(lang);
  if (!stems) {
    stems = loadLexicon(lang, "visit-home").map((w) => w.toLowerCase());
    homeCache.set(lang, stems);
  }
  const out: Array<{ start: number; end: number }> = [];
  for (const w of wordsIn(text, 0, text.length)) {
    const stem = stems.find((x) => w.lower.startsWith(x));
    if (stem) out.push({ start: w.start, end: w.start + stem.length });
  }
  return out;
}
