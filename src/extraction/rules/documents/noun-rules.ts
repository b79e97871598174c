// Documents named in running text: the ways a document noun and the words around it name an instrument, tried in order at each noun.
import type { Analysis } from "../../analysis.js";
import { looksPrepositional, parses } from "../../text/morphology/index.js";
import { firstAtOrAfter, insideAny, sentenceAt, spansWithin } from "../../text/spans.js";
import type { DocumentKind, Language, Span } from "../../types.js";
import { type Found, signatoriesIn } from "./found.js";
import { kazakhHead, kazakhMention } from "./kazakh.js";
import type { DocumentLexicon } from "./lexicon.js";
import { governedTense, governorOf, tenseOf } from "./tense.js";
import {
  capitalise,
  complementEnd,
  docLemma,
  isGenitive,
  isPlural,
  kindOf,
  mayBePlural,
  mayBeSingularObject,
  modifierStart,
  nominativeTitle,
  singularNominative,
  type Word,
  wordsIn,
} from "./title.js";

/** A document noun in its sentence. */
export interface NounView {
  a: Analysis;
  lex: DocumentLexicon;
  /** The words of the sentence; the noun is words[idx]. */
  words: Word[];
  idx: number;
  head: Word;
  headLemma: string;
  sentence: Span;
  /** The name around a Russian or English noun, read once, when a rule first asks for it. */
  named: () => NamedNoun | null;
}

/** A Russian or English document noun with where its modifiers begin, its kind, and whether its sentence signs. */
interface NamedNoun {
  modStart: number;
  kind: DocumentKind;
  signing: boolean;
}

export interface DocumentRule {
  id: "kazakh-name-before" | "plural-complements" | "repeated-complements" | "named-mention";
  /** The id of the facts the rule makes, after the language prefix. */
  fact: "document.mention" | "document.coordinated-complements";
  langs: readonly Language[];
  reason: string;
  example: string;
  /**
   * The documents the noun names, possibly none; null when the noun does not have this rule's
   * shape, so the next rule is tried.
   */
  read: (v: NounView) => Found[] | null;
}

/** The ways a document noun names documents, in the order they are tried; the first that reads the noun wins. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  {
    id: "kazakh-name-before",
    fact: "document.mention",
    langs: ["kk"],
    reason: "Kazakh names a document before its noun and signs it with words after or before",
    example: "Тараптар сауда-экономикалық ынтымақтастық туралы келісімге қол қойды.",
    read: (v) => {
      const found = kazakhMention(v.a, v.lex, v.words, v.idx, v.sentence);
      return found ? [found] : [];
    },
  },
  {
    id: "plural-complements",
    fact: "document.coordinated-complements",
    langs: ["ru"],
    reason:
      "a noun plural beyond doubt names as many documents as it has coordinated complements, when signed",
    example:
      "По итогам переговоров были подписаны документы о сотрудничестве в сфере обязательного медицинского страхования и утверждении договора о строительстве линий связи.",
    read: (v) => {
      const n = v.named();
      if (!n || !isPlural(v.head.text)) return null;
      return n.signing ? coordinatedComplements(v.a, v.words, v.idx, v.lex) : [];
    },
  },
  {
    id: "repeated-complements",
    fact: "document.coordinated-complements",
    langs: ["ru"],
    reason:
      "a signed noun that may be plural, whose 'о' opens item after item, names one document each",
    example:
      "Стороны подписали соглашения о воздушном сообщении, о сотрудничестве в сфере образования и о взаимной защите инвестиций.",
    read: (v) => {
      const n = v.named();
      if (!n?.signing || !mayBePlural(v.head.text)) return null;
      // "Конвенция об избежании ... и о предотвращении ..." is one name, so a singular-looking
      // noun needs a plural word before it or at least three items.
      const items = coordinatedComplements(v.a, v.words, v.idx, v.lex, { repeatedOnly: true });
      const pluralBefore = v.words.slice(n.modStart, v.idx).some((w) => {
        const adj = parses(w.text).filter((p) => p.tag.POS === "ADJF" || p.tag.POS === "PRTF");
        return adj.length > 0 && adj.every((p) => p.tag.NMbr === "plur");
      });
      // After a verb the noun is its object: "подписали соглашения" is accusative, so plural.
      const verb = parses(v.words[n.modStart - 1]?.text ?? "")[0]?.tag.POS;
      const object = (verb === "VERB" || verb === "INFN") && !mayBeSingularObject(v.head.text);
      return items.length >= 3 || (items.length >= 2 && (pluralBefore || object)) ? items : null;
    },
  },
  {
    id: "named-mention",
    fact: "document.mention",
    langs: ["ru", "en"],
    reason:
      "a noun with its complement, capitalised mid-sentence or in a sentence of signing or plans",
    example: "Стороны подписали меморандум о сотрудничестве в области энергетики.",
    read: (v) => {
      const n = v.named();
      if (!n) return null;
      const found = namedMention(v, n);
      return found ? [found] : [];
    },
  },
];

/**
 * A document noun in running text, named with its complement: "подписали совместное заявление и
 * протокол о создании ...", "в год 20-летия Договора о стратегическом партнерстве ...".
 */
