// Resolves who speaks from the words around a quote or reported clause: a name, a title, or a pronoun.

import type { Analysis, CountryMention, PersonMention } from "../../analysis.js";
import { firstAtOrAfter, insideAny, spansWithin } from "../../text/spans.js";
import type { Span } from "../../types.js";
import { homeState } from "../home-state.js";
import { roleOfTitle, type SpeechLexicon } from "./lexicon.js";

export interface SpeakerState {
  a: Analysis;
  lex: SpeechLexicon;
  /** Spans of direct quotes found so far: names inside a quote are not attributions. */
  quotes: Span[];
  /** Person and country mentions sorted by start, for binary search. */
  mentions: PersonMention[];
  countries: CountryMention[];
  /** The most recent attributed statement, for pronoun and bare-title references. */
  last: { person: number; end: number } | null;
}

/** How many mentions back a reference is looked for; keeps long inputs linear. */
const LOOKBACK = 400;

function insideQuote(st: SpeakerState, s: Span): boolean {
  return insideAny(st.quotes, s);
}

function mentionsIn(st: SpeakerState, start: number, end: number): PersonMention[] {
  return spansWithin(st.mentions, start, end).filter((m) => !insideQuote(st, m));
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

/** Country codes named inside a span, nearest to `at` first ("президент Азербайджана", "the Kazakh president"). */
function countriesNear(st: SpeakerState, start: number, end: number, at: number): string[] {
  return spansWithin(st.countries, start, end)
    .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))
    .map((c) => c.code);
}

/** The person of a role mentioned last before `pos`, outside quotes; the last speaker counts as a mention. */
function recentWithRole(
  st: SpeakerState,
  pos: number,
  fits: (i: number) => boolean,
): number | null {
  let best: number | null = null;
  let bestAt = -1;
  const mentions = st.mentions;
  for (
    let i = firstAtOrAfter(mentions, pos) - 1, seen = 0;
    i >= 0 && seen < LOOKBACK;
    i--, seen++
  ) {
    const m = mentions[i];
    if (!m || m.end > pos || insideQuote(st, m) || !fits(m.person) || isOblique(st, m)) continue;
    best = m.person;
    bestAt = m.start;
    break;
  }
  // "Глава государства отметил ... . Президент напомнил, что ...": a head-of-state title refers too.
  const home = homeHeadOfState(st.a);
  if (home !== null && fits(home)) {
    const from = Math.max(0, pos - 3000);
    const re = new RegExp(st.lex.title.source, st.lex.title.flags);
    for (const t of st.a.text.slice(from, pos).matchAll(re)) {
      const at = from + t.index;
      if (at <= bestAt || !t[1] || roleOfTitle(st.lex, t[1]) !== "head_of_state") continue;
      const end = at + t[0].length;
      if (insideQuote(st, { start: at, end })) continue;
      // "Лидер Азербайджана" names another state's head.
      if (spansWithin(st.countries, end, end + 40).some((c) => c.start - end <= 2)) continue;
      best = home;
      bestAt = at;
    }
  }
  if (st.last && fits(st.last.person) && st.last.end >= bestAt) best = st.last.person;
  return best;
}

/** The state named right before a position, only a space between: "Түркия| Президенті". */
function stateRightBefore(st: SpeakerState, at: number): string | null {
  const c = spansWithin(st.countries, Math.max(0, at - 60), at).at(-1);
  if (!c) return null;
  const gap = st.a.text.slice(c.end, at);
  // The state's own case ending ("Қазақстанның") may stay outside its span.
  return /^\p{L}{0,4}\s+$/u.test(gap) ? c.code : null;
}

/**
 * A Kazakh office read as someone else's: in "Түркия Президенті Қазақстанмен ..." the office
 * belongs to the state before it, whatever state follows.
 */
