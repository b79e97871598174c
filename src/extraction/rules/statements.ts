// Statements: direct quotes and reported speech, each attributed to the person who spoke.
import type { Analysis, PersonMention } from "../analysis.js";
import { isKazakhClauseEnd, parses } from "../text/morphology/index.js";
import type { Span, StatementFact, StatementKind } from "../types.js";
import type { RuleIdOf } from "./registry.js";
import { type SpeechLexicon, speechLexicon } from "./statements/lexicon.js";
import { findDashPassages, findQuotedPassages, type QuotedPassage } from "./statements/quotes.js";
import { lineAt, overlapsAny, sentenceAt, spansWithin } from "./statements/spans.js";
import { resolveSpeaker, type SpeakerState } from "./statements/speaker.js";

/** A statement found before its speaker is resolved; speakers resolve in text order. */
interface Candidate {
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

/** Quoted words shorter than this are names or catchwords ("«Алтын Қыран»"), not statements. */
const MIN_QUOTE_WORDS = 4;
/** A dialogue turn is speech however short: "– Спасибо, дорогой брат, – ответил Мирзиёев." */
const MIN_TURN_WORDS = 2;
const MIN_CLAUSE_WORDS = 2;
/** A reported clause longer than this is a run-on text, not one person's words. */
const MAX_CLAUSE = 2000;
/** An attribution after a quote starts within this many characters of the closing mark. */
const ATTRIBUTION_REACH = 60;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether a span holds at least `n` words; reads no further than the n-th word. */
function hasWords(text: string, s: Span, n: number): boolean {
  let count = 0;
  for (const m of text
    .slice(s.start, Math.min(s.end, s.start + 4000))
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/\p{L}/u.test(m[0]) && ++count >= n) return true;
  }
  return false;
}

/** Trims spaces and edge punctuation off a span, so `text` is the words only. */
function trimSpan(text: string, s: Span, trailing = /[\s,.;:–—-]/): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && trailing.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** End of the clause that starts at `from`: the first sentence stop or line break. */
function clauseEnd(text: string, from: number, limit: number): number {
  // Searching a slice, not the whole text from `from`, keeps a text without stops linear.
  const cap = Math.min(limit, from + MAX_CLAUSE);
  const m = /[.!?…](?=\s|$)|\n/u.exec(text.slice(from, cap + 1));
  return m && from + m.index < cap ? from + m.index : cap;
}

/**
 * The attribution after a quote: optional punctuation and a dash, then a speech verb among
 * the first words ("», – сказал Президент Казахстана.", "» деп мәлімдеді Тоқаев.", "," he said.).
 * Returns the span where the speaker should be named.
 */
