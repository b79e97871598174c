// What the statement rules share: the candidate they produce, the text they read, and how a clause is measured and cut.
import type { Analysis, PersonMention } from "../../analysis.js";
import { parses } from "../../text/morphology/index.js";
import { sentenceAt } from "../../text/spans.js";
import type { Span, StatementKind } from "../../types.js";
import type { RuleIdOf } from "../registry.js";
import type { SpeechLexicon } from "./lexicon.js";

/** A statement found before its speaker is resolved; speakers resolve in text order. */
export interface Candidate {
  rule: RuleIdOf<"statement">;
  kind: StatementKind;
  text: Span;
  /** Where the speaker is named (a name, title or pronoun). */
  speaker: Span;
  /** The verb or phrase that attributes the words, for the exclusion of reported speech inside quotes. */
  cue: Span;
  /** An attribution inside the quote ("«..., – сказал Токаев. – ...»"), left out of the words. */
  cut?: Span;
}

/** What every statement rule reads. */
export interface StatementContext {
  a: Analysis;
  lex: SpeechLexicon;
  /** Speech verbs, looked up once and shared by the rules that start from them. */
  verbs: RegExpExecArray[];
  /** Person mentions sorted by start, for binary search. */
  mentions: PersonMention[];
}

/** Quoted words shorter than this are names or catchwords ("«Алтын Қыран»"), not statements. */
export const MIN_QUOTE_WORDS = 4;
/** A dialogue turn is speech however short: "– Спасибо, дорогой брат, – ответил Мирзиёев." */
export const MIN_TURN_WORDS = 2;
const MIN_CLAUSE_WORDS = 2;
/** A reported clause longer than this is a run-on text, not one person's words. */
const MAX_CLAUSE = 2000;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether a span holds at least `n` words; reads no further than the n-th word. */
export function hasWords(text: string, s: Span, n: number): boolean {
  let count = 0;
  for (const m of text
    .slice(s.start, Math.min(s.end, s.start + 4000))
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/\p{L}/u.test(m[0]) && ++count >= n) return true;
  }
  return false;
}

/** Trims spaces and edge punctuation off a span, so `text` is the words only. */
export function trimSpan(text: string, s: Span, trailing = /[\s,.;:–—-]/): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && trailing.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** End of the clause that starts at `from`: the first sentence stop or line break. */
export function clauseEnd(text: string, from: number, limit: number): number {
  // Searching a slice, not the whole text from `from`, keeps a text without stops linear.
  const cap = Math.min(limit, from + MAX_CLAUSE);
  const m = /[.!?…](?=\s|$)|\n/u.exec(text.slice(from, cap + 1));
  return m && from + m.index < cap ? from + m.index : cap;
}

/** Where a reported clause ends: the end of its sentence, without the final stop. */
export function reportedClause(a: Analysis, start: number, speechVerb?: string): Span | null {
  const sentence = sentenceAt(a, start);
  let end = Math.min(sentence.end, clauseEnd(a.text, start, sentence.end + 1));
  if (speechVerb && a.lang === "ru")
    end = coordinatedPredicate(a.text, start, end, speechVerb) ?? end;
  const span = trimSpan(a.text, { start, end });
  if (wordCount(a.text.slice(span.start, span.end)) < MIN_CLAUSE_WORDS) return null;
  return span;
}

/**
 * "Рахмон отметил, что считает визит важным шагом и пригласил ..." — a past verb after "и" agreeing
 * with the speech verb is the speaker's next act, not part of the reported words.
 */
function coordinatedPredicate(
  text: string,
  start: number,
  end: number,
  speechVerb: string,
): number | null {
  const head = parses(speechVerb.split(/\s+/)[0] ?? "").find((p) => p.tag.POS === "VERB");
  if (head?.tag.past !== true) return null;
  for (const m of text.slice(start, end).matchAll(/[\s,]+и\s+([\p{L}]+)/gu)) {
    const v = parses(m[1] ?? "").find((p) => p.tag.POS === "VERB");
    if (v && v.tag.past === true && v.tag.GNdr === head.tag.GNdr && v.tag.NMbr === head.tag.NMbr) {
      return start + m.index;
    }
  }
  return null;
}

export function byStart<T extends Span>(xs: readonly T[]): T[] {
  return [...xs].sort((x, y) => x.start - y.start);
}
