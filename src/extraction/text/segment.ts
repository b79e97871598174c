// Splits an article into paragraphs and sentences (placeholder until the segmenter lands).
import type { Span } from "../types.js";

export function segment(text: string): { paragraphs: Span[]; sentences: Span[] } {
  const whole = text.length > 0 ? [{ start: 0, end: text.length }] : [];
  return { paragraphs: whole, sentences: whole };
}
