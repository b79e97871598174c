// Title phrases (roles from the lexicons) and how a title before a name gives its role and state.
import type { Analysis, CountryMention } from "../../analysis.js";
import { loadTagged } from "../../lexicons/load.js";
import { TITLE_GAP_USES } from "../../lexicons/schemas.js";
import {
  entryKey,
  GIVEN_NAMES,
  givenNameNominative,
  hasKazakhCase,
  isKazakhWord,
  kazakhNameBase,
  lowerKey,
  matchCase,
  parses,
} from "../../text/morphology/index.js";
import { lastIndexEndingBy, spansWithin } from "../../text/spans.js";
import { type Token, tokenize } from "../../text/tokens.js";
import { PERSON_ROLES, type PersonRole } from "../../types.js";
import type { Run } from "./runs.js";
import { isCapitalized, LANGS, type Lang, textKeys } from "./words.js";

interface RoleEntry {
  role: PersonRole;
  keys: string[];
  /** The title as the lexicon writes it, singular nominative: "глава правительства". */
  phrase: string;
}

export interface TitleMatch {
  role: PersonRole;
  /** Singular nominative from the lexicon: "Президенты" and "Президенті" → "президент". */
  phrase: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Roles by the key of their first word; longest title wins. */
const ROLES = (() => {
  const byFirst = new Map<string, RoleEntry[]>();
  for (const lang of LANGS) {
    for (const e of loadTagged(lang, "person-roles", {
      values: PERSON_ROLES,
      layout: "value-first",
    })) {
      const keys = tokenize(e.words).map((t) => entryKey(t.text, lang));
      const first = keys[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ role: e.value, keys, phrase: e.words });
      byFirst.set(first, list);
    }
  }
  return byFirst;
})();

/**
 * Rule person.title: titles from the role lexicons, longest match at each position.
 * Example: "премьер-министром Республики Казахстан" → prime_minister at "премьер-министром".
 */
export function findTitles(tokens: Token[]): TitleMatch[] {
  const out: TitleMatch[] = [];
  const keys = tokens.map((t) => textKeys(t.text));
  for (let i = 0; i < tokens.length; i++) {
    let best: RoleEntry | undefined;
    for (const k of keys[i] ?? []) {
      for (const e of ROLES.get(k) ?? []) {
        if (best && best.keys.length >= e.keys.length) continue;
        let ok = true;
        for (let j = 1; j < e.keys.length && ok; j++) {
          ok = keys[i + j]?.has(e.keys[j] ?? "") ?? false;
        }
        if (ok) best = e;
      }
    }
    // A given name that is also a case form of a title ("Мэри" of "мэр") is a name when a
    // capitalised word follows it: "Мэри Кобб".
    const word = tokens[i]?.text ?? "";
    const next = tokens[i + 1]?.text ?? "";
    if (best?.keys.length === 1 && GIVEN_NAMES.has(lowerKey(word)) && isCapitalized(next))
      best = undefined;
    if (best) {
      const last = tokens[i + best.keys.length - 1];
      const first = tokens[i];
      if (first && last) {
        out.push({
          role: best.role,
          phrase: best.phrase,
          from: i,
          to: i + best.keys.length,
          start: first.start,
          end: last.end,
        });
      }
      i += best.keys.length - 1;
    }
  }
  return out;
}

export interface TitleLink {
  title: TitleMatch;
  country: string | null;
  /** Every state named between title and name: "Президенты Казахстана и Азербайджана". */
  countries: string[];
  /** Gap holds words other than the state's name ("президент Национальной академии наук"). */
  organisation: boolean;
}

/**
 * A person's title in the singular nominative, as the lexicon writes it, capitalised as in the
 * text: "Президенты" → "Президент", "Президенті" → "Президент", "главы правительств" →
 * "глава правительства", "Presidents" → "President".
 */
export function titleText(a: Analysis, t: TitleMatch): string {
  const written = a.text.slice(t.start, t.end).split(/\s+/);
  const phrase = t.phrase.split(/\s+/);
  if (written.length !== phrase.length) return a.text.slice(t.start, t.end);
  return phrase
    .map((w, i) => {
      const model = written[i] ?? w;
      // Abbreviations keep their capitals: "глава МИД".
      if (model.length > 1 && model === model.toUpperCase()) return model;
      return matchCase(w, model);
    })
    .join(" ");
}

/**
 * Rule person.title-link: the nearest title before a name within the sentence, with the state
 * named between them or just before the title.
 * Example: "министр иностранных дел России Сергей Лавров" → minister, RU;
 * "Қазақстан Президенті Қасым-Жомарт Тоқаев" → president, KZ.
 */
