// The tense of a document from the words around it: planned, recalled, or signed at the reported event.
import type { Analysis } from "../../analysis.js";
import { parses } from "../../text/morphology/index.js";
import type { Span, Tense } from "../../types.js";
import type { DocumentLexicon } from "./lexicon.js";
import type { Word } from "./title.js";

/** Tenses read per context span: the mentions of a sentence or list share one. */
const tenseCache = new WeakMap<Analysis, Map<string, Tense>>();

/**
 * Tense from the words around a document: a plan or instruction makes it future, an earlier
 * year or an anniversary past, a signing verb current; a bare reference is to an existing one.
 * Example: "договорились принять Программу ..." → future; "В прошлом году мы подписали ..." → past.
 */
export function tenseOf(a: Analysis, lex: DocumentLexicon, context: Span): Tense {
  let cache = tenseCache.get(a);
  if (!cache) {
    cache = new Map();
    tenseCache.set(a, cache);
  }
  const key = `${context.start}:${context.end}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tense = contextTense(a, lex, context);
  cache.set(key, tense);
  return tense;
}

function contextTense(a: Analysis, lex: DocumentLexicon, context: Span): Tense {
  // With no cue, a bare reference is to a document that exists.
  return tenseRuleOf(a, lex, context)?.tense ?? "past";
}

/** A cue in the words around a document that gives it a tense. */
export interface TenseRule {
  id: "planned" | "recalled" | "earlier-year" | "signed-now";
  tense: Tense;
  reason: string;
  example: string;
  holds: (a: Analysis, lex: DocumentLexicon, words: string) => boolean;
}

/** The tense cues in the order they are tried; with none, a bare reference is to an existing document. */
export const TENSE_RULES: readonly TenseRule[] = [
  {
    id: "planned",
    tense: "future",
    reason: "an agreement, instruction or plan to sign, unless the signing is the reported day's",
    example: "Стороны договорились подписать соглашение о сотрудничестве в области энергетики.",
    holds: (_a, lex, s) => lex.future.test(s) && !lex.today.test(s),
  },
  {
    id: "recalled",
    tense: "past",
    reason: "an earlier time or an anniversary, unless the signing is the reported day's",
    example: "В прошлом году стороны подписали соглашение о сотрудничестве в области энергетики.",
    holds: (_a, lex, s) => lex.past.test(s) && !lex.today.test(s),
  },
  {
    id: "earlier-year",
    tense: "past",
    reason: "a year before the article's own",
    example: "В 2019 году стороны подписали соглашение о сотрудничестве в области энергетики.",
    holds: (a, _lex, s) => earlierYear(a, s),
  },
  {
    id: "signed-now",
    tense: "current",
    reason: "a finite signing verb: signed at the reported event",
    example: "Стороны подписали соглашение о сотрудничестве в области энергетики.",
    holds: (_a, lex, s) => lex.signingNow.test(s),
  },
];

/** The first tense cue the words of `context` hold. */
export function tenseRuleOf(a: Analysis, lex: DocumentLexicon, context: Span): TenseRule | null {
  const s = a.text.slice(context.start, context.end);
  return TENSE_RULES.find((r) => r.holds(a, lex, s)) ?? null;
}

/**
 * A document named as the object of another noun ("обменялись грамотами договора",
 * "важность подписания ... Соглашения", "реализации Программы") already exists: past, unless
 * planned, or its signing is what the sentence reports ("состоялось подписание Соглашения").
 */
export function governedTense(
  a: Analysis,
  lex: DocumentLexicon,
  governor: Word | undefined,
  context: Span,
): Tense | null {
  if (!governor || a.lang !== "ru" || !/^\p{Ll}/u.test(governor.text)) return null;
  const p = parses(governor.text)[0];
  if (p?.tag.POS !== "NOUN") return null;
  const s = a.text.slice(context.start, context.end);
  if (lex.future.test(s)) return "future";
  if (lex.signing.test(governor.text) && lex.signingNow.test(s)) return "current";
  return "past";
}

/**
 * The word that may govern a name starting at word `i`: the one right before it, with nothing but
 * space between. "энергетики, меморандум о ..." is a list, not "меморандум" governed by "энергетики";
 * "в том числе соглашения ..." introduces items, it does not govern them.
 */
export function governorOf(text: string, words: Word[], i: number): Word | undefined {
  const prev = words[i - 1];
  const first = words[i];
  if (!prev || !first || /\S/u.test(text.slice(prev.end, first.start))) return undefined;
  if (/^числе$/iu.test(prev.text) && /^том$/iu.test(words[i - 2]?.text ?? "")) return undefined;
  return prev;
}

/** A year in the context before the article's own year ("подписанный в 2019 году"). */
function earlierYear(a: Analysis, s: string): boolean {
  const own = Number(a.header.publishedOn?.slice(0, 4) ?? Number.NaN);
  if (Number.isNaN(own)) return false;
  // "в 2019 году", "2019 жылы", and English "in 2019"; not the date of an instrument named
  // ("изменения в Соглашение ... от 2012 года"), which says nothing of this signing.
  const undated = s.replace(
    /(?<!\p{L})от\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d(?=\s*(?:года|г\.))/gu,
    "",
  );
  for (const m of undated.matchAll(
    /(?<![\d–-])(?:(19|20)\d\d(?=\s*(?:году|года|г\.|жылы|жылғы))|(?<=\bin\s)(19|20)\d\d\b)/gu,
  )) {
    if (Number(m[0]) < own) return true;
  }
  return false;
}
