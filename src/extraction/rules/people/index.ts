// Finds the people an article names, with their role and state, and every place it mentions them.
import type { Analysis, CountryMention, PersonMention } from "../../analysis.js";
import { groupPeople, type NameCandidate } from "../../resolve/people.js";
import { givenNameNominative, parses } from "../../text/morphology/index.js";
import { type PersonFact, STATE_OFFICES } from "../../types.js";
import { homeState } from "../home-state.js";
import type { RuleIdOf } from "../registry.js";
import { toCandidate } from "./candidate.js";
import {
  COORDINATION,
  countryAfterName,
  countryEndAfter,
  isAgency,
  NICKNAME_BEFORE,
  nameKin,
  PLACE_NOUN,
  promoteListed,
} from "./context.js";
import { fillCounterparts } from "./counterpart.js";
import { classify } from "./name-parts.js";
import { regnalName } from "./name-shapes.js";
import { RUN_RULES, runContext } from "./run-rules.js";
import { findRuns, mergeAfterCue, mergeNickname, type Run } from "./runs.js";
import {
  findDescriptors,
  findTitles,
  roleFor,
  type TitleLink,
  type TitleMatch,
  titleText,
} from "./titles.js";
import { isCapitalized } from "./words.js";

/**
 * The runs of name words of an article, after the titles and state names it holds were found:
 * words inside those are no part of a person's name.
 */
export function nameRuns(a: Analysis, titles: TitleMatch[], countries: CountryMention[]): Run[] {
  const tokens = a.tokens;
  // Tokens inside titles or state names cannot be parts of a person's name.
  const blocked = new Set<number>();
  for (const t of titles) for (let i = t.from; i < t.to; i++) blocked.add(i);
  let ci = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (ci < countries.length && (countries[ci]?.end ?? 0) <= t.start) ci++;
    const c = countries[ci];
    if (c && c.start <= t.start && c.end >= t.end && c.form === "name") {
      // A given name that is also a case form of a state ("Доминик" of Доминика) is a name
      // when a capitalised word follows it: "Доминик Рааб".
      const next = tokens[i + 1];
      const givenFirst =
        givenNameNominative(t.text) !== null &&
        next !== undefined &&
        a.text.slice(t.end, next.start) === " " &&
        isCapitalized(next.text);
      // A surname of the -ов/-ин shape that is also a case form of a state ("Ливанов" of
      // Ливан) is a surname right after a given name: "Дмитрий Ливанов".
      const prev = tokens[i - 1];
      const surnameAfterGiven =
        prev !== undefined &&
        a.text.slice(prev.end, t.start) === " " &&
        /^[А-ЯЁ][а-яё]+(?:ов|ев|ин)(?:а|у|ым|ом|е)?$/.test(t.text) &&
        classify(prev.text, a.lang)?.kind === "FIRST" &&
        classify(prev.text, a.lang)?.known === true;
      if (!givenFirst && !surnameAfterGiven) blocked.add(i);
    } else if (
      c &&
      c.start <= t.start &&
      c.end >= t.end &&
      a.lang === "en" &&
      !(i > 0 && classify(tokens[i - 1]?.text ?? "", a.lang)?.known === true)
    ) {
      // An English demonym or adjective of a state ("Uzbek President", "the French Ambassador")
      // is capitalised like a name but is none, unless it follows a given name ("Dawn French").
      blocked.add(i);
    }
    if (
      a.lang === "ru" &&
      i > 0 &&
      PLACE_NOUN.test(tokens[i - 1]?.text ?? "") &&
      a.text.slice(tokens[i - 1]?.end ?? 0, t.start) === " " &&
      parses(t.text).some(
        (p) => p.tag.Geox === true && (p as { parser?: string }).parser === "Dictionary",
      )
    ) {
      // "Республики Алтай Ралифа Сафина": the region's name is no part of the person's.
      blocked.add(i);
    }
  }
  // Where a name may follow a title: right after it, or after the state that follows it.
  const afterTitle = new Set<number>();
  for (const t of titles) {
    afterTitle.add(t.to);
    let k = t.to;
    while (k < tokens.length && blocked.has(k) && !titles.some((x) => x.from === k)) k++;
    afterTitle.add(k);
  }
  return mergeNickname(
    a,
    tokens,
    mergeAfterCue(a, tokens, findRuns(a, tokens, blocked, afterTitle)),
  );
}