export function linkTitle(
  a: Analysis,
  tokens: Token[],
  titles: TitleMatch[],
  countries: CountryMention[],
  runStart: number,
  sentenceStart: number,
): TitleLink | null {
  const k = lastIndexEndingBy(titles, runStart);
  let title = titles[k];
  if (!title || title.start < sentenceStart) return null;
  const gap = a.text.slice(title.end, runStart);
  if (gap.length > 90 || /[.,;:!?()\n«»"“”„]/.test(gap)) return null;
  const titleWord = tokens[title.to - 1]?.text ?? "";
  if (a.lang === "kk" && (gap.trim() !== "" || /(?:ның|нің|тың|тің|дың|дің)$/i.test(titleWord))) {
    // Kazakh puts the title right before the name; a genitive title ("Президентінің") governs a noun.
    return null;
  }
  // "пресс-секретарь российского президента Дмитрий Песков": the first title is the person's,
  // the second its complement.
  const nearest = title;
  const head = titles[k - 1];
  if (head && head.start >= sentenceStart && isComplement(a, tokens, head, nearest)) title = head;
  const inGap = spansWithin(countries, title.end, runStart);
  let organisation = false;
  for (let i = nearest.to; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start >= runStart) break;
    if (inGap.some((c) => c.start <= t.start && c.end >= t.end)) continue;
    const next = tokens[i + 1];
    // Another person named between: "с участием президента Касым-Жомарта Токаева Олжаса Бектенова".
    if (next && next.start < runStart && givenNameNominative(t.text) && isCapitalized(next.text))
      return null;
    // "новым премьер-министром Казахстана стал Олжас Бектенов": the name holds the title.
    if (COPULAS.has(t.text.toLowerCase()) && (!next || next.start >= runStart)) continue;
    if (!isGapWord(t.text, a.lang)) return null;
    if (!GAP_PREPOSITIONS.has(t.text.toLowerCase())) organisation = true;
  }
  let country = inGap[0]?.code ?? null;
  let listed = inGap.map((c) => c.code);
  if (!country) {
    // Country before the title: "Қазақстан Президенті", "Russian President"; several before a
    // plural title: "Russian and Kazakh presidents".
    listed = countriesBefore(a, countries, title.start);
    country = listed.at(-1) ?? null;
  }
  return { title, country, countries: listed, organisation };
}

/**
 * Rule person.kazakh-title-subject: a title with no state opening a Kazakh sentence is its
 * subject when the name after it takes an object's case ending: "Мемлекет басшысы Шавкат
 * Мирзиёевпен кездесті" is the head of state meeting Mirziyoyev, not Mirziyoyev's title. A name
 * in the genitive stays in apposition ("Президент Тоқаевтың сапары").
 */
export function titleIsSubject(
  a: Analysis,
  link: TitleLink,
  lastWord: string,
  sentenceStart: number,
): boolean {
  if (link.country || link.countries.length > 0) return false;
  if (a.text.slice(sentenceStart, link.title.start).trim() !== "") return false;
  return isKazakhObject(lastWord);
}

/** A name's last word with a Kazakh case ending other than the genitive: "Мирзиёевпен", "Әлиевті". */
export function isKazakhObject(lastWord: string): boolean {
  return kazakhNameBase(lastWord) !== lastWord && !hasKazakhCase(lastWord, "genitive");
}

/** States named right before a position, joined by "и"/"and"/"мен": "Russian and Kazakh" → [RU, KZ]. */
function countriesBefore(a: Analysis, countries: CountryMention[], pos: number): string[] {
  const out: string[] = [];
  let at = pos;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i];
    if (!c || c.end > at) continue;
    const between = a.text.slice(c.end, at);
    const joined =
      out.length === 0
        ? /^\s{0,2}$/.test(between)
        : /^\s*(?:,|и|and|мен|пен|бен|және)?\s*$/i.test(between);
    if (!joined) break;
    out.unshift(c.code);
    at = c.start;
  }
  return out;
}

/** Whether `second` directly complements `first`: "пресс-секретарь президента", "помощник министра". */
function isComplement(
  a: Analysis,
  tokens: Token[],
  first: TitleMatch,
  second: TitleMatch,
): boolean {
  const between = a.text.slice(first.end, second.start);
  if (!/^\s+(?:[а-яё]+\s+)?$/.test(between)) return false;
  const word = tokens[second.from]?.text ?? "";
  if (a.lang !== "ru") return /(?:ның|нің|тың|тің|дың|дің)$/i.test(word);
  const ps = parses(word);
  return ps.some((p) => p.tag.CAse === "gent") && !ps.some((p) => p.tag.CAse === "nomn");
}

