// Kazakh morphology: strips the case, possessive and plural endings listed in lexicons/kk/suffixes.txt.
import { loadColumns } from "../../lexicons/load.js";
import { KAZAKH_SUFFIX_USES } from "../../lexicons/schemas.js";
import { lowerKey } from "./keys.js";

export type KazakhSuffixUse = (typeof KAZAKH_SUFFIX_USES)[number];

/** Endings by where they are stripped, in file order; the schema has already checked each line. */
function loadSuffixes(): Map<KazakhSuffixUse, string[]> {
  const byUse = new Map<KazakhSuffixUse, string[]>(KAZAKH_SUFFIX_USES.map((u) => [u, []]));
  for (const { fields } of loadColumns("kk", "suffixes")) {
    const [suffix = "", , uses = ""] = fields;
    for (const use of uses.split(",")) byUse.get(use as KazakhSuffixUse)?.push(suffix);
  }
  return byUse;
}

const SUFFIXES = loadSuffixes();

/** The endings of one use, longest first, so the longest ending that fits is cut. */
export function kazakhSuffixes(use: KazakhSuffixUse): readonly string[] {
  return [...(SUFFIXES.get(use) ?? [])].sort((a, b) => b.length - a.length);
}

/** A regular-expression alternation of the endings of one use: "дағы|ның|...". */
export function kazakhSuffixAlternation(use: KazakhSuffixUse): string {
  return kazakhSuffixes(use).join("|");
}

const KAZAKH_LETTER = /[әғқңөұүһі]/i;

/** True when a word has Kazakh-only letters. */
export function isKazakhWord(word: string): boolean {
  return KAZAKH_LETTER.test(word);
}

const STEM_SUFFIXES = kazakhSuffixes("stem");
const MIN_STEM = 3;
const VOWEL = /[аәеёиоөуұүыіэюя]/i;

/**
 * Strips Kazakh inflectional endings: "Тоқаевтың" → "Тоқаев", "елдеріміздің" → "ел".
 * Over-stems some nominatives ("Астана" → "Аста"), but every case form of a word gets the same stem.
 */
export function kazakhStem(word: string): string {
  let w = word;
  for (let round = 0; round < 4; round++) {
    const next = kazakhStrip1(w);
    if (next === w) break;
    w = next;
  }
  return w;
}

/** Every stem left by removing one Kazakh ending that fits (stem of 3+ letters with a vowel). */
export function kazakhStrips(word: string): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  for (const suf of STEM_SUFFIXES) {
    if (lower.endsWith(suf) && word.length - suf.length >= MIN_STEM) {
      const stem = word.slice(0, word.length - suf.length);
      if (VOWEL.test(stem)) out.push(stem);
    }
  }
  return out;
}

/** Removes one Kazakh ending, the longest that leaves a stem of 3+ letters with a vowel: "елдеріміздің" → "елдеріміз". */
export function kazakhStrip1(word: string): string {
  const lower = word.toLowerCase();
  for (const suf of STEM_SUFFIXES) {
    if (lower.endsWith(suf) && word.length - suf.length >= MIN_STEM) {
      const stem = word.slice(0, word.length - suf.length);
      if (VOWEL.test(stem)) return stem;
    }
  }
  return word;
}

/**
 * Every stem reachable by removing Kazakh endings one at a time, trying each ending that fits
 * ("Президенті" → "президент" by -і and "президен" by -ті; "Республикасының" → "республикасы", "республика").
 */
export function kazakhCandidateKeys(word: string, out: Set<string>): void {
  let frontier = [lowerKey(word)];
  out.add(frontier[0] ?? "");
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const stem of kazakhStrips(w)) {
        if (!out.has(stem)) {
          out.add(stem);
          next.push(stem);
        }
      }
    }
    frontier = next;
  }
}

/** The shortest stem of 3+ letters whose rest is one name ending (the longest ending that fits). */
const NAME_ENDING = new RegExp(`^(.{3,}?)(?:${kazakhSuffixAlternation("name")})$`, "iu");
const AFTER_VOWEL = new Set(kazakhSuffixes("name-after-vowel"));

/**
 * Nominative of a Kazakh name word: only case endings after a consonant-final surname or name
 * are removed, because a Kazakh name's own ending may look like a suffix ("Әлиев" keeps "-ев",
 * "Нұрсұлтан" keeps "-ан"). Example: "Тоқаевтың" → "Тоқаев", "Әлиевпен" → "Әлиев".
 */
export function kazakhNameStem(word: string): string {
  const m = NAME_ENDING.exec(word);
  if (!m?.[1]) return word;
  const stem = m[1];
  const suffix = word.slice(stem.length).toLowerCase();
  // Kazakh suffix harmony: after vowels/sonorants -ның/-ға/-ны/-да, after voiceless -тың/-қа/-ты/-та.
  if (VOWEL.test(stem.slice(-1).toLowerCase()) && !AFTER_VOWEL.has(suffix)) return word;
  return stem;
}

const PLACE_SUFFIXES = kazakhSuffixes("place");

/** A place name and its Kazakh case forms: "Астана" → "Астанаға", "Астанада", "Астанадағы"... */
export function kazakhPlaceForms(name: string): string[] {
  return [name, ...PLACE_SUFFIXES.map((s) => name + s)];
}

const ORIGIN_SUFFIXES = kazakhSuffixes("origin");

/** Adjectives of origin a Kazakh country name may make: "Қазақстан" → "қазақстандық"... */
export function kazakhOriginForms(name: string): string[] {
  return ORIGIN_SUFFIXES.map((s) => name + s);
}
