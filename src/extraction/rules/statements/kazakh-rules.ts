// Kazakh speech closed by its verb: the shapes of the words before a speech verb, tried in order at each verb.
import { isKazakhClauseEnd } from "../../text/morphology/index.js";
import { sentenceAt, spansWithin } from "../../text/spans.js";
import type { Span } from "../../types.js";
import type { RuleIdOf } from "../registry.js";
import {
  type Candidate,
  MIN_QUOTE_WORDS,
  type StatementContext,
  trimSpan,
  wordCount,
} from "./clauses.js";

/** A speech verb with the words of its sentence before it. */
export interface VerbView {
  verb: Span;
  sentence: Span;
  /** The sentence up to the verb, without trailing spaces. */
  before: string;
  /** The last word before the verb. */
  lastWord: string;
}

export interface KazakhVerbRule {
  id: RuleIdOf<"statement">;
  reason: string;
  example: string;
  /** Whether the words before the verb have this rule's shape; the first rule whose shape holds reads the verb. */
  holds: (v: VerbView) => boolean;
  read: (ctx: StatementContext, v: VerbView) => Candidate | null;
}

/** The Kazakh quotative after a finite clause: "... деп мәлімдеді". */
const DEP = "деп";
/** Words closed by a quote mark or a dash are a quote, not the unquoted words before a comma. */
const QUOTE_OR_DASH_BEFORE_COMMA = /[»"”“–—-][\s,]*$/u;
/** "«...» деп мәлімдеді" is a direct quote, found with the quotes. */
const QUOTE_BEFORE_DEP = /[»"”“][\s,–—-]*деп$/iu;
/** Fewer words than this between the speaker and the verb are no reported clause. */
const MIN_REPORTED_WORDS = 3;

const viaDep = (v: VerbView): boolean => v.lastWord.toLowerCase() === DEP;

/** The ways Kazakh words before a speech verb are reported, in the order they are tried. */
export const KAZAKH_VERB_RULES: readonly KazakhVerbRule[] = [
  {
    id: "kk.direct.unquoted-comma",
    reason: "unquoted words closed by a comma, then the speech verb and the speaker right after it",
    example: "Біз өңірдегі бейбітшілікті әрдайым қолдаймыз, деді Қасым-Жомарт Тоқаев.",
    holds: (v) =>
      !viaDep(v) && v.before.endsWith(",") && !QUOTE_OR_DASH_BEFORE_COMMA.test(v.before),
    read: (ctx, v) => {
      const { a } = ctx;
      const speaker = subjectRightAfter(ctx, v.verb.end, v.sentence.end);
      const text = trimSpan(a.text, {
        start: v.sentence.start,
        end: v.sentence.start + v.before.length,
      });
      if (!speaker || wordCount(a.text.slice(text.start, text.end)) < MIN_QUOTE_WORDS) return null;
      return { rule: "kk.direct.unquoted-comma", kind: "direct", text, speaker, cue: v.verb };
    },
  },
  {
    id: "kk.indirect.dep-verb",
    reason: "a clause closed by 'деп' and a speech verb, spoken by the subject before or after",
    example: "Бұл өте маңызды сапар деп мәлімдеді Қасым-Жомарт Тоқаев.",
    holds: viaDep,
    read: (ctx, v) => {
      if (QUOTE_BEFORE_DEP.test(v.before)) return null;
      // "... деп мәлімдеді Қасым-Жомарт Тоқаев.": the speaker may follow the verb.
      const after = subjectRightAfter(ctx, v.verb.end, v.sentence.end);
      const clauseEnd = v.sentence.start + v.before.length - v.lastWord.length;
      return reportedBetween(ctx, v, "kk.indirect.dep-verb", after, clauseEnd);
    },
  },
  {
    id: "kk.indirect.participle-verb",
    reason: "a clause ending in a verbal noun, then a speech verb, spoken by the subject before it",
    example: "Нұрсұлтан Назарбаев бұл жағдайларға бейжай қарамайтындығын айтты.",
    holds: (v) => isKazakhClauseEnd(v.lastWord),
    read: (ctx, v) =>
      reportedBetween(
        ctx,
        v,
        "kk.indirect.participle-verb",
        null,
        v.sentence.start + v.before.length,
      ),
  },
];

/**
 * The reported clause up to `clauseEnd`: from the sentence start when the speaker follows the verb,
 * else from the end of the sentence's first subject.
 */
function reportedBetween(
  ctx: StatementContext,
  v: VerbView,
  rule: RuleIdOf<"statement">,
  after: Span | null,
  clauseEnd: number,
): Candidate | null {
  const { a } = ctx;
  const subject = after ?? firstSubject(ctx, v.sentence.start, v.verb.start);
  if (!subject) return null;
  const text = trimSpan(a.text, {
    start: after ? v.sentence.start : subject.end,
    end: clauseEnd,
  });
  if (wordCount(a.text.slice(text.start, text.end)) < MIN_REPORTED_WORDS) return null;
  return { rule, kind: "indirect", text, speaker: subject, cue: v.verb };
}

/** Each speech verb of a Kazakh text read by the first rule whose shape the words before it have. */
export function kazakhVerbStatements(ctx: StatementContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const m of ctx.verbs) {
    const sentence = sentenceAt(a, m.index);
    const before = a.text.slice(sentence.start, m.index).trimEnd();
    const v: VerbView = {
      verb: { start: m.index, end: m.index + m[0].length },
      sentence,
      before,
      lastWord: /[\p{L}-]+$/u.exec(before)?.[0] ?? "",
    };
    const candidate = KAZAKH_VERB_RULES.find((r) => r.holds(v))?.read(ctx, v);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** A speaker named right after a speech verb, ending the sentence: "деді Мемлекет басшысы." */
function subjectRightAfter(ctx: StatementContext, from: number, sentenceEnd: number): Span | null {
  const subject = firstSubject(ctx, from, sentenceEnd);
  if (!subject || /\S/u.test(ctx.a.text.slice(from, subject.start))) return null;
  return subject;
}

/** The first person mention, title or pronoun in a stretch: the Kazakh subject comes first. */
function firstSubject(
  { a, lex, mentions }: StatementContext,
  start: number,
  end: number,
): Span | null {
  const mention = spansWithin(mentions, start, end)[0];
  const region = a.text.slice(start, end);
  const pron = new RegExp(lex.pronoun.source, "iu").exec(region);
  const title = new RegExp(lex.title.source, "iu").exec(region);
  const spans: Span[] = [];
  if (mention) spans.push({ start: mention.start, end: mention.end });
  if (pron) spans.push({ start: start + pron.index, end: start + pron.index + pron[0].length });
  if (title) spans.push({ start: start + title.index, end: start + title.index + title[0].length });
  spans.sort((x, y) => x.start - y.start);
  const first = spans[0];
  if (!first) return null;
  // A name right after a title is the same subject: "Мемлекет басшысы Қасым-Жомарт Тоқаев".
  const next = spans.find((s) => s.start > first.start && s.start - first.end <= 2);
  return next ? { start: first.start, end: next.end } : first;
}
