// Direct speech: the ways quoted words are attributed, tried in order on each quoted passage.
import type { Span } from "../../types.js";
import type { RuleIdOf } from "../registry.js";
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionInside,
  bareVerb,
  dashResumption,
  subjectBeforeQuote,
} from "./attributions.js";
import {
  type Candidate,
  hasWords,
  MIN_QUOTE_WORDS,
  MIN_TURN_WORDS,
  type StatementContext,
  trimSpan,
} from "./clauses.js";
import { findDashPassages, findQuotedPassages, type QuotedPassage } from "./quotes.js";

/** A quoted passage with the attributions on either side of it, each looked up once. */
export interface QuoteView {
  passage: QuotedPassage;
  /** The words without edge punctuation. */
  inner: Span;
  /** A speech verb right after the closing mark. */
  after: Attribution | null;
  /** A colon-led introduction before the opening mark. */
  before: Span | null;
}

/** Who a quote rule finds speaking, and by what. */
export interface QuoteReading {
  rule: RuleIdOf<"statement">;
  speaker: Span;
  cue: Span;
  cut?: Span;
  /**
   * The attribution after the words, when the speaker is found by it: a dash turn is then speech
   * however short, and its words may go on after the attribution.
   */
  following?: Attribution;
}

export interface QuoteRule {
  /** The end of the rule id, `<lang>.direct.<quote shape>.<id>`: where the speaker is named. */
  id: "subject-before" | "attribution-after" | "colon-before" | "attribution-inside";
  reason: string;
  example: string;
  read: (ctx: StatementContext, q: QuoteView) => QuoteReading | null;
}

/** The ways a quote is attributed, in the order they are tried; the first that names a speaker wins. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  {
    id: "subject-before",
    reason:
      "Kazakh names the speaker before the quote on its line and closes the quote with a bare verb",
    example:
      "Салтанатты шарада қала әкімі Бауыржан Бәйбек жас сарбаздарға «Отан қорғау — абыройлы міндет пен жауапкершілік» екенін айтты.",
    read: ({ a }, q) => {
      if (a.lang !== "kk" || q.passage.shape !== "paired") return null;
      if (!q.after || q.before || !bareVerb(a.text, q.after)) return null;
      const speaker = subjectBeforeQuote(a, q.passage.before);
      if (!speaker) return null;
      return {
        rule: "kk.direct.paired.subject-before",
        speaker,
        cue: q.after.verb,
        following: q.after,
      };
    },
  },
  {
    id: "attribution-after",
    reason: "a speech verb and the speaker right after the closing mark",
    example: "«Мы рады видеть вас в Астане», – сказал Касым-Жомарт Токаев.",
    read: ({ a }, q) => {
      // "Тоқаев: «...», – деді.": a bare verb after the quote names no one; the colon's lead does.
      if (!q.after || (q.before && bareVerb(a.text, q.after))) return null;
      return {
        rule: `${a.lang}.direct.${q.passage.shape}.attribution-after`,
        speaker: q.after.region,
        cue: q.after.verb,
        following: q.after,
      };
    },
  },
  {
    id: "colon-before",
    reason: "the speaker and a colon before the opening mark, or on the line before the words",
    example: "Виктор Понедельник: «Адвокат ведет себя, словно царь Иоанн Грозный».",
    read: ({ a }, q) =>
      q.before
        ? {
            rule: `${a.lang}.direct.${q.passage.shape}.colon-before`,
            speaker: q.before,
            cue: q.before,
          }
        : null,
  },
  {
    id: "attribution-inside",
    reason: "a speech verb and the speaker between two dashes that interrupt the words",
    example:
      "«Это была не политическая акция, но, конечно, она имеет общественное значение, – уточнил Белов. – По договоренности с ГУВД было решено не устраивать никаких маршей».",
    read: ({ a, lex }, q) => {
      const inside = attributionInside(a.text, lex, q.inner);
      if (!inside) return null;
      return {
        rule: `${a.lang}.direct.${q.passage.shape}.attribution-inside`,
        speaker: inside.region,
        cue: inside.verb,
        cut: inside.cut,
      };
    },
  },
];

/** Quoted passages of every shape, in text order, each read by the first quote rule that names a speaker. */
export function quotedStatements(ctx: StatementContext): Candidate[] {
  const { a, lex } = ctx;
  const isAttribution = (from: number): boolean => attributionAfter(a.text, lex, from) !== null;
  const passages: QuotedPassage[] = [
    ...findQuotedPassages(a.text),
    ...findDashPassages(a.text, isAttribution),
  ];
  passages.sort((x, y) => x.inner.start - y.inner.start || y.inner.end - x.inner.end);
  const out: Candidate[] = [];
  let coveredTo = -1;
  for (const passage of passages) {
    if (passage.inner.start < coveredTo) continue;
    const q: QuoteView = {
      passage,
      inner: trimSpan(a.text, passage.inner, /[\s,;:–—-]/),
      after: attributionAfter(a.text, lex, passage.after),
      before: attributionBefore(a, passage.before),
    };
    let reading: QuoteReading | null = null;
    for (const rule of QUOTE_RULES) {
      reading = rule.read(ctx, q);
      if (reading) break;
    }
    if (!reading) continue;
    const turn = passage.shape === "dash" ? reading.following : undefined;
    if (!hasWords(a.text, q.inner, turn ? MIN_TURN_WORDS : MIN_QUOTE_WORDS)) continue;
    // "— Мы рады вас видеть, — сказал Токаев. — Это важный визит.": the words resume on the line.
    const resumed = turn ? dashResumption(a.text, q.inner, turn.region) : null;
    const cut = resumed?.cut ?? reading.cut;
    out.push({
      rule: reading.rule,
      kind: "direct",
      text: resumed ? { start: q.inner.start, end: resumed.end } : q.inner,
      speaker: reading.speaker,
      cue: reading.cue,
      ...(cut ? { cut } : {}),
    });
    coveredTo = resumed ? resumed.end : passage.after;
  }
  return out;
}
