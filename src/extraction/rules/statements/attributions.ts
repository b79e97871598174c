// Where the words of a quote are attributed: after the closing mark, before a colon, or inside the quote.
import type { Analysis } from "../../analysis.js";
import { lineAt, sentenceAt, spansWithin } from "../../text/spans.js";
import type { Span } from "../../types.js";
import { clauseEnd, trimSpan, wordCount } from "./clauses.js";
import type { SpeechLexicon } from "./lexicon.js";

/** An attribution by a speech verb: where the speaker should be named, and the verb. */
export interface Attribution {
  region: Span;
  verb: Span;
}

/** An attribution after a quote starts within this many characters of the closing mark. */
const ATTRIBUTION_REACH = 60;

/**
 * The attribution after a quote: optional punctuation and a dash, then a speech verb among
 * the first words ("», – сказал Президент Казахстана.", "» деп мәлімдеді Тоқаев.", "," he said.).
 */
export function attributionAfter(
  text: string,
  lex: SpeechLexicon,
  pos: number,
): Attribution | null {
  const lead = /^[ \t\u00a0]*[,.!?…]?[ \t\u00a0]*(?:[–—-][ \t\u00a0]*)?/u.exec(
    text.slice(pos, pos + 8),
  );
  const newSentence = lead !== null && /[.!?…]/u.test(lead[0]) && !/[–—-]/u.test(lead[0]);
  const start = pos + (lead?.[0].length ?? 0);
  const end = clauseEnd(text, start, Math.min(text.length, start + 240));
  const head = text.slice(start, Math.min(end, start + ATTRIBUTION_REACH));
  const re = new RegExp(lex.verb.source, "iu");
  const m = re.exec(head);
  if (!m) return null;
  if (wordCount(head.slice(0, m.index)) > 4) return null;
  // "– Қазақстан мен Өзбекстан – стратегиялық серіктестер, – деді ...": a dash inside the words
  // is no attribution when the words go on to another dash before the verb.
  if (/[,.!?…]?\s[–—]\s/u.test(head.slice(0, m.index))) return null;
  const verb = { start: start + m.index, end: start + m.index + m[0].length };
  // "«...». В ответ Мирзиёев отметил: «...»": a new sentence whose verb opens with a colon
  // introduces the next words; "«...». Об этом заявил Токаев." attributes these.
  if (newSentence && text.slice(verb.end, end).includes(":")) return null;
  return { region: { start, end }, verb };
}

/** "Касым-Жомарт Токаев заявил: «...»" or a quote paragraph after a line ending in a colon. */
export function attributionBefore(a: Analysis, pos: number): Span | null {
  let end = pos;
  const floor = Math.max(0, pos - 200);
  while (end > floor && /[ \t\u00a0\n–—-]/.test(a.text[end - 1] ?? "")) end--;
  if (a.text[end - 1] !== ":") return null;
  const sentence = sentenceAt(a, end - 1);
  return { start: sentence.start, end: end - 1 };
}

/**
 * An attribution that interrupts a quote: "«Мы рады вас видеть, – сказал Токаев. – Это важный
 * визит»". The words resume after a dash; `cut` runs from the end of the first part to the second.
 */
export function attributionInside(
  text: string,
  lex: SpeechLexicon,
  inner: Span,
): (Attribution & { cut: Span }) | null {
  const body = text.slice(inner.start, inner.end);
  for (const d of body.matchAll(/[,.!?…]?[ \t\u00a0]*[–—][ \t\u00a0]+/gu)) {
    const at = inner.start + d.index;
    const after = attributionAfter(text, lex, at);
    if (!after || after.region.end >= inner.end) continue;
    const resume = /^[.!?…]?[ \t\u00a0]*[–—][ \t\u00a0]+/u.exec(
      text.slice(after.region.end, inner.end),
    );
    if (!resume) continue;
    const cutStart = /[.!?…]/u.test(text[at] ?? "") ? at + 1 : at;
    return { ...after, cut: { start: cutStart, end: after.region.end + resume[0].length } };
  }
  return null;
}

/**
 * The words of a dash paragraph that go on after their attribution, to the end of the line:
 * "— ..., — сказал Токаев. — Это важный визит." Returns the new end and the attribution to cut.
 */
export function dashResumption(
  text: string,
  inner: Span,
  region: Span,
): { end: number; cut: Span } | null {
  const lineEnd = lineAt(text, region.end).end;
  const resume = /^[.!?…]?[ \t\u00a0]*[–—][ \t\u00a0]+/u.exec(text.slice(region.end, lineEnd));
  if (!resume) return null;
  const end = trimSpan(
    text,
    { start: region.end + resume[0].length, end: lineEnd },
    /[\s,;:–—-]/,
  ).end;
  if (end <= region.end + resume[0].length) return null;
  // Another dash on the line may open the next speaker's turn: leave such lines alone.
  if (/\s[–—]\s/u.test(text.slice(region.end + resume[0].length, end))) return null;
  return { end, cut: { start: inner.end, end: region.end + resume[0].length } };
}

/** An attribution that is only its verb ("– деді.", "— сказал."): nothing after the verb but punctuation. */
export function bareVerb(text: string, after: Attribution): boolean {
  return !/\p{L}/u.test(text.slice(after.verb.end, after.region.end));
}

/** The stretch of the sentence before an opening quote mark, when it names someone there. */
export function subjectBeforeQuote(a: Analysis, openAt: number): Span | null {
  const sentence = sentenceAt(a, openAt);
  if (sentence.start >= openAt) return null;
  const region = { start: sentence.start, end: openAt };
  return spansWithin(a.personMentions, region.start, region.end).length > 0 ? region : null;
}