const GAP_WORDS = (["ru", "en"] as const).flatMap((l) =>
  loadTagged(l, "title-gap-words", { values: TITLE_GAP_USES, layout: "value-first" }),
);
/** Words that may stand between a title and the state in it: "Посол Казахстана в России". */
const GAP_PREPOSITIONS = new Set(
  GAP_WORDS.filter((w) => w.value === "preposition").map((w) => w.words),
);
/** Verbs right before a name that make it the title's holder: "стал", "назначен". */
const COPULAS = new Set(GAP_WORDS.filter((w) => w.value === "copula").map((w) => w.words));
/** Lower-case English words inside a title's complement: "Minister for Foreign Affairs and Trade". */
const EN_GAP_WORDS = new Set(GAP_WORDS.filter((w) => w.value === "complement").map((w) => w.words));

/**
 * Whether a word can be part of a title's complement: a preposition, an abbreviation ("МИД"),
 * or a genitive noun phrase ("иностранных дел", "Национальной академии наук"); a verb ends it.
 */
export function isGapWord(word: string, lang: Lang): boolean {
  if (GAP_PREPOSITIONS.has(word.toLowerCase())) return true;
  if (word.length > 1 && word === word.toUpperCase()) return true;
  // English writes the title's complement in capitals ("Minister for Foreign Affairs"); a
  // lower-case word other than a preposition is a verb or a clause ("President met the ...").
  if (lang === "en" && /^[a-z]/.test(word)) return EN_GAP_WORDS.has(word);
  if (lang !== "ru" || isKazakhWord(word) || /^[A-Za-z]/.test(word)) return true;
  return parses(word).some(
    (p) =>
      (p.tag.POS === "NOUN" || p.tag.POS === "ADJF" || p.tag.POS === "PRTF") &&
      p.tag.CAse === "gent",
  );
}

export function roleFor(link: TitleLink): PersonRole {
  const role = link.title.role;
  if (role === "president" && link.organisation) return "head_of_organization";
  // "Председатель КНР", "Глава Казахстана": the head of an organisation that is a state.
  if (role === "head_of_organization" && link.country && !link.organisation) return "president";
  return role;
}

function isPluralTitle(word: string, lang: Lang): boolean {
  if (lang === "kk" || isKazakhWord(word))
    return /(?:тер|лер|дар|дер|тар|лар)(?:і|ы|ін|ың|іне|ына)?$/i.test(word);
  const ps = parses(word);
  return ps.length > 0 && ps.every((p) => p.tag.NMbr === "plur");
}

/**
 * Rule person.descriptor: a state title with no name after it refers to a named holder of it.
 * Example: "Лидер Азербайджана отметил" → the article's president of AZ.
 */
export function findDescriptors(
  a: Analysis,
  tokens: Token[],
  titles: TitleMatch[],
  countries: CountryMention[],
  runs: Run[],
): Array<{ start: number; end: number; role: PersonRole; country: string }> {
  const out: Array<{ start: number; end: number; role: PersonRole; country: string }> = [];
  const runStarts = new Set(runs.map((r) => tokens[r.from]?.start ?? -1));
  for (const t of titles) {
    const near = spansWithin(countries, Math.max(0, t.start - 40), t.end + 80);
    // Kazakh names the state before the title ("Түркия Президенті"); a state right after it
    // is another phrase's ("Түркия Президенті Қазақстанмен ..." = with Kazakhstan).
    const after =
      a.lang === "kk"
        ? undefined
        : near.find((c) => c.start >= t.end && c.start - t.end <= 1 && c.form === "name");
    const before = near.find((c) => c.end <= t.start && t.start - c.end <= 1);
    const c = after ?? before;
    if (!c) continue;
    const end = after ? after.end : t.end;
    // A name right after the state ("Президент Азербайджана Ильхам Алиев") makes it a title, not a descriptor.
    let k = end;
    while (k < a.text.length && (a.text[k] === " " || a.text[k] === "\u00a0")) k++;
    if (runStarts.has(k)) continue;
    // "Президенты Казахстана и Таджикистана" names two people, not one.
    const head = tokens[t.from]?.text ?? "";
    if (isPluralTitle(head, a.lang)) continue;
    const role = t.role === "head_of_organization" ? "president" : t.role;
    out.push({
      start: Math.min(t.start, c.start),
      end: Math.max(end, t.end),
      role,
      country: c.code,
    });
  }
  return out;
}
