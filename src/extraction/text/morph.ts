// Russian morphology (az / OpenCorpora) and Kazakh suffix stripping, loaded synchronously and cached per word.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The part of az's tag object this module reads; grammemes are fields set to true or to a child grammeme. */
interface AzTag {
  POS?: string;
  CAse?: string;
  GNdr?: string;
  NMbr?: string;
  [grammeme: string]: unknown;
  toString(): string;
}

interface AzParse {
  word: string;
  tag: AzTag;
  score: number;
  normalize(keepPOS?: boolean): AzParse;
  inflect(grammemes: string[]): AzParse | false;
}

interface AzModule {
  load: (url: string, type: string, cb: (err: Error | null, data?: unknown) => void) => void;
  Morph: ((word: string, config?: { ignoreCase?: boolean }) => AzParse[]) & {
    init: (path: string, cb: (err: Error | null) => void) => void;
  };
}

const require = createRequire(import.meta.url);

/**
 * az only offers a callback-based loader; extract() must stay synchronous, so the loader is
 * replaced by one that reads with readFileSync. Callbacks are queued and run after init()
 * has registered all of its pending loads, since az counts them down as they complete.
 */
function loadAz(): AzModule {
  const az = require("az") as AzModule;
  const queue: Array<() => void> = [];
  az.load = (url, type, cb) => {
    queue.push(() => {
      try {
        if (type === "json") {
          cb(null, JSON.parse(readFileSync(url, "utf8")));
        } else {
          const buf = readFileSync(url);
          cb(null, buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
        }
      } catch (err) {
        cb(err as Error);
      }
    });
  };
  let failure: Error | null = null;
  let done = false;
  az.Morph.init(join(dirname(require.resolve("az")), "..", "dicts"), (err) => {
    failure = err;
    done = true;
  });
  while (queue.length > 0) queue.shift()?.();
  if (failure || !done) {
    throw new Error(
      `Russian morphology dictionaries (az) failed to load: ${failure ?? "incomplete"}`,
    );
  }
  return az;
}

const az = loadAz();

const RUSSIAN_WORD = /^[а-яё]+(?:-[а-яё]+)*$/i;
const IGNORE_CASE = { ignoreCase: true };
const parseCache = new Map<string, AzParse[]>();
const CACHE_LIMIT = 200_000;

/** All az parses of a Russian word (lower-cased), best first; [] for non-Russian words. */
export function parses(word: string): AzParse[] {
  const w = word.toLowerCase();
  let hit = parseCache.get(w);
  if (hit) return hit;
  // Proper names are stored capitalised in the dictionary; ignoreCase lets lower-cased input find them.
  hit = RUSSIAN_WORD.test(w) ? az.Morph(w, IGNORE_CASE) : [];
  if (parseCache.size >= CACHE_LIMIT) parseCache.clear();
  parseCache.set(w, hit);
  return hit;
}

export type { AzParse, AzTag };

const lemmaCache = new Map<string, string>();

/** Dictionary form of a word: az lemma for Russian, Kazakh stem for Kazakh, lower-case otherwise. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  let hit = lemmaCache.get(w);
  if (hit !== undefined) return hit;
  if (KAZAKH_LETTER.test(w)) hit = kazakhStem(w);
  else {
    const p = parses(w)[0];
    hit = p ? p.normalize().word : w;
  }
  if (lemmaCache.size >= CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(w, hit);
  return hit;
}

/** Copies the capitalisation pattern of `model` onto `word` ("ДЕКЛАРАЦИЮ" → "ДЕКЛАРАЦИЯ"). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) {
    return word.toUpperCase();
  }
  const first = model[0];
  if (first && first !== first.toLowerCase()) {
    return (word[0]?.toUpperCase() ?? "") + word.slice(1);
  }
  return word;
}

function isAdjectiveLike(p: AzParse): boolean {
  return (
    p.tag.POS === "ADJF" || p.tag.POS === "PRTF" || (p.tag.POS === "NUMR" && p.tag.Anum === true)
  );
}

/**
 * Nominative of a noun phrase: the head noun and the adjectives before it agreeing with it
 * are put in the nominative; dependent words after the head keep their form.
 * Example: "декларацию об укреплении стратегических отношений" → "декларация об укреплении стратегических отношений".
 */
export function toNominative(phrase: string): string {
  const re = /[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*/g;
  const words: Array<{ start: number; end: number; text: string }> = [];
  for (const m of phrase.matchAll(re)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (words.length > 12) break;
  }
  // The head is the first noun; only the adjectives that precede it can agree with it.
  let headIdx = -1;
  let head: AzParse | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    const ps = parses(w.text);
    const noun = ps.find((p) => p.tag.POS === "NOUN");
    const adj = ps.find(isAdjectiveLike);
    const best = ps[0];
    if (noun && (!adj || (best && best.tag.POS === "NOUN"))) {
      headIdx = i;
      head = noun;
      break;
    }
    if (!adj) return phrase;
  }
  if (!head || headIdx < 0) return phrase;
  // A form shared by the head and its adjectives settles ambiguous cases ("Совместной декларации" is singular).
  const firstAdj = headIdx > 0 ? words[0] : undefined;
  if (firstAdj && words[headIdx]) {
    const adjForms = parses(firstAdj.text).filter(isAdjectiveLike);
    const agreeing = parses(words[headIdx]?.text ?? "").find(
      (n) =>
        n.tag.POS === "NOUN" &&
        adjForms.some(
          (a) =>
            a.tag.CAse === n.tag.CAse &&
            a.tag.NMbr === n.tag.NMbr &&
            (n.tag.NMbr === "plur" || a.tag.GNdr === n.tag.GNdr),
        ),
    );
    if (agreeing) head = agreeing;
  }
  const headWord = words[headIdx];
  if (!headWord) return phrase;
  const headCase = head.tag.CAse;
  const plural = head.tag.NMbr === "plur";
  const replaced: Array<{ start: number; end: number; text: string }> = [];
  if (headCase !== "nomn") {
    const nom =
      head.inflect(plural ? ["nomn", "plur"] : ["nomn", "sing"]) || head.inflect(["nomn"]);
    if (nom) replaced.push({ ...headWord, text: matchCase(nom.word, headWord.text) });
  }
  const gender = typeof head.tag.GNdr === "string" ? head.tag.GNdr : "masc";
  for (let i = 0; i < headIdx; i++) {
    const w = words[i];
    if (!w) continue;
    const ps = parses(w.text);
    const adj =
      ps.find((p) => isAdjectiveLike(p) && (!headCase || p.tag.CAse === headCase)) ??
      ps.find(isAdjectiveLike);
    if (!adj || adj.tag.CAse === "nomn") continue;
    const want = plural ? ["nomn", "plur"] : ["nomn", gender, "sing"];
    const nom = adj.inflect(want) || adj.inflect(["nomn"]);
    if (nom) replaced.push({ ...w, text: matchCase(nom.word, w.text) });
  }
  if (replaced.length === 0) return phrase;
  replaced.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const r of replaced) {
    out += phrase.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return out + phrase.slice(pos);
}

export type NameWordKind = "given" | "surname" | "patronymic";

export interface NameWord {
  kind: NameWordKind | null;
  /** Nominative as the text spells it (case of letters kept). */
  nominative: string;
  gender: "masc" | "femn" | null;
  /** Grammatical case the word stands in, when known ("gent", "datv"...). */
  case: string | null;
}

/** Surname endings of the region (Russian, Turkic, Caucasian, Iranian), nominative masculine/feminine. */
const SURNAME_NOMINATIVE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ян|янц|швили|дзе|ия|улы|ұлы|уулу|кызы|қызы|оглу|оглы|заде|зода|беков|баев)$/i;

