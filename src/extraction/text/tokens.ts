// Word tokens with spans, and the case-form keys under which a word is looked up in lexicons.
import type { Span } from "../types.js";
import { kazakhStrips } from "./morph.js";

export interface Token extends Span {
  text: string;
}

/** Letters and digits, joined by inner hyphens and apostrophes ("Касым-Жомарт", "Kazakhstan's", "Кот-д’Ивуар"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (;;) {
    const m = WORD.exec(text);
    if (!m || m.index >= to) break;
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/** Tokens of a whole text; the last result is kept, since several rules tokenise the same article. */
export function tokensOf(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

/** Lower case with ё folded to е, the form in which lexicon keys are stored. */
export function lowerKey(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}

/**
 * Russian noun and adjective endings, longest first. A declinable word and its case forms share
 * a stem once one of these is cut: "России"/"Россия" → "росси", "Штатов"/"Штаты" → "штат".
 */
const RU_ENDINGS = [
  "ыми",
  "ими",
  "ами",
  "ями",
  "ого",
  "его",
  "ому",
  "ему",
  "ом",
  "ем",
  "ой",
  "ей",
  "ою",
  "ею",
  "ью",
  "ам",
  "ям",
  "ах",
  "ях",
  "ов",
  "ев",
  "ие",
  "ые",
  "ий",
  "ый",
  "ая",
  "яя",
  "ое",
  "ее",
  "ым",
  "им",
  "ых",
  "их",
  "ую",
  "юю",
  "а",
  "я",
  "у",
  "ю",
  "ы",
  "и",
  "е",
  "й",
  "ь",
];

const MIN_STEM = 3;

/** Indeclinable shape: Russian loan names ending in a vowel other than а/я do not decline ("Того", "Перу", "Мали"); adjectives ("Соединенные") do. */
export function isIndeclinable(word: string): boolean {
  return /[оуиеэю]$/i.test(word) && !/(?:ые|ие|ое|ее)$/i.test(word);
}

/** The stem under which a nominative lexicon word is stored: its longest Russian ending cut. */
export function russianEntryKey(word: string): string {
  const w = lowerKey(word);
  if (isIndeclinable(w) || !/[а-я]$/.test(w)) return w;
  for (const e of RU_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  }
  return w;
}

/** Every stem a text word may have: itself and each cut of a Russian ending that leaves 3+ letters. */
export function russianCandidateKeys(word: string, out: Set<string>): void {
  const w = lowerKey(word);
  out.add(w);
  if (!/[а-я]$/.test(w)) return;
  for (const e of RU_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) out.add(w.slice(0, -e.length));
  }
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
