// Person-context cues: text around a run that says it names a person, and lists and kin.
import type { Analysis, CountryMention } from "../../analysis.js";
import type { NameCandidate } from "../../resolve/people.js";
import {
  entryKey,
  feminineSurname,
  LISTED_SHAPE,
  parseNameWord,
  parses,
  SURNAME_SHAPE,
} from "../../text/morphology/index.js";
import { inSpan, sentenceStartOf, spansWithin } from "../../text/spans.js";
import type { Token } from "../../text/tokens.js";
import { surnameFromCommonWord } from "./name-parts.js";
import { looseName, titledNameShape } from "./name-shapes.js";
import type { Run } from "./runs.js";
import { isGapWord } from "./titles.js";
import {
  AGENCY_KEYS,
  CITY_KEYS,
  CUE_KEYS,
  isCapitalized,
  isSpeechVerb,
  KIN_KEYS,
  LATIN,
  MONARCH_KEYS,
  textKeys,
} from "./words.js";

/**
 * Rule person.kin: a given name alone right after a noun for a family member takes the family
 * name of the person named before it in the sentence: "Барак Обама с женой Мишель" → "Мишель
 * Обама", "Сергей Петров с дочерью Анной" → "Анна Петрова".
 */
export function nameKin(
  a: Analysis,
  tokens: Token[],
  candidates: NameCandidate[],
  partials: NameCandidate[],
): void {
  const starts = new Map(tokens.map((t, i) => [t.start, i]));
  for (const p of partials) {
    if (!p.givenOnly) continue;
    const at = starts.get(p.start);
    const kin = at === undefined ? undefined : tokens[at - 1];
    if (!kin || a.text.slice(kin.end, p.start) !== " ") continue;
    if (![...textKeys(kin.text)].some((k) => KIN_KEYS.has(k))) continue;
    // The relative is named close by, with no list or clause between: "Обама с женой Мишель".
    const family = candidates.find(
      (c) =>
        c.hasGiven &&
        !c.familyFirst &&
        c.end <= kin.start &&
        kin.start - c.end <= 25 &&
        !/[,;:.!?—–()]/.test(a.text.slice(c.end, kin.start)),
    );
    if (!family) continue;
    const given = p.surname;
    const feminine = parseNameWord(given).gender === "femn" || /[ая]$/.test(given);
    candidates.push({
      ...p,
      given,
      surname: feminine ? feminineSurname(family.surname) : family.surname,
      initial: given[0] ?? null,
      hasGiven: true,
      givenOnly: false,
      rule: "person.kin",
    });
  }
}

/**
 * Rule person.agency: a news agency named like a person is a source, not a speaker: "сообщает
 * Рейтер", "передаёт Франс Пресс".
 */
export function isAgency(tokens: Token[], run: Run): boolean {
  const first = tokens[run.from]?.text ?? "";
  if ([...textKeys(first)].some((k) => AGENCY_KEYS.has(k))) return true;
  // The run may hold only the first word of a longer name ("Ассошиэйтед" of "Ассошиэйтед Пресс").
  for (let n = 2; n <= 3; n++) {
    const words = tokens.slice(run.from, run.from + n);
    if (AGENCY_KEYS.has(words.map((t) => entryKey(t.text, "ru")).join(" "))) return true;
  }
  return false;
}