function namedMention(v: NounView, { modStart, kind, signing }: NamedNoun): Found | null {
  const { a, lex, words, idx, head, headLemma, sentence: context } = v;
  const text = a.text;
  const end = complementEnd(text, words, idx + 1, a.lang, lex) ?? head.end;
  const hasComplement = end > head.end;
  const first = words[modStart] ?? head;
  const named = /^\p{Lu}/u.test(first.text) && modStart > 0;
  const generic = headLemma === "документ" || headLemma === "document";
  if (!hasComplement && modStart === idx) return null;
  if (generic && !hasComplement) return null;
  // A name that is only its kind ("Совместное заявление", "Дорожная карта") is a document only when signed at the event.
  if (!hasComplement && !lex.signingNow.test(text.slice(context.start, context.end))) return null;
  if (!named && !signing && !lex.future.test(text.slice(context.start, context.end))) return null;
  const span = { start: first.start, end };
  return {
    rule: `${a.lang}.document.mention`,
    title: nominativeTitle(text.slice(span.start, span.end), a.lang),
    kind,
    span,
    context,
    tense:
      governedTense(a, lex, governorOf(text, words, modStart), context) ?? tenseOf(a, lex, context),
    signatories: signatoriesIn(a, lex, context, span),
  };
}

/** The modifiers and kind of a Russian or English noun; null inside an organisation's name or without a kind. */
function nameAround(v: Omit<NounView, "named">): NamedNoun | null {
  const { a, lex, words, idx, headLemma, sentence } = v;
  const modStart = modifierStart(a.text, words, idx, a.lang, lex);
  // "Организации Договора о коллективной безопасности": a document noun inside an organisation's name.
  const before = words[modStart - 1];
  if (
    before &&
    modStart - 1 > 0 &&
    /^\p{Lu}\p{Ll}/u.test(before.text) &&
    isGenitive(before.text) &&
    spansWithin(a.countries, before.start, before.end).length === 0
  )
    return null;
  if (a.lang === "en" && englishVerbUse(words, idx)) return null;
  const prevLemmas = words.slice(modStart, idx).map((w) => docLemma(w.text, a.lang));
  const kind = kindOf(headLemma, prevLemmas, lex);
  if (kind === null) return null;
  const signing = lex.signing.test(a.text.slice(sentence.start, sentence.end));
  return { modStart, kind, signing };
}

/** Subjects an English verb spelt like a document noun follows: "the two countries plan to". */
const EN_SUBJECT =
  /^(?:we|they|you|i|(?!(?:its|this|his|hers|ours|yours|theirs|was|has|is)$)\p{Ll}+s)$/u;

/**
 * An English document noun used as a verb: lower-case, after a subject, before "to" and a verb.
 * Example: "the two countries plan to expand cooperation" names no plan.
 */
function englishVerbUse(words: Word[], idx: number): boolean {
  const [prev, head, next] = [words[idx - 1], words[idx], words[idx + 1]];
  if (!prev || !head || !next || !/^\p{Ll}/u.test(head.text)) return false;
  return next.text === "to" && EN_SUBJECT.test(prev.text);
}

function inside(s: Span, spans: Span[]): boolean {
  return spans.some((t) => s.start >= t.start && s.end <= t.end);
}

