// Finds quoted passages: paired quotation marks (nested, over several paragraphs), closing marks whose opening is missing, and dash-led paragraphs.

import { lineAt } from "../../text/spans.js";
import type { Span } from "../../types.js";

export interface QuotedPassage {
  /** The words between the marks. */
  inner: Span;
  /** Position just after the closing mark (or after the words, for dash paragraphs). */
  after: number;
  /** Position of the opening mark (or of the paragraph start when it is missing). */
  before: number;
  shape: "paired" | "missing-open" | "dash";
}

const OPENERS = new Set(["«", "„"]);
const CLOSERS = new Set(["»"]);
const EITHER = new Set(['"', "“", "”", "‟"]);
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A quote longer than this is runaway pairing in a broken text, not a quotation. */
const MAX_QUOTE = 20_000;

/**
 * Whether a symmetric mark opens: after a space, line start or bracket and before a word
 * (‘"Фонд Отандастар"’); a mark after a word closes (‘площадок", - подчеркнул’).
 */
function opens(text: string, i: number): boolean | null {
  const prev = i > 0 ? (text[i - 1] ?? "") : "\n";
  const next = text[i + 1] ?? "\n";
  const prevOpen = SPACE.test(prev) || /[([{«„–—-]/.test(prev) || EITHER.has(prev);
  const nextWord = !SPACE.test(next) && next !== "," && next !== "." && next !== ";";
  if (prevOpen && nextWord) return true;
  if (!prevOpen && (LETTER_OR_DIGIT.test(prev) || /[.!?…)»]/.test(prev))) return false;
  return null;
}

/** True when only spaces separate the line start from i. */
function atLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j] ?? "";
    if (c === "\n") return true;
    if (!SPACE.test(c)) return false;
  }
  return true;
}

/**
 * Top-level quoted passages in text order. Nested quotes stay inside their outer passage.
 * A paragraph that opens with a mark while an earlier paragraph's quote is still open
 * continues it, the Russian convention for a quote over several paragraphs.
 * Example: «Мы придаем ... значение. ...», – сказал Эмомали Рахмон.
 */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const stack: Array<{ at: number; line: number; mark: string }> = [];
  let line = 0;
  // Only quotation marks and line breaks matter; jump from one to the next.
  for (const hit of text.matchAll(/[«»„"“”‟\n]/g)) {
    const i = hit.index;
    const c = hit[0];
    if (c === "\n") {
      line++;
      // Only guillemets and „ carry a quote over a paragraph break; a straight mark left open is a stray.
      while (stack.length > 0 && EITHER.has(stack.at(-1)?.mark ?? "")) stack.pop();
      continue;
    }
    const top = stack.at(-1);
    if (top && i - top.at > MAX_QUOTE) stack.length = 0;
    let isOpen: boolean | null;
    if (OPENERS.has(c)) isOpen = true;
    else if (CLOSERS.has(c)) isOpen = false;
    else if (EITHER.has(c)) {
      isOpen = opens(text, i);
      // An undecided mark closes an open straight quote and opens otherwise.
      if (isOpen === null) isOpen = stack.length === 0;
    } else continue;
    if (isOpen) {
      const cur = stack.at(-1);
      if (cur && stack.length === 1 && cur.line < line && atLineStart(text, i)) continue;
      stack.push({ at: i, line, mark: c });
      continue;
    }
    const open = stack.pop();
    if (open && stack.length === 0) {
      out.push({
        inner: { start: open.at + 1, end: i },
        before: open.at,
        after: i + 1,
        shape: "paired",
      });
    } else if (!open) {
      // A closing mark with nothing open: the quote began at the paragraph start, its mark lost.
      const ls = lineAt(text, i).start;
      let s = ls;
      while (s < i && (SPACE.test(text[s] ?? "") || /[–—-]/.test(text[s] ?? ""))) s++;
      if (s < i)
        out.push({ inner: { start: s, end: i }, before: ls, after: i + 1, shape: "missing-open" });
    }
  }
  return out;
}

/**
 * Paragraphs that open with a dash: the words run to the dash before the attribution.
 * Example: "– Я придаю этому визиту особое значение. ..., – заявил Касым-Жомарт Токаев."
 * `attribution` tells whether text after a dash starts an attribution.
 */
export function findDashPassages(
  text: string,
  attribution: (from: number) => boolean,
): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const lineRe = /^[ \t]*[–—-][ \t\u00a0]+/gmu;
  for (const m of text.matchAll(lineRe)) {
    const start = m.index + m[0].length;
    const end = lineAt(text, start).end;
    // "..., – заявил" and "...,— молвил": a dash after a space, or right after punctuation.
    const dashRe = /(?:([,.!?…])[ \t\u00a0]*|[ \t\u00a0]+)[–—-][ \t\u00a0]+/gu;
    let attributed = false;
    for (const found of text.slice(start, end).matchAll(dashRe)) {
      const d = { index: start + found.index, 0: found[0], 1: found[1] };
      const attrAt = d.index + d[0].length;
      if (!attribution(attrAt)) continue;
      const punct = d[1];
      const innerEnd = punct === "," || punct === "." ? d.index : d.index + (punct?.length ?? 0);
      if (innerEnd > start) {
        out.push({
          inner: { start, end: innerEnd },
          before: m.index,
          after: d.index + (punct?.length ?? 0),
          shape: "dash",
        });
      }
      attributed = true;
      break;
    }
    // "Токаев заявил:\n– Мы ...": a line introduced by a colon is the words, to its end.
    if (
      !attributed &&
      /:[ \t\u00a0]*\n[ \t\u00a0]*$/u.test(text.slice(Math.max(0, m.index - 8), m.index))
    ) {
      out.push({ inner: { start, end }, before: m.index, after: end, shape: "dash" });
    }
  }
  return out;
}
