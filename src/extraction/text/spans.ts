// Span helpers over sorted spans: what lies inside a range, and where a sentence starts.
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

/** The spans (sorted, not overlapping) lying inside [from, to). */
export function within<T extends Span>(spans: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= to) break;
    if (s.end <= to) out.push(s);
  }
  return out;
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
