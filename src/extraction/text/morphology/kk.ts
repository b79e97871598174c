// Kazakh morphology: strips the case, possessive and plural endings listed in lexicons/kk/suffixes.txt.
import { loadColumns } from "../../lexicons/load.js";
import { KAZAKH_CASES, KAZAKH_SUFFIX_USES } from "../../lexicons/schemas.js";
import { lowerKey } from "./keys.js";

export type KazakhSuffixUse = (typeof KAZAKH_SUFFIX_USES)[number];
export type KazakhCase = (typeof KAZAKH_CASES)[number];

/** Endings by where they are stripped and by case, in file order; the schema has checked each line. */
function loadSuffixes(): {
  byUse: Map<KazakhSuffixUse, string[]>;
  byCase: Map<KazakhCase, string[]>;
} {
  const byUse = new Map<KazakhSuffixUse, string[]>(KAZAKH_SUFFIX_USES.map((u) => [u, []]));
  const byCase = new Map<KazakhCase, string[]>(KAZAKH_CASES.map((c) => [c, []]));
  for (const { fields } of loadColumns("kk", "suffixes")) {
    const [suffix = "", grammaticalCase = "", uses = ""] = fields;
    const useList = uses.split(",");
    for (const use of useList) byUse.get(use as KazakhSuffixUse)?.push(suffix);
    // An ending that only follows a possessive ("-н") marks its case only there: "Казахстан" is no accusative.
    if (useList.some((u) => u !== "after-possessive")) {
      byCase.get(grammaticalCase as KazakhCase)?.push(suffix);
    }
  }
  return { byUse, byCase };
}

const { byUse: SUFFIXES, byCase: CASE_SUFFIXES } = loadSuffixes();

/** The endings of one use, longest first, so the longest ending that fits is cut. */
function kazakhSuffixes(use: KazakhSuffixUse): readonly string[] {
  return [...(SUFFIXES.get(use) ?? [])].sort((a, b) => b.length - a.length);
}

/** A regular-expression alternation of the endings of one use: "дағы|ның|...". */
export function kazakhSuffixAlternation(use: KazakhSuffixUse): string {
  return kazakhSuffixes(use).join("|");
}

/** Whether a word, in any letter case, ends in one of the endings of a use ("Мәскеуге": destination). */
export function hasKazakhSuffix(word: string, use: KazakhSuffixUse): boolean {
  const lower = word.toLowerCase();
  return (SUFFIXES.get(use) ?? []).some((s) => lower.endsWith(s));
}

/** Whether a word, in any letter case, ends in an ending of a case ("Президентінің": genitive). */
export function hasKazakhCase(word: string, grammaticalCase: KazakhCase): boolean {
  const lower = word.toLowerCase();
  return (CASE_SUFFIXES.get(grammaticalCase) ?? []).some((s) => lower.endsWith(s));
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
function kazakhStrip1(word: string): string {
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
  if (!vowelsAgree(stem, suffix)) return word;
  return stem;
}

const BACK_VOWEL = /[аоұыяё]/;
const FRONT_VOWEL = /[әеөүіиэ]/;
const ANY_VOWEL = /[аоұыяёәеөүіиэую]/g;
const HARMONY_PAIR: Record<string, string> = { а: "е", е: "а", ы: "і", і: "ы" };
const NAME_SUFFIXES = new Set(kazakhSuffixes("name"));
/** Russian surname suffixes take the harmony of the root before them: "Тоқаевтың", "Әлиевтің". */
const RUSSIAN_SURNAME_SUFFIX = /(?:ов|ев|ёв|ин|ын)$/i;

/**
 * Vowel harmony: an ending with a back vowel follows a stem whose last vowel is back, a front
 * one a front ("Макронның", "Байденге"), so "Байден" is no "Бай" + ablative "-ден". Endings
 * with no harmony pair ("-мен", "-пен") fit either way.
 */
function vowelsAgree(stem: string, suffix: string): boolean {
  if (RUSSIAN_SURNAME_SUFFIX.test(stem)) return true;
  const own = suffix.match(ANY_VOWEL)?.[0];
  const pair = own ? HARMONY_PAIR[own] : undefined;
  if (!own || !pair || !NAME_SUFFIXES.has(suffix.replace(own, pair))) return true;
  // A soft sign makes the stem front whatever its vowel: "Шольдің".
  const last = stem.endsWith("ь") ? "е" : stem.toLowerCase().match(ANY_VOWEL)?.at(-1);
  if (!last) return true;
  return BACK_VOWEL.test(own) ? !FRONT_VOWEL.test(last) : !BACK_VOWEL.test(last);
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

/** The earliest third-person possessive that only "н"-case endings follow to the word's end. */
const POSSESSIVE = new RegExp(
  `(${kazakhSuffixAlternation("possessive-3")})(?:${kazakhSuffixAlternation("after-possessive")})?$`,
  "u",
);

/**
 * A lower-case Kazakh noun split at its third-person possessive, if it has one: "жоспарына" →
 * "жоспар" + "ы", "бағдарламасы" → "бағдарлама" + "сы". After a possessive the case endings take
 * an "н" ("жоспарына", "жоспарын"), which the general stemmer does not know.
 */
export function kazakhPossessive(word: string): { stem: string; possessive: string } | null {
  const m = POSSESSIVE.exec(word);
  return m?.[1] ? { stem: word.slice(0, m.index), possessive: m[1] } : null;
}

/**
 * Whether a word is the participle that closes a reported clause, in the accusative ("ашатынын",
 * "маңызды екенін", "келгенін": "... that he will open") or in the dative that "сенім білдірді"
 * governs ("серпін беретініне": "confident that it will give").
 */
export function isKazakhClauseEnd(word: string): boolean {
  return /(?:(?:атын|йтын|ған|қан|дығ|тығ)(?:ын|ына)|(?:етін|йтін|ген|кен|екен|діг|тіг)(?:ін|іне)|атын|етін)$/iu.test(
    word,
  );
}

/** Whether a lower-case verb form is a desiderative with its person: "білдіргім", "айтқысы" ("wants to"). */
export function isKazakhDesiderative(word: string): boolean {
  return /(?:ғы|гі|қы|кі)(?:м|ң|ңыз|ңіз|сы|сі|мыз|міз)$/.test(word);
}
