// Finds city names in any case form and gives their nominative and the state they belong to.
import { loadColumns } from "../../lexicons/load.js";
import { placeForms } from "../../text/morphology/index.js";
import type { Span } from "../../types.js";

export interface CityMention extends Span {
  code: string;
  /** Nominative as the lexicon spells it in the text's script ("Астану" → "Астана", "Мәскеуге" → "Мәскеу"). */
  name: string;
}

interface CityEntry {
  code: string;
  name: string;
}

function buildIndex(): Map<string, CityEntry> {
  const index = new Map<string, CityEntry>();
  const add = (form: string, entry: CityEntry): void => {
    const key = form.toLowerCase();
    if (!index.has(key)) index.set(key, entry);
  };
  const entries = (lang: "ru" | "kk" | "en"): CityEntry[] =>
    loadColumns(lang, "cities").map(({ fields: [code = "", name = ""] }) => ({ code, name }));
  for (const lang of ["en", "ru", "kk"] as const) {
    for (const e of entries(lang)) for (const f of placeForms(e.name, lang)) add(f, e);
  }
  // Kazakh writes most foreign cities as Russian does ("Исламабадқа"), so those take Kazakh endings too.
  for (const e of entries("ru")) for (const f of placeForms(e.name, "kk")) add(f, e);
  return index;
}

const CITY_INDEX = buildIndex();
/** Names of up to three words: "Abu Dhabi", "St. Petersburg", "New Delhi". */
const MAX_WORDS = 3;
const WORD = /\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’]*)*/gu;

/**
 * Every city named in `text[from, to)`. A word counts only when capitalised, so the common
 * noun "ош" or the verb "Рим" inside other words never match.
 * Example: "прибыл в Астану" → { name: "Астана", code: "KZ" }.
 */
export function findCities(text: string, from = 0, to = text.length): CityMention[] {
  const out: CityMention[] = [];
  const slice = text.slice(from, to);
  const words: Array<{ start: number; end: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const t = m[0].replace(/[.]+$/, "");
    words.push({ start: from + m.index, end: from + m.index + t.length, text: t });
  }
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const surface = text.slice(first.start, last.end);
      if (n > 1 && /[\n,;]/.test(surface)) continue;
      const hit = CITY_INDEX.get(surface.toLowerCase());
      if (hit) {
        out.push({ start: first.start, end: last.end, code: hit.code, name: hit.name });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The lexicon entry for a single word or name, if it is a known city. */
export function cityByName(name: string): CityEntry | undefined {
  return CITY_INDEX.get(name.trim().toLowerCase());
}