function attributionAfter(
  text: string,
  lex: SpeechLexicon,
  pos: number,
): { region: Span; verb: Span } | null {
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
function attributionBefore(a: Analysis, pos: number): Span | null {
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
function attributionInside(
  text: string,
  lex: SpeechLexicon,
  inner: Span,
): { region: Span; verb: Span; cut: Span } | null {
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
function dashResumption(
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
function bareVerb(text: string, after: { region: Span; verb: Span }): boolean {
  return !/\p{L}/u.test(text.slice(after.verb.end, after.region.end));
}

/** The stretch of the sentence before an opening quote mark, when it names someone there. */
function kazakhSubjectBefore(a: Analysis, openAt: number): Span | null {
  const sentence = sentenceAt(a, openAt);
  if (sentence.start >= openAt) return null;
  const region = { start: sentence.start, end: openAt };
  return spansWithin(a.personMentions, region.start, region.end).length > 0 ? region : null;
}

/** Direct quotes with an attribution after them, or a colon-led introduction before. */
function directCandidates(a: Analysis, lex: SpeechLexicon): Candidate[] {
  const isAttribution = (from: number): boolean => attributionAfter(a.text, lex, from) !== null;
  const passages: QuotedPassage[] = [
    ...findQuotedPassages(a.text),
    ...findDashPassages(a.text, isAttribution),
  ];
  passages.sort((x, y) => x.inner.start - y.inner.start || y.inner.end - x.inner.end);
  const out: Candidate[] = [];
  let coveredTo = -1;
  for (const p of passages) {
    if (p.inner.start < coveredTo) continue;
    const inner = trimSpan(a.text, p.inner, /[\s,;:–—-]/);
    let after = attributionAfter(a.text, lex, p.after);
    const before = attributionBefore(a, p.before);
    // "Тоқаев: «...», – деді.": a bare verb after the quote names no one; the colon's lead does.
    if (after && before && bareVerb(a.text, after)) after = null;
    const inside = after || before ? null : attributionInside(a.text, lex, inner);
    // "Тоқаев «Біздің болашағымыз ортақ» деп атап өтті.": Kazakh names the speaker before the
    // quote and closes it with a bare verb; the speaker is the subject of the words before it.
    const subjectBefore =
      a.lang === "kk" && after && !before && bareVerb(a.text, after)
        ? kazakhSubjectBefore(a, p.before)
        : null;
    const speaker = subjectBefore ?? after?.region ?? before ?? inside?.region;
    if (!speaker) continue;
    const minWords = p.shape === "dash" && after ? MIN_TURN_WORDS : MIN_QUOTE_WORDS;
    if (!hasWords(a.text, inner, minWords)) continue;
    // "— Мы рады вас видеть, — сказал Токаев. — Это важный визит.": the words resume on the line.
    const resumed =
      after && p.shape === "dash" ? dashResumption(a.text, inner, after.region) : null;
    // Only a paired quote can have a speaker before it on its line: the other shapes open the line.
    const rule: RuleIdOf<"statement"> = subjectBefore
      ? "kk.direct.paired.subject-before"
      : after
        ? `${a.lang}.direct.${p.shape}.attribution-after`
        : inside
          ? `${a.lang}.direct.${p.shape}.attribution-inside`
          : `${a.lang}.direct.${p.shape}.colon-before`;
    out.push({
      rule,
      kind: "direct",
      text: resumed ? { start: inner.start, end: resumed.end } : inner,
      speaker,
      cue: after?.verb ?? inside?.verb ?? speaker,
      ...(inside ? { cut: inside.cut } : {}),
      ...(resumed ? { cut: resumed.cut } : {}),
    });
    coveredTo = resumed ? resumed.end : p.after;
  }
  return out;
}

/** Where a reported clause ends: the end of its sentence, without the final stop. */
function reportedClause(a: Analysis, start: number, speechVerb?: string): Span | null {
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

/**
 * "X отметил, что ...", "X обратил внимание на то, что ...", "He noted that ...": the clause
 * after the complementizer, spoken by whoever the sentence names before the verb.
 */
function complementCandidates(a: Analysis, verbs: RegExpExecArray[]): Candidate[] {
  const that =
    a.lang === "en"
      ? /^((?:\s+[\p{L}'’-]+){0,6}?)\s*,?\s+that\s+/iu
      : /^((?:\s+[\p{L}-]+){0,4}?)\s*,?\s+что\s+/iu;
  if (a.lang === "kk") return [];
  const out: Candidate[] = [];
  const mentions = byStart(a.personMentions);
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
      /(?:ли|лись)$/u.test(m[0].split(/\s+/)[0] ?? "") &&
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

/** "Как отметил Касым-Жомарт Токаев, ...", "As Tokayev noted, ...": speaker between verb and comma. */
function asNotedCandidates(a: Analysis, lex: SpeechLexicon): Candidate[] {
  if (a.lang === "kk") return [];
  const word = a.lang === "en" ? "as" : "как";
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

/**
 * "По его словам, ...", "По словам министра, ...", "Лавровтың айтуынша, ...", "According to him, ...":
 * the clause after the comma. Kazakh puts the speaker before the phrase, the others after it.
 */
function introCandidates(a: Analysis, lex: SpeechLexicon): Candidate[] {
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

/**
 * "В ноябре ожидается приезд ..., сообщил пресс-секретарь Дмитрий Песков." — the reported words
 * come first and the verb and speaker close the sentence.
 */
function trailingAttributionCandidates(a: Analysis, verbs: RegExpExecArray[]): Candidate[] {
  if (a.lang === "kk") return [];
  const out: Candidate[] = [];
  const mentions = byStart(a.personMentions);
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

/**
 * "Сонымен қатар ол аталған саммит ... парақтарын ашатынын атап өтті." — the clause between the
 * speaker and the speech verb; "деп" before the verb marks the same with a finite clause.
 */
function kazakhReportedCandidates(
  a: Analysis,
  lex: SpeechLexicon,
  verbs: RegExpExecArray[],
): Candidate[] {
  if (a.lang !== "kk") return [];
  const out: Candidate[] = [];
  const mentions = byStart(a.personMentions);
  for (const m of verbs) {
    const sentence = sentenceAt(a, m.index);
    const before = a.text.slice(sentence.start, m.index).trimEnd();
    const lastWord = /[\p{L}-]+$/u.exec(before)?.[0] ?? "";
    const viaDep = lastWord.toLowerCase() === "деп";
    const verbEnd = m.index + m[0].length;
    // "Біз ... дайынбыз, деді Мемлекет басшысы.": unquoted words closed by a comma, speaker after.
    if (!viaDep && before.endsWith(",") && !/[»"”“–—-][\s,]*$/u.test(before)) {
      const speaker = subjectRightAfter(a, lex, mentions, verbEnd, sentence.end);
      const text = trimSpan(a.text, { start: sentence.start, end: sentence.start + before.length });
      if (speaker && wordCount(a.text.slice(text.start, text.end)) >= MIN_QUOTE_WORDS) {
        out.push({
          rule: "kk.direct.unquoted-comma",
          kind: "direct",
          text,
          speaker,
          cue: { start: m.index, end: verbEnd },
        });
      }
      continue;
    }
    if (!viaDep && !isKazakhClauseEnd(lastWord)) continue;
    // "«...» деп мәлімдеді" is a direct quote, found with the quotes.
    if (viaDep && /[»"”“][\s,–—-]*деп$/iu.test(before)) continue;
    // "... деп мәлімдеді Қасым-Жомарт Тоқаев.": the speaker may follow the verb.
    const after = viaDep ? subjectRightAfter(a, lex, mentions, verbEnd, sentence.end) : null;
    const subject = after ?? firstSubject(a, lex, mentions, sentence.start, m.index);
    if (!subject) continue;
    const clauseEndAt = viaDep
      ? sentence.start + before.length - lastWord.length
      : sentence.start + before.length;
    const text = trimSpan(a.text, {
      start: after ? sentence.start : subject.end,
      end: clauseEndAt,
    });
    if (wordCount(a.text.slice(text.start, text.end)) < 3) continue;
    out.push({
      rule: viaDep ? "kk.indirect.dep-verb" : "kk.indirect.participle-verb",
      kind: "indirect",
      text,
      speaker: subject,
      cue: { start: m.index, end: m.index + m[0].length },
    });
  }
  return out;
}

/** A speaker named right after a speech verb, ending the sentence: "деді Мемлекет басшысы." */
function subjectRightAfter(
  a: Analysis,
  lex: SpeechLexicon,
  mentions: PersonMention[],
  from: number,
  sentenceEnd: number,
): Span | null {
  const subject = firstSubject(a, lex, mentions, from, sentenceEnd);
  if (!subject || /\S/u.test(a.text.slice(from, subject.start))) return null;
  return subject;
}

/** The first person mention, title or pronoun in a sentence: the Kazakh subject comes first. */
function firstSubject(
  a: Analysis,
  lex: SpeechLexicon,
  mentions: PersonMention[],
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

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Nearly the same words (Jaccard >= 0.8). */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union > 0 && shared / union >= 0.8;
}

function byStart<T extends Span>(xs: readonly T[]): T[] {
  return [...xs].sort((x, y) => x.start - y.start);
}

/** Earlier statements a new one is compared with for repetition; bounds the work on long inputs. */
const REPEAT_WINDOW = 50;

export function findStatements(a: Analysis): StatementFact[] {
  const lex = speechLexicon(a.lang);
  const direct = directCandidates(a, lex);
  // Speech verbs are looked up once and shared by the rules that start from them.
  const verbs = [...a.text.matchAll(lex.verb)];
  const quotes = direct.map((c) => c.text);
  const attributions = direct.map((c) => c.cue);
  const reported = [
    ...complementCandidates(a, verbs),
    ...asNotedCandidates(a, lex),
    ...introCandidates(a, lex),
    ...trailingAttributionCandidates(a, verbs),
    ...kazakhReportedCandidates(a, lex, verbs),
  ].filter((c) => !overlapsAny(quotes, c.cue) && !overlapsAny(attributions, c.cue));
  const all = [...direct, ...reported].sort((x, y) => x.text.start - y.text.start);
  const st: SpeakerState = {
    a,
    lex,
    quotes,
    mentions: byStart(a.personMentions),
    countries: byStart(a.countries),
    last: null,
  };
  const out: StatementFact[] = [];
  const kept: Array<{ speaker: string; words: Set<string> }> = [];
  // Candidates come in start order, so one overlaps a kept statement only if it starts before the furthest end.
  let takenTo = -1;
  for (const c of all) {
    if (c.text.start < takenTo) continue;
    const person = resolveSpeaker(st, c.speaker.start, c.speaker.end, c.text.start);
    if (person === null) continue;
    const name = a.people[person]?.name ?? null;
    if (!name) continue;
    const words = c.cut
      ? `${a.text.slice(c.text.start, c.cut.start)} ${a.text.slice(c.cut.end, c.text.end)}`
      : a.text.slice(c.text.start, c.text.end);
    st.last = { person, end: Math.max(c.text.end, c.speaker.end) };
    // A lead paragraph often repeats a statement of the body: keep the first.
    const set = wordSet(words);
    if (kept.slice(-REPEAT_WINDOW).some((k) => k.speaker === name && sameWords(k.words, set)))
      continue;
    kept.push({ speaker: name, words: set });
    out.push({ rule: c.rule, span: c.text, speaker: name, kind: c.kind, text: words });
    takenTo = Math.max(takenTo, c.text.end);
  }
  return out;
}
