// Span lookups by binary search over sorted lists, so rules stay linear on long inputs.
import type { Analysis } from "../analysis.js";
import type { Span } from "../types.js";

/** Index of the last span ending at or before `pos` in spans sorted by position, or -1. */
export function lastIndexEndingBy(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Whether a token lies inside one of the spans (sorted by position). */
export function inSpan(spans: Span[], t: Span): boolean {
  const k = lastIndexEndingBy(spans, t.end);
  const s = spans[k];
  return s !== undefined && s.start <= t.start && s.end >= t.end;
}

export function sentenceStartOf(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (!s) break;
    if (s.start <= pos) {
      best = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first span starting at or after `pos` in a start-sorted list. */
export function firstAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans lying wholly inside [start, end), from a start-sorted list. */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(spans, start); i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= end) break;
    if (s.end <= end) out.push(s);
  }
  return out;
}

/** Whether `s` lies inside one of non-overlapping, start-sorted spans. */
export function insideAny(spans: readonly Span[], s: Span): boolean {
  const i = firstAtOrAfter(spans, s.start + 1) - 1;
  const t = spans[i];
  return t !== undefined && s.start >= t.start && s.end <= t.end;
}

/** Whether `s` overlaps one of non-overlapping, start-sorted spans. */
export function overlapsAny(spans: readonly Span[], s: Span): boolean {
  const i = firstAtOrAfter(spans, s.end) - 1;
  const t = spans[i];
  if (t && t.end > s.start && t.start < s.end) return true;
  const u = spans[i - 1];
  return u !== undefined && u.end > s.start && u.start < s.end;
}

let lineCache: { text: string; breaks: number[] } | null = null;

/** Positions of every line break of `text`, computed once per text. */
function lineBreaks(text: string): number[] {
  if (lineCache?.text === text) return lineCache.breaks;
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  lineCache = { text, breaks };
  return breaks;
}

/** The line containing `pos`, without its line break; found by binary search, so long lines cost nothing extra. */
export function lineAt(text: string, pos: number): Span {
  const breaks = lineBreaks(text);
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? (breaks[lo - 1] ?? -1) + 1 : 0;
  const end = breaks[lo] ?? text.length;
  return { start, end };
}

/** How far a sentence reaches on either side of a position; a run-on text without stops is cut here. */
const SENTENCE_REACH = 1500;

/**
 * Sentence containing `pos`, cut to its line (quotes and attributions never cross a line break
 * here) and to SENTENCE_REACH either side, so work per position stays bounded.
 */
export function sentenceAt(a: Analysis, pos: number): Span {
  const line = lineAt(a.text, pos);
  const i = firstAtOrAfter(a.sentences, pos + 1) - 1;
  const s = a.sentences[i];
  const whole =
    s && pos >= s.start && pos < s.end
      ? { start: Math.max(s.start, line.start), end: Math.min(s.end, line.end) }
      : line;
  return {
    start: Math.max(whole.start, pos - SENTENCE_REACH),
    end: Math.min(whole.end, pos + SENTENCE_REACH),
  };
}