/** Case endings of Russian-declined surnames in -ов/-ев/-ин, longest first: "Алиевым" → "Алиев". */
const SURNAME_CASE_ENDINGS: Array<[RegExp, string]> = [
  [/(ов|ев|ёв|ин|ын)(ым|ого|ому|ой|ою|ых|ыми|а|у|е|ы)$/i, "$1"],
];

const nameCache = new Map<string, NameWord>();

/**
 * Analyses one capitalised word that may be part of a person's name.
 * Example: "Ильхамом" → { kind: "given", nominative: "Ильхам" }; "Токаеву" → surname "Токаев".
 * Hyphenated given names are analysed part by part ("Касым-Жомарту" → "Касым-Жомарт").
 */
export function parseNameWord(word: string): NameWord {
  let hit = nameCache.get(word);
  if (hit) return hit;
  hit = analyseNameWord(word);
  if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
  nameCache.set(word, hit);
  return hit;
}

function analyseNameWord(word: string): NameWord {
  if (word.includes("-")) {
    const parts = word.split("-").map((p) => analyseNameWord(p));
    const kinds = parts.map((p) => p.kind);
    const kind =
      kinds.includes("surname") && !kinds.includes("given")
        ? "surname"
        : (kinds.find((k) => k) ?? null);
    // Only the last part of a hyphenated Russian given name declines ("Касым-Жомарту").
    const first = word.split("-");
    const last = parts.at(-1);
    const nominative = [...first.slice(0, -1), last?.nominative ?? first.at(-1) ?? ""].join("-");
    return { kind, nominative, gender: last?.gender ?? null, case: last?.case ?? null };
  }
  if (KAZAKH_LETTER.test(word)) {
    const stem = kazakhNameStem(word);
    const kind = SURNAME_NOMINATIVE.test(stem) ? "surname" : null;
    return { kind, nominative: stem, gender: null, case: stem === word ? "nomn" : null };
  }
  // A reading that splits off an unknown prefix ("Бектенов" as "Бек" + "Тен") is no name analysis.
  const ps = parses(word).filter((p) => (p as { parser?: string }).parser !== "PrefixUnknown");
  const names = ps.filter((p) => p.tag.Name === true);
  const name = names.find((p) => p.tag.NMbr !== "plur") ?? names[0];
  const surn = ps.find((p) => p.tag.Surn === true);
  const patr = ps.find((p) => p.tag.Patr === true);
  const best = ps[0];
  // Prefer the surname reading for -ов/-ев/-ин shapes: az reads unknown "Асадов" as plural of a given name.
  const surnameShape =
    /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ого|ому|ых)?$/i.test(word) && word.length > 4;
  let chosen: AzParse | undefined;
  let kind: NameWordKind | null = null;
  if (patr) {
    chosen = patr;
    kind = "patronymic";
  } else if (surn && (surnameShape || !name || surn.score >= name.score)) {
    chosen = surn;
    kind = "surname";
  } else if (
    name &&
    !(
      surnameShape &&
      (name.tag.NMbr === "plur" || (name as { parser?: string }).parser !== "Dictionary")
    )
  ) {
    chosen = name;
    kind = "given";
  } else if (surnameShape) {
    return guessSurname(word);
  }
  if (!chosen) {
    if (SURNAME_NOMINATIVE.test(word)) {
      return { kind: "surname", nominative: word, gender: null, case: "nomn" };
    }
    return { kind: null, nominative: word, gender: null, case: best?.tag.CAse ?? null };
  }
  // An unknown foreign name ending in -и/-о/-э does not decline ("Раиси", "Навои").
  if ((chosen as { parser?: string }).parser !== "Dictionary" && /[иоэ]$/i.test(word)) {
    return { kind, nominative: word, gender: null, case: null };
  }
  const gender = chosen.tag.GNdr === "femn" ? "femn" : chosen.tag.GNdr === "masc" ? "masc" : null;
  const caseName = chosen.tag.CAse ?? null;
  let nominative = word;
  if (caseName !== "nomn") {
    const nom =
      chosen.inflect(gender ? ["nomn", "sing", gender] : ["nomn", "sing"]) ||
      chosen.inflect(["nomn"]);
    if (nom) nominative = matchCase(nom.word, word);
  }
  return { kind, nominative, gender, case: caseName };
}

