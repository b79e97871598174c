// Word tokens with spans.
import type { Span } from "../types.js";

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