/** A name given as a nickname or an alias of someone named before: "по прозвищу Фрэнки Бой". */
export const NICKNAME_BEFORE =
  /(?:по прозвищу|по кличке|под псевдонимом|известн[а-я]* как)\s*[«"“(]?$/i;

/**
 * Nouns for a region or a state whose name follows them: "Республики Алтай", "штата Джорджия";
 * that name is a place even when it is also a given name.
 */
export const PLACE_NOUN =
  /^(?:республик[аиуеой]{0,2}|област[ьиюей]{1,2}|кра[йяюе]|штат[ауое]?|провинци[яиюей]{1,2})$/i;

/** English names the state after the person: "Vladimir Putin of Russia". */
export function countryAfterName(
  a: Analysis,
  countries: CountryMention[],
  end: number,
): string | null {
  const m = /^\s+of\s+(?:the\s+)?/.exec(a.text.slice(end, end + 12));
  if (!m) return null;
  const at = end + m[0].length;
  return spansWithin(countries, at, at + 60).find((c) => c.start === at)?.code ?? null;
}

/** End of the state named in "of Russia" right after a name. */
export function countryEndAfter(countries: CountryMention[], end: number): number | null {
  return spansWithin(countries, end, end + 40)[0]?.end ?? null;
}

/** What joins coordinated names: "Токаев и Алиев", "Тоқаев пен Әлиев", "Tokayev and Aliyev". */
export const COORDINATION = /^\s*(?:,|и|а также|пен|мен|бен|және|and|,\s*and)\s*$/i;

/** Text that introduces a person honoured by a name: "улица имени Гейдара Алиева", "им. Абая". */
export const NAMED_AFTER_BEFORE = /(?:имени|им\.|named after)(?:\s+[а-яёa-z-]+){0,3}\s*$/i;
/** Kazakh puts it after the name: "Құрманғазы атындағы". */
export const NAMED_AFTER_AFTER = /^\s*атында/i;

/**
 * The case of a lower-case noun right before a name, when all its noun readings agree:
 * "целителю" → datv. Null for anything else.
 */
export function headCase(word: string): string | null {
  if (!/^[а-яё]+$/.test(word)) return null;
  const cases = new Set(
    parses(word)
      .filter((p) => p.tag.POS === "NOUN")
      .map((p) => p.tag.CAse),
  );
  return cases.size === 1 ? ([...cases][0] ?? null) : null;
}

/** Text right before a name that says it is a speaker: "по словам Гагарина", "как отметил Буш". */
const SPEAKER_BEFORE = /(?:по словам|по мнению|по данным|как (?:\S+\s+)?[а-яё]+л[аи]?)\s+$/i;

/**
 * Rule person.context: a name that is no full name by itself is a person when the text says so:
 * a noun for a person before it ("футболист Месси", "писатель Гэбриэль Гиффордс") or a speech verb
 * beside it ("заявил Буш", "Лукашенко отметил", "по словам Гагарина"). A lone word beside a speech
 * verb must be a known surname or have a surname's shape, since agencies speak too.
 */
export function personContext(
  a: Analysis,
  tokens: Token[],
  run: Run,
  sentenceStart: number,
): boolean {
  if (run.toks.length > 3) return false;
  const first = tokens[run.from];
  const last = tokens[run.to - 1];
  if (!first || !last) return false;
  extendByNextWord(a, tokens, run);
  const gap = cueBefore(a, tokens, run.from, sentenceStart);
  // A name stands in the case of the noun it names; a genitive after a noun in another case is
  // its complement: "прокурором Манхэттена", not "прокурором Иваном".
  const cueCase = gap === 0 ? headCase(tokens[run.from - 1]?.text ?? "") : null;
  if (
    run.toks.length === 1 &&
    (cueCase === "ablt" || cueCase === "datv") &&
    /[бвгджзклмнпрстфхцчшщ][ая]$/.test(first.text)
  )
    return false;
  // After an age a lone word with a vowel ending may be a surname in any case ("69-летнего
  // Гарсию"), which no rule can undo; one ending in a consonant is as written ("40-летнюю Гиффордс").
  if (
    gap === 0 &&
    run.toks.length === 1 &&
    AGE.test(tokens[run.from - 1]?.text ?? "") &&
    /[аяуюеиыоэ]$|[ое]м$/.test(first.text)
  )
    return false;
  // "капитан клуба Тоттенхэм": a lone word after a noun between is that noun's name.
  if (gap === 0 || (gap > 0 && run.toks.length > 1)) return titledNameShape(run, tokens, a.lang);
  if (a.lang !== "ru") return false;
  if (knownSurnameInRunningText(a, run, first, sentenceStart)) return true;
  const next = tokens[run.to];
  const prev = tokens[run.from - 1];
  const speech =
    (next && /^[ \u00a0]+$/.test(a.text.slice(last.end, next.start)) && isSpeechVerb(next.text)) ||
    (prev &&
      prev.start >= sentenceStart &&
      /^[ \u00a0]+$/.test(a.text.slice(prev.end, first.start)) &&
      isSpeechVerb(prev.text)) ||
    SPEAKER_BEFORE.test(a.text.slice(Math.max(sentenceStart, first.start - 40), first.start));
  if (!speech) return false;
  if (run.toks.some((_, i) => LATIN.test(tokens[run.from + i]?.text ?? ""))) return false;
  if (run.toks.length > 1) return titledNameShape(run, tokens, a.lang);
  const t = run.toks[0];
  const text = first.text;
  if (!t || (t.kind !== "LAST" && t.kind !== "UNKNOWN")) return false;
  return SURNAME_SHAPE.test(text) || parses(text).some((p) => p.tag.Surn === true);
}

/**
 * Rule person.monarch: a monarch goes by a given name, or a name of one word, right after the
 * title: "принц Чарльз", "королевы Елизаветы", "императора Нарухито".
 */
export function monarchName(a: Analysis, tokens: Token[], run: Run): boolean {
  if (a.lang !== "ru" || run.toks.length !== 1) return false;
  const prev = tokens[run.from - 1];
  const t = tokens[run.from];
  const tok = run.toks[0];
  if (!prev || !t || !tok || a.text.slice(prev.end, t.start) !== " ") return false;
  if (![...textKeys(prev.text)].some((k) => MONARCH_KEYS.has(k))) return false;
  // "Госпиталь принцессы Марины": after a capitalised noun the royal names a building or a prize.
  const before = tokens[run.from - 2];
  if (before && isCapitalized(before.text) && a.text.slice(before.end, prev.start) === " ")
    return false;
  return tok.kind === "FIRST" ? tok.known : titledNameShape(run, tokens, a.lang);
}

/**
 * A lone capitalised word inside a sentence that the dictionary reads first as a surname is a
 * person even with no given name: "когда Буш победил Гора", "полёт Гагарина", "Лукашенко и его
 * служащим". At the start of a sentence capitals prove nothing, so such a word stays out there.
 */
function knownSurnameInRunningText(
  a: Analysis,
  run: Run,
  first: Token,
  sentenceStart: number,
): boolean {
  if (run.toks.length !== 1) return false;
  if (first.start === sentenceStart) return surnameOpeningSentence(a, first);
  // Adjective-shaped surnames alone are as often streets, theatres or prizes ("Достоевского").
  if (/(?:ский|ского|скому|ским|ском|цкий|цкого|ская|ской)$/.test(first.text)) return false;
  if (/[«"“„(]\s*$/.test(a.text.slice(Math.max(0, first.start - 2), first.start))) return false;
  const ps = parses(first.text);
  const top = ps[0];
  const surn = ps.find(
    (p) =>
      p.tag.Surn === true &&
      p.tag.NMbr !== "plur" &&
      (p as { parser?: string }).parser === "Dictionary",
  );
  // Adjective-like words ("Московский", "Достоевского") and places ("Грозном") read as
  // surnames too often to be taken alone.
  if (ps.some((p) => p.tag.POS === "ADJF" || p.tag.Geox === true || p.tag.Orgn === true))
    return false;
  return top !== undefined && surn !== undefined && surn.score >= top.score * 0.9;
}

/** An age adjective: "65-летний", "72-летнего", "26-летнюю". */
const AGE = /^\d{1,3}-летн(?:ий|его|ему|им|ем|яя|ей|юю|ая)$/;

/**
 * At the start of a sentence a lone word is a surname only when the dictionary knows it as
 * nothing else and a lower-case word follows: "Путин также подпишет договоры", not "Роман
 * вышел" or "Орлов Сергей".
 */
function surnameOpeningSentence(a: Analysis, first: Token): boolean {
  if (!/^[ \u00a0]+[а-яё]/.test(a.text.slice(first.end, first.end + 3))) return false;
  const ps = parses(first.text).filter((p) => p.score >= 0.05);
  return (
    ps.length > 0 &&
    ps.every((p) => p.tag.Surn === true && (p as { parser?: string }).parser === "Dictionary")
  );
}

/**
 * How many words stand between a noun for a person and token `from` ("полузащитник сборной
 * Германии Михаэль Баллак" → 2), or -1 when there is no such noun.
 */
function cueBefore(a: Analysis, tokens: Token[], from: number, sentenceStart: number): number {
  for (let i = from - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i];
    const after = tokens[i + 1];
    if (!t || !after || t.start < sentenceStart) return -1;
    if (/[.,;:!?()«»"“”„\n]/.test(a.text.slice(t.end, after.start))) return -1;
    for (const k of textKeys(t.text)) if (CUE_KEYS.has(k)) return n;
    // An age is said of people: "65-летний Джон Доу", "29-летнего Брендта Кристенсена".
    if (AGE.test(t.text)) return n;
    const country = inSpan(a.countries, t);
    // An abbreviation names the cue's organisation: "экономист ФАО Абдолреза Аббассиан".
    const abbreviation = t.text.length > 1 && t.text === t.text.toUpperCase();
    if (!country && !abbreviation && (!isGapWord(t.text, a.lang) || /^[А-ЯЁA-Z]/.test(t.text)))
      return -1;
  }
  return -1;
}

/**
 * A lone unknown word followed by a capitalised word the dictionary knows ("Бессель Кок",
 * "Ледли Кинг") takes it as the surname when the context says a person is named.
 */
function extendByNextWord(a: Analysis, tokens: Token[], run: Run): void {
  const only = run.toks[0];
  const cur = tokens[run.from];
  const next = tokens[run.to];
  if (run.toks.length !== 1 || !only || only.kind === "LAST" || !cur || !next) return;
  if (a.text.slice(cur.end, next.start) !== " " || !/^[А-ЯЁ][а-яё]+$/.test(next.text)) return;
  if (inSpan(a.countries, next)) return;
  for (const k of textKeys(next.text)) if (CITY_KEYS.has(k)) return;
  const sur = surnameFromCommonWord(next.text, false) ?? {
    kind: "LAST" as const,
    known: false,
    nominative: next.text,
  };
  run.toks.push(sur);
  run.to++;
}

/** A noun for a person or an age right before token `from`, or with an abbreviation between. */
export function cueRightBefore(a: Analysis, tokens: Token[], from: number): boolean {
  const start = tokens[from]?.start ?? 0;
  const gap = cueBefore(a, tokens, from, sentenceStartOf(a, start));
  const prev = tokens[from - 1]?.text ?? "";
  return gap === 0 || (gap === 1 && prev.length > 1 && prev === prev.toUpperCase());
}

/**
 * Rule person.country-bracket: two or three name words followed by a state in brackets name a
 * person, as lists of athletes and officials do: "Маркус Вебер (Германия)".
 */
export function countryInBrackets(a: Analysis, tokens: Token[], run: Run): boolean {
  if (a.lang !== "ru" || run.toks.length < 2 || run.toks.length > 3) return false;
  if (!looseName(tokens, run)) return false;
  const last = tokens[run.to - 1];
  if (!last) return false;
  const open = /^ ?\(/.exec(a.text.slice(last.end, last.end + 2));
  if (!open) return false;
  const at = last.end + open[0].length;
  const c = spansWithin(a.countries, at, at + 40)[0];
  return c !== undefined && c.start === at && /^\s*[),]/.test(a.text.slice(c.end, c.end + 2));
}

/** What joins names in a list: "Иванов, Петров", "Сидоров (Иванов)", "Петров и Сидоров", "Уорд — Набоков". */
const LIST_JOIN = /^\s*(?:,|\(|\)\s*,?|и|—|–)\s*$/;

/**
 * Rule person.listed: a lone surname listed beside a person is a person too, as in line-ups and
 * rolls: "Сёмин (Овечкин, Фёдоров)", "Ковальчук (Прошкин, Радулов)". Moves such partial names
 * to the candidates, one list neighbour at a time.
 */
export function promoteListed(
  a: Analysis,
  candidates: NameCandidate[],
  partials: NameCandidate[],
  loose: NameCandidate[],
): void {
  const accepted = [...candidates];
  // Unfamiliar two-word names coordinated with a full name: "Кими Райкконена и Марка Уэббера".
  for (const p of loose) {
    // A bracketed aside may follow a name in the list: "Алан Гарсия (1985—1990), Ольянта Умала".
    const coordinated = (gap: string, c: NameCandidate) =>
      c.hasGiven && /^\s*(?:\([^()]{0,40}\))?\s*(?:,|и)\s*$/.test(gap) && gap.length <= 50;
    const listed = candidates.some(
      (c) =>
        (c.end <= p.start && coordinated(a.text.slice(c.end, p.start), c)) ||
        (p.end <= c.start && coordinated(a.text.slice(p.end, c.start), c)),
    );
    if (listed) candidates.push(p);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < partials.length; i++) {
      const p = partials[i];
      if (p?.rule !== "person.surname" || !LISTED_SHAPE.test(p.surface)) continue;
      // A surname in brackets after a full name is that person's other name ("Екатерина Аталык
      // (Половникова)"), not another person.
      const joined = (gap: string, c: NameCandidate) =>
        gap.length <= 4 && LIST_JOIN.test(gap) && !(c.hasGiven && gap.includes("("));
      const listed = accepted.some(
        (c) =>
          (c.end <= p.start && joined(a.text.slice(c.end, p.start), c)) ||
          (p.end <= c.start && joined(a.text.slice(p.end, c.start), c)),
      );
      if (!listed) continue;
      const promoted: NameCandidate = { ...p, rule: "person.listed" };
      candidates.push(promoted);
      accepted.push(promoted);
      partials.splice(i, 1);
      i--;
      changed = true;
    }
  }
}