function foreignOffice(st: SpeakerState, m: PersonMention): boolean {
  if (st.a.lang !== "kk" || m.kind !== "descriptor") return false;
  const owner = stateRightBefore(st, m.start);
  const own = st.a.people[m.person]?.country;
  return owner !== null && own != null && owner !== own;
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
  const at = start + m.index;
  // Kazakh names the state before the office: "Түркия Президенті" (the title matched alone).
  const owner = a.lang === "kk" ? stateRightBefore(st, at) : null;
  const codes = owner ? [owner] : countriesNear(st, start, end, at);
  const fits = (i: number): boolean => a.people[i]?.role === personRole;
  for (const code of codes) {
    const idx = a.people.findIndex((p, i) => fits(i) && p.country === code);
    if (idx >= 0) return idx;
  }
  // The office of a named state whose holder the text never names is nobody found so far.
  if (owner) return null;
  // "Президенттің айтуынша" in Kazakh news: a president of no named state is the home state's.
  const homeCode = homeState(a);
  if (homeCode && codes.length === 0 && personRole === "president") {
    const own = a.people.findIndex((p, i) => fits(i) && p.country === homeCode);
    if (own >= 0) return own;
  }
  if (role === "head_of_state" && codes.length === 0) {
    const home = homeHeadOfState(a);
    if (home !== null) return home;
  }
  const recent = recentWithRole(st, pos, fits);
  if (recent !== null) return recent;
  // The only person of that role in the article, even if never mentioned before the words.
  const holders = a.people.map((_, i) => i).filter(fits);
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

/** A preposition before a mention makes it an object ("с президентом России", "with Putin"), not the speaker. */
const OBLIQUE =
  /(?:^|[\s(])(?:с|со|к|ко|у|от|для|при|по|о|об|перед|между|with|to|by|for|from|of|and|и|мен|пен|бен)\s+$/iu;

function isOblique(st: SpeakerState, m: PersonMention): boolean {
  return OBLIQUE.test(st.a.text.slice(Math.max(0, m.start - 12), m.start));
}

function sentenceOf(a: Analysis, pos: number): Span | null {
  const s = a.sentences[firstAtOrAfter(a.sentences, pos + 1) - 1];
  return s && s.start <= pos && pos < s.end ? s : null;
}

/** The last mention ending by `limit` outside quotes, looking back a bounded number of mentions. */
function lastMentionBefore(st: SpeakerState, limit: number): PersonMention | null {
  const mentions = st.mentions;
  for (
    let i = firstAtOrAfter(mentions, limit) - 1, seen = 0;
    i >= 0 && seen < LOOKBACK;
    i--, seen++
  ) {
    const m = mentions[i];
    if (m && m.end <= limit && !insideQuote(st, m)) return m;
  }
  return null;
}

/**
 * A pronoun means whoever was spoken of last: the subject of the latest earlier sentence that
 * names someone, unless a statement ended after that sentence began (then its speaker).
 */
function byPronoun(st: SpeakerState, pos: number): number | null {
  const own = sentenceOf(st.a, pos);
  const limit = own ? own.start : pos;
  const lastMention = lastMentionBefore(st, limit);
  const sentence = lastMention ? sentenceOf(st.a, lastMention.start) : null;
  if (st.last && (!sentence || st.last.end >= sentence.start)) return st.last.person;
  if (!lastMention) return null;
  const inSentence = sentence
    ? spansWithin(st.mentions, sentence.start, limit).filter((m) => !insideQuote(st, m))
    : [lastMention];
  const subject = inSentence.find((m) => m.kind !== "pronoun" && !isOblique(st, m));
  if (subject) return subject.person;
  // "During his talks with Putin, the Kazakh president noted ...": the title is the subject.
  const titled = sentence ? byTitle(st, sentence.start, sentence.end, sentence.end) : null;
  return titled ?? st.last?.person ?? inSentence[0]?.person ?? null;
}

/**
 * A known person's surname written in the span though no mention was recorded there
 * ("Tokayev said."): the first five letters of a capitalised word match the surname's.
 */
function bySurname(st: SpeakerState, start: number, end: number): number | null {
  const region = st.a.text.slice(start, end);
  for (const w of region.matchAll(/\p{Lu}[\p{L}-]{3,}/gu)) {
    const stem = w[0].slice(0, 5).toLowerCase();
    const idx = st.a.people.findIndex((p) => {
      const surname = p.name.split(/\s+/).at(-1) ?? "";
      return surname.length >= 4 && surname.slice(0, 5).toLowerCase() === stem;
    });
    if (idx >= 0) return idx;
  }
  return null;
}

/**
 * The speaker named in [start, end): a person mention that is not an object (the first one,
 * usually the subject), else a title, else a pronoun, else any mention. `pos` is where the
 * statement stands, for recency.
 */
export function resolveSpeaker(
  st: SpeakerState,
  start: number,
  end: number,
  pos: number,
): number | null {
  const mentions = mentionsIn(st, start, end).filter((m) => !foreignOffice(st, m));
  const named = mentions.filter((m) => m.kind !== "pronoun");
  const subject = named.find((m) => !isOblique(st, m));
  if (subject) return subject.person;
  const written = bySurname(st, start, end);
  if (written !== null) return written;
  const titled = byTitle(st, start, end, pos);
  if (titled !== null) return titled;
  const pronoun = mentions.find((m) => m.kind === "pronoun");
  if (pronoun || st.lex.pronoun.test(st.a.text.slice(start, end))) return byPronoun(st, pos);
  return named[0]?.person ?? null;
}