function guessSurname(word: string): NameWord {
  for (const [re, rep] of SURNAME_CASE_ENDINGS) {
    if (re.test(word)) {
      return { kind: "surname", nominative: word.replace(re, rep), gender: "masc", case: null };
    }
  }
  return { kind: "surname", nominative: word, gender: null, case: "nomn" };
}

const KAZAKH_LETTER = /[әғқңөұүһі]/i;

/**
 * Kazakh case, possessive and plural endings, each with an example. Longer endings are tried
 * first; several can stack ("елдеріміздің" → "ел").
 */
const KAZAKH_SUFFIXES: readonly string[] = [
  // genitive: "Тоқаевтың", "елдің"
  "ның",
  "нің",
  "тың",
  "тің",
  "дың",
  "дің",
  // ablative: "Астанадан", "елден"
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  // instrumental: "Әлиевпен", "елмен"
  "мен",
  "бен",
  "пен",
  // plural: "елдер", "мемлекеттер"
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  // possessive plural / 1st person: "елдеріміз", "біздің"
  "ымыз",
  "іміз",
  "мыз",
  "міз",
  "ңыз",
  "ңіз",
  // locative adjective: "Федерациясындағы", "елдегі"
  "ндағы",
  "ндегі",
  "дағы",
  "дегі",
  "тағы",
  "тегі",
  // locative with possessive: "қаласында"
  "нда",
  "нде",
  // dative: "Қазақстанға", "елге", "Тоқаевқа"
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  // accusative: "келісімді", "Тоқаевты"
  "ны",
  "ні",
  "ты",
  "ті",
  "ды",
  "ді",
  // locative: "Астанада", "елде"
  "да",
  "де",
  "та",
  "те",
  // possessive 3rd person: "елі", "президенті", "хатшысы"
  "сы",
  "сі",
  "ы",
  "і",
];