/** Every document noun outside the `covered` spans, with the first document rule that reads it and what it found. */
export function nounReadings(
  a: Analysis,
  lex: DocumentLexicon,
  covered: Span[],
): Array<{ rule: DocumentRule["id"]; found: Found[] }> {
  const readings: Array<{ rule: DocumentRule["id"]; found: Found[] }> = [];
  const out: Found[] = [];
  const text = a.text;
  const rules = DOCUMENT_RULES.filter((r) => r.langs.includes(a.lang));
  const seenSentences = new Map<string, Word[]>();
  for (const m of text.matchAll(lex.headPrefix)) {
    const at = { start: m.index, end: m.index + m[0].length };
    // Names found so far come in text order, so only the latest can contain this noun.
    if (
      insideAny(covered, at) ||
      inside(
        at,
        out.slice(-8).map((f) => f.span),
      )
    )
      continue;
    const headLemma = a.lang === "kk" ? kazakhHead(m[0], lex).stem : docLemma(m[0], a.lang);
    if (!lex.heads.has(headLemma)) continue;
    const sentence = sentenceAt(a, at.start);
    let words = seenSentences.get(`${sentence.start}:${sentence.end}`);
    if (!words) {
      words = wordsIn(text, sentence.start, sentence.end);
      if (seenSentences.size > 64) seenSentences.clear();
      seenSentences.set(`${sentence.start}:${sentence.end}`, words);
    }
    const idx = firstAtOrAfter(words, at.start);
    const head = words[idx];
    if (!head || head.start !== at.start) continue;
    const base = { a, lex, words, idx, head, headLemma, sentence };
    let named: NamedNoun | null | undefined;
    const v: NounView = {
      ...base,
      named: () => {
        if (named === undefined) named = nameAround(base);
        return named;
      },
    };
    for (const rule of rules) {
      const found = rule.read(v);
      if (found) {
        readings.push({ rule: rule.id, found });
        out.push(...found);
        break;
      }
    }
  }
  return readings;
}

/** The documents named at nouns outside the `covered` spans. */
export function documentsAtNouns(a: Analysis, lex: DocumentLexicon, covered: Span[]): Found[] {
  return nounReadings(a, lex, covered).flatMap((r) => r.found);
}

/**
 * "были подписаны документы о сотрудничестве в сфере ..., формировании ... и утверждении ...":
 * a plural document noun with coordinated "о"-complements makes one document per complement.
 */
function coordinatedComplements(
  a: Analysis,
  words: Word[],
  headIdx: number,
  lex: DocumentLexicon,
  { repeatedOnly = false }: { repeatedOnly?: boolean } = {},
): Found[] {
  const head = words[headIdx];
  const prep = words[headIdx + 1];
  if (!head || !prep || !/^(?:о|об|обо)$/i.test(prep.text)) return [];
  const sentence = sentenceAt(a, head.start);
  const clauseEnd = (() => {
    const stop = /[.;:!?\n]/u.exec(a.text.slice(prep.end, sentence.end));
    return stop ? prep.end + stop.index : sentence.end;
  })();
  // Items begin at a prepositional-case noun after a comma or "и": "формировании", "утверждении".
  const parts: Span[] = [];
  let start = words[headIdx + 2]?.start ?? prep.end;
  for (let i = headIdx + 3; i < words.length && (words[i]?.start ?? clauseEnd) < clauseEnd; i++) {
    const w = words[i];
    const prevW = words[i - 1];
    if (!w || !prevW) continue;
    const gap = a.text.slice(prevW.end, w.start);
    const afterAnd = prevW.text === "и" && /^\s+$/.test(gap);
    const afterComma = /^\s*,\s*$/.test(gap);
    if (!afterComma && !afterAnd) continue;
    // "соглашения о сотрудничестве в энергетике и о взаимном признании ...": the preposition
    // may open each item again.
    const repeated = /^(?:о|об|обо)$/iu.test(w.text) ? words[i + 1] : undefined;
    if (!repeated && (repeatedOnly || !looksPrepositional(w.text))) continue;
    const end = afterAnd ? (words[i - 2]?.end ?? prevW.start) : prevW.end;
    parts.push({ start, end });
    start = (repeated ?? w).start;
  }
  parts.push({ start, end: clauseEnd });
  if (parts.length < 2) return [];
  const noun = capitalise(singularNominative(head.text));
  const tense = tenseOf(a, lex, sentence);
  return parts.map((p) => {
    const body = a.text.slice(p.start, p.end).replace(/\s+/g, " ").trim();
    const preposition = /^[аеиоуыэюяё]/iu.test(body) ? "об" : "о";
    return {
      rule: "ru.document.coordinated-complements",
      title: `${noun} ${preposition} ${body}`,
      kind: kindOf(docLemma(head.text, "ru"), [], lex) ?? "other",
      span: { start: p.start, end: p.end },
      context: sentence,
      tense,
      signatories: signatoriesIn(a, lex, sentence, p),
    };
  });
}
