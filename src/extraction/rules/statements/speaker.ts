// Resolves who speaks from the words around a quote or reported clause: a name, a title, or a pronoun.
import type { Analysis, PersonMention } from "../../analysis.js";
import type { Span } from "../../types.js";
import { roleOfTitle, type SpeechLexicon } from "./lexicon.js";

export interface SpeakerState {
  a: Analysis;
  lex: SpeechLexicon;
  /** Spans of direct quotes found so far: names inside a quote are not attributions. */
  quotes: Span[];
  /** The most recent attributed statement, for pronoun and bare-title references. */
  last: { person: number; end: number } | null;
}

function insideQuote(st: SpeakerState, s: Span): boolean {
  return st.quotes.some((q) => s.start >= q.start && s.end <= q.end);
}

function mentionsIn(st: SpeakerState, start: number, end: number): PersonMention[] {
  return st.a.personMentions.filter((m) => m.start >= start && m.end <= end && !insideQuote(st, m));
}

/**
 * The head of state of the article's home country: the president the text names first. A
 * Kazakh outlet opens with its own president, so "Глава государства" later means him.
 */
export function homeHeadOfState(a: Analysis): number | null {
  for (const m of a.personMentions) {
    if (a.people[m.person]?.role === "president") return m.person;
  }
  return null;
}

/** Country codes named inside a span ("президент Азербайджана", "the Kazakh president"). */
function countriesIn(a: Analysis, start: number, end: number): string[] {
  return a.countries.filter((c) => c.start >= start && c.end <= end).map((c) => c.code);
}

/** The person of a role mentioned last before `pos`, outside quotes; the last speaker counts as a mention. */
function recentWithRole(
  st: SpeakerState,
  pos: number,
  fits: (i: number) => boolean,
): number | null {
  let best: number | null = null;
  let bestAt = -1;
  for (const m of st.a.personMentions) {
    if (m.end > pos || insideQuote(st, m) || !fits(m.person)) continue;
    if (m.start > bestAt) {
      best = m.person;
      bestAt = m.start;
    }
  }
  if (st.last && fits(st.last.person) && st.last.end >= bestAt) best = st.last.person;
  return best;
}

function byTitle(st: SpeakerState, start: number, end: number, pos: number): number | null {
  const { a, lex } = st;
  const re = new RegExp(lex.title.source, lex.title.flags);
  re.lastIndex = 0;
  const m = re.exec(a.text.slice(start, end));
  if (!m?.[1]) return null;
  const role = roleOfTitle(lex, m[1]);
  if (!role) return null;
  const personRole = role === "head_of_state" ? "president" : role;
  const codes = countriesIn(a, start + m.index, end);
  const fits = (i: number): boolean => a.people[i]?.role === personRole;
  if (codes.length > 0) {
    const idx = a.people.findIndex(
      (p, i) => fits(i) && p.country !== null && codes.includes(p.country),
    );
    if (idx >= 0) return idx;
  }
  if (role === "head_of_state" && codes.length === 0) {
    const home = homeHeadOfState(a);
    if (home !== null) return home;
  }
  return recentWithRole(st, pos, fits);
}

/**
 * A pronoun means the last speaker when one spoke just before; otherwise the first person named
 * in the nearest earlier sentence that names anyone (that sentence's subject, most often).
 */
function byPronoun(st: SpeakerState, pos: number): number | null {
  if (st.last && pos - st.last.end < 600) return st.last.person;
  const before = st.a.personMentions.filter((m) => m.end <= pos && !insideQuote(st, m));
  const lastMention = before.at(-1);
  if (!lastMention) return st.last?.person ?? null;
  const sentence = st.a.sentences.find(
    (s) => s.start <= lastMention.start && lastMention.start < s.end,
  );
  const first = sentence ? before.find((m) => m.start >= sentence.start) : undefined;
  return (first ?? lastMention).person;
}

/**
 * The speaker named in [start, end): a person mention (the first one, usually the subject),
 * else a title, else a pronoun. `pos` is where the statement stands, for recency.
 */
export function resolveSpeaker(
  st: SpeakerState,
  start: number,
  end: number,
  pos: number,
): number | null {
  const mentions = mentionsIn(st, start, end);
  const named = mentions.find((m) => m.kind !== "pronoun");
  if (named) return named.person;
  const titled = byTitle(st, start, end, pos);
  if (titled !== null) return titled;
  if (mentions.length > 0 || st.lex.pronoun.test(st.a.text.slice(start, end)))
    return byPronoun(st, pos);
  return null;
}