const KAZAKH_SORTED = [...KAZAKH_SUFFIXES].sort((a, b) => b.length - a.length);
const KAZAKH_MIN_STEM = 3;
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
  for (const suf of KAZAKH_SORTED) {
    if (lower.endsWith(suf) && word.length - suf.length >= KAZAKH_MIN_STEM) {
      const stem = word.slice(0, word.length - suf.length);
      if (VOWEL.test(stem)) out.push(stem);
    }
  }
  return out;
}

/** Removes one Kazakh ending, the longest that leaves a stem of 3+ letters with a vowel: "елдеріміздің" → "елдеріміз". */
export function kazakhStrip1(word: string): string {
  const lower = word.toLowerCase();
  for (const suf of KAZAKH_SORTED) {
    if (lower.endsWith(suf) && word.length - suf.length >= KAZAKH_MIN_STEM) {
      const stem = word.slice(0, word.length - suf.length);
      if (VOWEL.test(stem)) return stem;
    }
  }
  return word;
}

/**
 * Nominative of a Kazakh name word: only case endings after a consonant-final surname or name
 * are removed, because a Kazakh name's own ending may look like a suffix ("Әлиев" keeps "-ев",
 * "Нұрсұлтан" keeps "-ан"). Example: "Тоқаевтың" → "Тоқаев", "Әлиевпен" → "Әлиев".
 */
export function kazakhNameStem(word: string): string {
  const m =
    /^(.{3,}?)(?:тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|на|не|ты|ті|ды|ді|ны|ні|тан|тен|дан|ден|нан|нен|пен|бен|мен|та|те|да|де|ның)$/iu.exec(
      word,
    );
  if (!m?.[1]) return word;
  const stem = m[1];
  const suffix = word.slice(stem.length).toLowerCase();
  const last = stem.slice(-1).toLowerCase();
  const stemEndsVowel = VOWEL.test(last);
  // Kazakh suffix harmony: after vowels/sonorants -ның/-ға/-ны/-да, after voiceless -тың/-қа/-ты/-та.
  if (stemEndsVowel && !/^(?:ның|нің|ға|ге|ны|ні|да|де|дан|ден|мен|нан|нен|на|не)$/.test(suffix))
    return word;
  if (stemEndsVowel && /^(?:на|не|нан|нен)$/.test(suffix)) return word;
  return stem;
}

/** True when a word has Kazakh-only letters. */
export function isKazakhWord(word: string): boolean {
  return KAZAKH_LETTER.test(word);
}
