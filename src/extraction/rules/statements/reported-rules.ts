// Reported speech in Russian and English: the ways a clause is attributed to a speaker, each run over the whole text.

import { sentenceAt, spansWithin } from "../../text/spans.js";
import type { Language } from "../../types.js";
import {
  type Candidate,
  clauseEnd,
  MIN_QUOTE_WORDS,
  reportedClause,
  type StatementContext,
  trimSpan,
  wordCount,
} from "./clauses.js";

export interface ReportedRule {
  /** The rule id after its language prefix. */
  id:
    | "indirect.verb-that"
    | "indirect.as-noted"
    | "indirect.intro-phrase"
    | "indirect.clause-then-speaker";
  langs: readonly Language[];
  reason: string;
  example: string;
  find: (ctx: StatementContext) => Candidate[];
}

/** The complementizer after a speech verb, with up to a few words between ("обратил внимание на то, что"). */
const THAT = {
  ru: /^((?:\s+[\p{L}-]+){0,4}?)\s*,?\s+что\s+/iu,
  en: /^((?:\s+[\p{L}'’-]+){0,6}?)\s*,?\s+that\s+/iu,
};

/** The word before "отметил" in "как отметил X,", "as X noted,". */
const AS = { ru: "как", en: "as" };

/** A Russian plural past verb: "президенты отметили". */
const PLURAL_VERB = /(?:ли|лись)$/u;

/** The clause after the complementizer, spoken by whoever the sentence names before the verb. */
function verbThat({ a, verbs, mentions }: StatementContext): Candidate[] {
  // Kazakh closes its speech with the verb (kazakh-rules.ts): nothing follows it to read.
  if (a.lang === "kk") return [];
  const that = THAT[a.lang];
  const out: Candidate[] = [];
  for (const m of verbs) {
    const verbEnd = m.index + m[0].length;
    const c = that.exec(a.text.slice(verbEnd, verbEnd + 120));
    if (!c) continue;
    const clause = reportedClause(a, verbEnd + c[0].length, m[0]);
    if (!clause) continue;
    const sentence = sentenceAt(a, m.index);
    // "президенты отметили, что ...": words said by several, none of them named, are no one's.
    if (
      a.lang === "ru" &&
      PLURAL_VERB.test(m[0].split(/\s+/)[0] ?? "") &&
      !spansWithin(mentions, sentence.start, m.index).some((p) => p.kind === "name")
    )
      continue;
    out.push({
      rule: `${a.lang}.indirect.verb-that`,
      kind: "indirect",
      text: clause,
      speaker: { start: sentence.start, end: m.index },
      cue: { start: m.index, end: verbEnd },
    });
  }
  return out;
}

/** The speaker between the verb and the comma, the clause after the comma. */
function asNoted({ a, lex }: StatementContext): Candidate[] {
  if (a.lang === "kk") return [];
  const word = AS[a.lang];
  const re = new RegExp(
    `(?<![\\p{L}])${word}\\s+(?:уже\\s+|ранее\\s+|earlier\\s+)?(?:${lex.verb.source})`,
    "giu",
  );
  const out: Candidate[] = [];
  for (const m of a.text.matchAll(re)) {
    const verbEnd = m.index + m[0].length;
    const sentence = sentenceAt(a, m.index);
    const commaAt = a.text.slice(verbEnd, sentence.end).indexOf(",");
    const comma = commaAt < 0 ? -1 : verbEnd + commaAt;
    if (comma < 0 || comma >= sentence.end) continue;
    const clause = reportedClause(a, comma + 1);
    if (!clause) continue;
    out.push({
      rule: `${a.lang}.indirect.as-noted`,
      kind: "indirect",
      text: clause,
      speaker: { start: verbEnd, end: comma },
      cue: { start: m.index, end: verbEnd },
    });
  }
  return out;
}

/** The clause after the comma; Kazakh puts the speaker before the phrase, the others after it. */
function introPhrase({ a, lex }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of a.text.matchAll(lex.intro)) {
    const phraseEnd = m.index + m[0].length;
    const sentence = sentenceAt(a, m.index);
    const commaAt = a.text.slice(phraseEnd, sentence.end).indexOf(",");
    const comma = commaAt < 0 ? -1 : phraseEnd + commaAt;
    if (comma < 0 || comma >= sentence.end || comma - phraseEnd > 120) continue;
    const clause = reportedClause(a, comma + 1);
    if (!clause) continue;
    const speaker =
      a.lang === "kk" ? { start: sentence.start, end: phraseEnd } : { start: m.index, end: comma };
    out.push({
      rule: `${a.lang}.indirect.intro-phrase`,
      kind: "indirect",
      text: clause,
      speaker,
      cue: { start: m.index, end: phraseEnd },
    });
  }
  return out;
}

/** The reported words first, then a comma, the verb and a named speaker closing the sentence. */
function clauseThenSpeaker({ a, verbs, mentions }: StatementContext): Candidate[] {
  if (a.lang === "kk") return [];
  const out: Candidate[] = [];
  for (const m of verbs) {
    const before = a.text.slice(Math.max(0, m.index - 6), m.index);
    if (!/,[ \t\u00a0]*(?:[–—-][ \t\u00a0]*)?$/u.test(before)) continue;
    const comma = a.text.lastIndexOf(",", m.index);
    const sentence = sentenceAt(a, m.index);
    // A closing quote mark before the comma makes it a direct quote, handled there.
    if (/[»"”“]\s*$/.test(a.text.slice(sentence.start, comma))) continue;
    const verbEnd = m.index + m[0].length;
    const end = clauseEnd(a.text, verbEnd, sentence.end + 1);
    const speakerWords = a.text.slice(verbEnd, end);
    if (wordCount(speakerWords) > 8) continue;
    const hasName = spansWithin(mentions, verbEnd, end).some((p) => p.kind !== "pronoun");
    if (!hasName) continue;
    const text = trimSpan(a.text, { start: sentence.start, end: comma });
    if (wordCount(a.text.slice(text.start, text.end)) < MIN_QUOTE_WORDS) continue;
    out.push({
      rule: `${a.lang}.indirect.clause-then-speaker`,
      kind: "indirect",
      text,
      speaker: { start: verbEnd, end },
      cue: { start: m.index, end: verbEnd },
    });
  }
  return out;
}

/** The ways reported speech is found, run in this order on texts of their languages. */
export const REPORTED_RULES: readonly ReportedRule[] = [
  {
    id: "indirect.verb-that",
    langs: ["ru", "en"],
    reason: "a speech verb and 'что' or 'that': the clause after it is the subject's words",
    example: "Токарев сказал, что на орбите ему редко снятся сны.",
    find: verbThat,
  },
  {
    id: "indirect.as-noted",
    langs: ["ru", "en"],
    reason: "'как отметил X,' or 'as X noted,' names the speaker of the clause after the comma",
    example:
      "Как отметила Варвара Визбор, в каком-то смысле деда можно считать «первым советским видеоблогером».",
    find: asNoted,
  },
  {
    id: "indirect.intro-phrase",
    langs: ["ru", "kk", "en"],
    reason:
      "'по словам X,', 'X-тың айтуынша,', 'according to X,' name the speaker of the clause after the comma",
    example:
      "По словам Токаева, темой разговора стали сотрудничество двух стран и «международная ситуация».",
    find: introPhrase,
  },
  {
    id: "indirect.clause-then-speaker",
    langs: ["ru", "en"],
    reason: "a clause, a comma, then a speech verb and a named speaker closing the sentence",
    example:
      "Выступления же химкинских экологов никак не повлияли на возможную отставку подмосковного губернатора, отметил Минченко.",
    find: clauseThenSpeaker,
  },
];
