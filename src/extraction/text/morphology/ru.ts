// Russian morphology: az (OpenCorpora) parses loaded synchronously, and the endings of lexicons/ru/endings.txt.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadColumns } from "../../lexicons/load.js";
import { RUSSIAN_ENDING_USES } from "../../lexicons/schemas.js";
import { lowerKey } from "./keys.js";

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
/** Caches of this module are cleared when they reach this size, to bound memory on large corpora. */
export const CACHE_LIMIT = 200_000;

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

export type RussianEndingUse = (typeof RUSSIAN_ENDING_USES)[number];

/** Endings by where they are cut, in file order; the schema has already checked each line. */
function loadEndings(): Map<RussianEndingUse, string[]> {
  const byUse = new Map<RussianEndingUse, string[]>(RUSSIAN_ENDING_USES.map((u) => [u, []]));
  for (const { fields } of loadColumns("ru", "endings")) {
    const [ending = "", uses = ""] = fields;
    for (const use of uses.split(",")) byUse.get(use as RussianEndingUse)?.push(ending);
  }
  return byUse;
}

const ENDINGS = loadEndings();

/** A regular-expression alternation of the endings of one use, longest first: "ого|ому|...". */
export function russianEndingAlternation(use: RussianEndingUse): string {
  return [...(ENDINGS.get(use) ?? [])].sort((a, b) => b.length - a.length).join("|");
}

/** Lexicon-key endings, longest first: an entry is stored under its longest ending cut. */
const KEY_ENDINGS = [...(ENDINGS.get("key") ?? [])].sort((a, b) => b.length - a.length);

/** Shorter stems would make unrelated words meet. */
const MIN_STEM = 3;

/** Indeclinable shape: Russian loan names ending in a vowel other than а/я do not decline ("Того", "Перу", "Мали"); adjectives ("Соединенные") do. */
export function isIndeclinable(word: string): boolean {
  return /[оуиеэю]$/i.test(word) && !/(?:ые|ие|ое|ее)$/i.test(word);
}

/** The stem under which a nominative lexicon word is stored: its longest Russian ending cut. */
export function russianEntryKey(word: string): string {
  const w = lowerKey(word);
  if (isIndeclinable(w) || !/[а-я]$/.test(w)) return w;
  for (const e of KEY_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  }
  return w;
}

/** Every stem a text word may have: itself and each cut of a Russian ending that leaves 3+ letters. */
export function russianCandidateKeys(word: string, out: Set<string>): void {
  const w = lowerKey(word);
  out.add(w);
  if (!/[а-я]$/.test(w)) return;
  for (const e of KEY_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) out.add(w.slice(0, -e.length));
  }
}

/** Search endings, shortest first, each with the stem length it must leave. */
const SEARCH_ENDINGS: ReadonlyArray<{ ending: string; minStem: number }> = [
  ...(ENDINGS.get("search") ?? []).map((ending) => ({ ending, minStem: MIN_STEM })),
  // Surname-like endings are cut only from long words: "Алиев" must not meet "Али".
  ...(ENDINGS.get("search-long") ?? []).map((ending) => ({ ending, minStem: 5 })),
].sort((a, b) => a.ending.length - b.ending.length);

/**
 * The stems a word is stored under for search: one per ending it has ("Токаеву" → "Токаев",
 * "соглашения" → "соглашени", "соглашен"), not including the word itself.
 */
export function russianSearchStems(word: string): string[] {
  const out: string[] = [];
  for (const { ending, minStem } of SEARCH_ENDINGS) {
    if (word.length - ending.length >= minStem && word.endsWith(ending)) {
      out.push(word.slice(0, -ending.length));
    }
  }
  return out;
}

/**
 * Russian case forms of a place name, from its ending: "Астана" → Астаны/Астане/Астану/Астаной,
 * "Ташкент" → Ташкента/Ташкенте/Ташкенту/Ташкентом; names ending in other vowels do not
 * decline ("Баку", "Тбилиси", "Душанбе"). Only the last part of a hyphenated name declines
 * ("Нур-Султане"), except "Алма-Ата", whose parts decline together in speech but rarely in print.
 */
export function russianPlaceForms(name: string): string[] {
  const forms = [name];
  const lower = name.toLowerCase();
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) {
    for (const e of ["а", "е", "у", "ом"]) forms.push(name + e);
  } else if (/а$/.test(lower)) {
    const stem = name.slice(0, -1);
    const afterVelar = /[кгхжшчщ]$/.test(stem.toLowerCase());
    for (const e of [afterVelar ? "и" : "ы", "е", "у", "ой", "ою"]) forms.push(stem + e);
  } else if (/я$/.test(lower)) {
    const stem = name.slice(0, -1);
    for (const e of ["и", "е", "ю", "ей"]) forms.push(stem + e);
  } else if (/ь$/.test(lower)) {
    const stem = name.slice(0, -1);
    for (const e of ["и", "ью"]) forms.push(stem + e);
  }
  return forms;
}

/** Adjective endings, longest first: a word's longest one is its case ending. */
const ADJECTIVE_ENDINGS = [...(ENDINGS.get("adjective") ?? [])].sort((a, b) => b.length - a.length);

/** The stem of a lower-case adjective in any case, or null: "казахстанского" → "казахстанск". */
export function russianAdjectiveStem(word: string): string | null {
  const ending = ADJECTIVE_ENDINGS.find((e) => word.endsWith(e));
  return ending === undefined ? null : word.slice(0, -ending.length);
}

/**
 * Russian past-tense verbs agree in gender and number: "заявил" also stands for "заявила" and
 * "заявили", "поделился" for "поделилась" and "поделились". Words after the verb are kept
 * ("сообщил журналистам" → "сообщила журналистам", ...).
 */
export function russianPastForms(entry: string): string[] {
  const [first, ...rest] = entry.split(/\s+/);
  if (!first) return [];
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  if (first.endsWith("лся")) {
    const stem = first.slice(0, -2);
    return [first, `${stem}ась`, `${stem}ись`].map((f) => f + tail);
  }
  if (first.endsWith("л")) return [first, `${first}а`, `${first}и`].map((f) => f + tail);
  return [entry];
}

/**
 * Whether a Russian word starting in lower case ends as a noun in the prepositional case does,
 * as each topic after "о" in "о сотрудничестве, торговле и энергетике".
 */
export function looksPrepositional(word: string): boolean {
  return (
    /(?:ии|нии|тии|ве|те|ке|ре|се|де|ле|не|ме|пе|зе|же|ше|ще|че|це)$/iu.test(word) &&
    /^[а-яё]/u.test(word)
  );
}