/**
 * The home state of an official introduced by a bare office in news whose language tells its
 * state ("Мемлекет басшысы Қасым-Жомарт Тоқаев", "Премьер-министр Олжас Бектенов"), unless a
 * state is named shortly before the title in its sentence (a foreign official's).
 */
function homeOffice(
  a: Analysis,
  countries: CountryMention[],
  link: TitleLink,
  role: PersonFact["role"],
): string | null {
  const home = homeState(a);
  if (!home || link.countries.length > 0 || !role || !STATE_OFFICES.has(role)) return null;
  const from = link.title.start - 90;
  const near = countries.some(
    (c) =>
      c.end <= link.title.start &&
      c.start >= from &&
      !/[.!?\n]/u.test(a.text.slice(c.end, link.title.start)),
  );
  return near ? null : home;
}

export function findPeople(a: Analysis): { people: PersonFact[]; mentions: PersonMention[] } {
  const tokens = a.tokens;
  const titles = findTitles(tokens);
  const countries = [...a.countries].sort((x, y) => x.start - y.start);
  const runs = nameRuns(a, titles, countries);
  const candidates: NameCandidate[] = [];
  const partials: NameCandidate[] = [];
  /** Two or three unfamiliar name words with no evidence yet ("Кими Райкконена"). */
  const loose: NameCandidate[] = [];
  let chain: { link: TitleLink; index: number; end: number } | null = null;
  for (const run of runs) {
    const first = tokens[run.from];
    const last = tokens[run.to - 1];
    if (!first || !last) continue;
    const context = runContext(a, titles, countries, run, first, last);
    // Inside quotes a name is a title ("«Иван Грозный»"); a quote closing after a word
    // („Энергия“ Николай Севастьянов) is no opening one.
    if (/(?:^|[\s(])[«"“„]\s*$/.test(context.before)) continue;
    if (a.lang === "ru" && (NICKNAME_BEFORE.test(context.before) || isAgency(tokens, run)))
      continue;
    let chainIndex = 0;
    if (chain && COORDINATION.test(a.text.slice(chain.end, first.start))) {
      // Rule person.coordinated: "президенты Казахстана и Азербайджана Касым-Жомарт Токаев и Ильхам Алиев".
      chainIndex = chain.index + 1;
      const prior: TitleLink = chain.link;
      const countryAt: string | null = prior.countries[chainIndex] ?? null;
      context.link = { ...prior, country: prior.countries.length > 1 ? countryAt : null };
    }
    let { link } = context;
    const regnal = regnalName(a, run, first.start, last.end);
    if (regnal) {
      if (link) {
        regnal.role = roleFor(link);
        regnal.country = link.country;
        regnal.title = titleText(a, link.title);
      }
      candidates.push(regnal);
      chain = null;
      continue;
    }
    const found = RUN_RULES.find((r) => r.matches(context));
    if (!found) continue;
    const rule: RuleIdOf<"person"> = found.rule;
    if (found.yields !== "candidate") {
      // A lone surname or an unfamiliar pair is kept aside until a list or a full name vouches for it.
      const cand = toCandidate(a, tokens, run, rule);
      if (cand) (found.yields === "partial" ? partials : loose).push(cand);
      continue;
    }
    const cand = toCandidate(a, tokens, run, rule);
    if (!cand) continue;
    if (cand.givenOnly) {
      partials.push(cand);
      continue;
    }
    const ofCountry = a.lang === "en" ? countryAfterName(a, countries, last.end) : null;
    if (link && ofCountry && link.countries.length !== 1) link = { ...link, country: ofCountry };
    if (link && rule !== "person.named-after") {
      cand.role = roleFor(link);
      cand.country = link.country ?? homeOffice(a, countries, link, cand.role);
      cand.title = titleText(a, link.title);
      chain = {
        link,
        index: chainIndex,
        end: ofCountry ? (countryEndAfter(countries, last.end) ?? last.end) : last.end,
      };
    } else chain = null;
    candidates.push(cand);
  }
  if (a.lang === "ru") {
    promoteListed(a, candidates, partials, loose);
    nameKin(a, tokens, candidates, partials);
  }
  const descriptors = findDescriptors(a, tokens, titles, countries, runs);
  const found = groupPeople(candidates, partials, descriptors);
  fillCounterparts(a, countries, found.people, found.mentions);
  return found;
}
