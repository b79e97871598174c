// Splits an article into paragraphs (line blocks) and sentences, keeping spans into the exact input.
import type { Span } from "../types.js";

/**
 * Lower-cased abbreviations (without the dot) after which a dot does not end a sentence.
 * Examples: "г. Астана", "т.е.", "им. Абая", "ул. Достык", "млрд. долларов".
 */
const ABBREVIATIONS = new Set([
  "г",
  "гг",
  "т",
  "е",
  "д",
  "п",
  "др",
  "пр",
  "им",
  "ул",
  "пл",
  "просп",
  "обл",
  "р",
  "с",
  "стр",
  "тыс",
  "млн",
  "млрд",
  "трлн",
  "руб",
  "долл",
  "см",
  "рис",
  "напр",
  "ок",
  "св",
  "ст",
  "н",
  "э",
  "в",
  "вв",
  "акад",
  "проф",
  "ген",
  "гос",
  "зам",
  "пред",
  "тел",
  "каб",
  "ж",
  "жж",
  "мр",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "vs",
  "etc",
  "inc",
  "ltd",
  "jr",
  "sr",
  "no",
  "gen",
  "gov",
  "sen",
  "rep",
  "u",
  "s",
]);

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

export function segment(text: string): { paragraphs: Span[]; sentences: Span[] } {
  const paragraphs = splitParagraphs(text);
  const sentences: Span[] = [];
  for (const p of paragraphs) splitSentences(text, p, sentences);
  return { paragraphs, sentences };
}

/** A paragraph is one non-blank line: news text puts each paragraph on its own line. */
function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 160 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 12
  );
}

/**
 * Ends a sentence after . ! ? … (with closing quotes/brackets) when the next word starts with an
 * upper-case letter, a digit, a quote or a dash, unless the dot follows an abbreviation or a
 * single capital initial ("О.Бектенов", "А. Асадов").
 */
function splitSentences(text: string, p: Span, out: Span[]): void {
  let sentStart = p.start;
  let i = p.start;
  while (i < p.end) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.end && /[.!?…]/.test(text[j] ?? "")) j++;
    while (j < p.end && /["»”'’)\]]/.test(text[j] ?? "")) j++;
    const boundaryEnd = j;
    let k = j;
    while (k < p.end && isSpace(text.charCodeAt(k))) k++;
    if (k >= p.end) break;
    const next = text[k] ?? "";
    const startsSentence = UPPER.test(next) || /[0-9"«„“—–-]/.test(next);
    if (!startsSentence || (c === "." && j === i + 1 && !endsSentenceAt(text, sentStart, i))) {
      i = j;
      continue;
    }
    if (k === boundaryEnd && c === ".") {
      // No space after a dot ("О.Бектенов", "Vecher.kz") is never a boundary.
      i = j;
      continue;
    }
    pushTrimmed(text, sentStart, boundaryEnd, out);
    sentStart = k;
    i = k;
  }
  pushTrimmed(text, sentStart, p.end, out);
}

/** Whether the single dot at `dot` ends a sentence, judged by the word before it. */
function endsSentenceAt(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && LETTER.test(text[w - 1] ?? "")) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  // A single capital letter is an initial: "О. Бектенов", "Ә. Смайылов".
  if (word.length === 1 && UPPER.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase()) && word === word.toLowerCase()) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
