// Name shapes: the sequences of name parts a person's name is written in, and the runs that make one.
import type { Analysis } from "../../analysis.js";
import type { NameCandidate } from "../../resolve/people.js";
import {
  isKazakhWord,
  KAZAKH_COMMON_ENDING,
  kazakhNameBase,
  parses,
  patronymicNominative,
  RUSSIAN_PATRONYMIC,
  SURNAME_SHAPE,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import type { RuleIdOf } from "../registry.js";
import type { NamePartId, NameTok } from "./name-parts.js";
import type { Run } from "./runs.js";
import { EAST_ASIAN, isFamilyParticle, LATIN, type Lang } from "./words.js";

/** A regnal number after a name: "Елизавета II", "Иоанн Павел II", "Людовик XIV". */
const REGNAL = /^[ \u00a0]+(X{0,2}(?:IX|IV|V?I{0,3}))(?![A-Za-z0-9])/;

/**
 * Rule person.regnal: given names followed by a regnal number name a monarch or a pope, named
 * by the number in place of a surname.
 * Example: "королева Елизавета II" → "Елизавета II"; "Иоанна Павла II" → "Иоанн Павел II".
 */
export function regnalName(
  a: Analysis,
  run: Run,
  start: number,
  end: number,
): NameCandidate | null {
  if (!run.toks.every((t) => t.kind === "FIRST") || !run.toks.some((t) => t.known)) return null;
  const m = REGNAL.exec(a.text.slice(end, end + 8));
  const number = m?.[1];
  if (!m || !number) return null;
  const given = run.toks.map((t) => t.nominative).join(" ");
  const to = end + m[0].length;
  return {
    start,
    end: to,
    surface: a.text.slice(start, to),
    given,
    surname: number,
    initial: given[0] ?? null,
    hasGiven: true,
    role: null,
    country: null,
    title: null,
    historical: false,
    givenOnly: false,
    rule: "person.regnal",
  };
}

/**
 * Rule person.east-asian: an East Asian family name followed by one or two short syllables that
 * are no known Russian words: "Ким Чен Ын", "Пан Ги Мун", "Ван Цзюнь", "Ли Со Ён", "Фам Минь Тинь".
 */
export function isEastAsianRun(run: Run, tokens: Token[]): boolean {
  if (run.toks.length < 2 || run.toks.length > 3) return false;
  if (!EAST_ASIAN.has(tokens[run.from]?.text ?? "")) return false;
  for (let i = 1; i < run.toks.length; i++) {
    const text = tokens[run.from + i]?.text ?? "";
    const t = run.toks[i];
    if (!t || !/^[А-ЯЁ][а-яё]{0,8}$/.test(text) || t.kind === "PATRONYMIC") return false;
    if (SURNAME_SHAPE.test(text) && text.length > 4) return false;
    // "Ким Ирина" is a Russian name in the family-first order; a short syllable that is also a
    // given name elsewhere ("Минь" of "Фам Минь Тинь") belongs to a three-part East Asian name.
    const shortSyllable = run.toks.length === 3 && text.length <= 4;
    if (t.kind === "FIRST" && t.known && !EAST_ASIAN.has(text) && !shortSyllable) return false;
  }
  return true;
}

/**
 * Rule person.title-object: after a title, a lone word that is no name names what the title
 * governs, not its holder: "глава Рособрнадзора", "представитель Microsoft", "Мемлекет басшысы
 * Ақордада"; an unknown word may still be a foreign surname ("Президент ФИФА Блаттер").
 */
export function titledNameShape(run: Run, tokens: Token[], lang: Lang): boolean {
  const latin = run.toks.some((_, i) => LATIN.test(tokens[run.from + i]?.text ?? ""));
  // A Latin surname shape ("Michelin") is weak evidence inside Cyrillic text: a given name is needed.
  if (latin && lang !== "en") return run.toks.some((t) => t.kind === "FIRST" && t.known);
  // Two or three Cyrillic words after a title are a foreign name ("Сэйдзи Маэхара").
  if (run.toks.length > 1) return true;
  const t = run.toks[0];
  const text = tokens[run.from]?.text ?? "";
  if (!t) return false;
  if (t.kind === "FIRST") return t.known;
  if (lang === "kk" || isKazakhWord(text)) {
    if (SURNAME_SHAPE.test(text)) return true;
    return kazakhNameBase(text) === text && !KAZAKH_COMMON_ENDING.test(text);
  }
  const ps = parses(text);
  const top = ps[0];
  const name = ps.find((p) => p.tag.Surn === true || p.tag.Name === true);
  // An adjective after a title belongs to it ("герцогиня Корнуольская", "принц Уэльский"),
  // unless a name reading is as likely.
  if (top?.tag.POS === "ADJF" && (!name || name.score < top.score)) return false;
  if (name) return true;
  const wellKnownWord =
    top !== undefined && (top as { parser?: string }).parser === "Dictionary" && top.score >= 0.5;
  // A place reading guessed from the ending alone ("Кокаку") says nothing.
  const place = ps.some(
    (p) =>
      p.tag.Orgn === true ||
      (p.tag.Geox === true && (p as { parser?: string }).parser === "Dictionary"),
  );
  return !wellKnownWord && !place;
}

export function isPersonRun(run: Run, latinInOtherText = false): boolean {
  const kinds = run.toks.map((t) => t.kind);
  // Latin words in Russian or Kazakh text name companies and products more often than people
  // ("Lockheed Martin", "Digital Sky"); a Latin name there opens with a known given name.
  if (latinInOtherText && !(kinds[0] === "FIRST" && run.toks[0]?.known)) return false;
  const named = run.toks.filter((t) => t.kind !== "PARTICLE" && t.kind !== "INITIALS");
  if (kinds[0] === "INITIALS")
    return named.length >= 1 && named.every((t) => t.kind !== "FIRST" || t.known);
  if (named.length < 2) return false;
  const hasGiven = named.some((t) => t.kind === "FIRST" && t.known);
  const hasSurname = named.some((t) => t.kind === "LAST" || t.kind === "PATRONYMIC");
  // Two unknown capitalised words ("Ала Арча") are no name; a known given name or surname is needed.
  return hasGiven || (hasSurname && named.some((t) => t.known));
}

/** Two or three capitalised Cyrillic words, none a particle or an initial: a possible foreign name. */
export function looseName(tokens: Token[], run: Run): boolean {
  if (run.toks.length < 2 || run.toks.length > 3) return false;
  return run.toks.every(
    (t, i) =>
      t.kind !== "PARTICLE" &&
      t.kind !== "INITIALS" &&
      /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(tokens[run.from + i]?.text ?? ""),
  );
}

/** A word of a run with its name-part class: "Токаева" read as LAST, nominative "Токаев". */
export interface RunWord {
  tok: NameTok;
  text: string;
}

/** A run's words as the name shapes read them: initials apart, and the core words that name. */
export interface NameWords {
  /** Every word but the initials, particles and patronymics included. */
  words: RunWord[];
  initials: string[];
  /** The words that name the person: no particle, no patronymic. */
  core: RunWord[];
  firstCore: RunWord;
  lastCore: RunWord;
  rule: RuleIdOf<"person">;
}

/** A sequence of name parts that makes a name, and how to tell a run of that shape. */
export interface NameShapeDefinition {
  id: string;
  parts: readonly NamePartId[];
  reason: string;
  /** A sentence naming a person of this shape, and the name extract() reads in it. */
  example: string;
  name: string;
  matches: (w: NameWords) => boolean;
}

/** A family particle right before the surname: "ибн" of "Абу Али ибн Сина", "Ле" of "Марин Ле Пен". */
export function particlesBefore(words: RunWord[], surname: RunWord): string[] {
  const before: string[] = [];
  for (let k = words.indexOf(surname) - 1; k >= 0; k--) {
    const w = words[k];
    if (w?.tok.kind !== "PARTICLE" || !isFamilyParticle(w.text)) break;
    before.unshift(w.text);
  }
  return before;
}

/** Given name first, surname last, whatever stands between: the shape no other one takes. */
const givenFirst = (w: NameWords) => w.core.length > 1;

/**
 * The name shapes, first match wins: a run is read by the first shape it matches, so the
 * narrower shapes come before the broader ones they are special cases of.
 */
export const NAME_SHAPES = [
  {
    id: "EAST_ASIAN",
    parts: ["LAST", "FIRST"],
    reason: "an East Asian family name first, then one or two given-name syllables",
    example: "Трамп знает о состоянии здоровья Ким Чен Ына.",
    name: "Ким Чен Ын",
    matches: (w) => w.rule === "person.east-asian",
  },
  {
    id: "FIRST_PATRONYMIC",
    parts: ["FIRST", "PATRONYMIC"],
    reason: "a given name and a one-word patronymic standing for the surname, as Kazakhs write",
    example: "Дамир Берікұлы жиналысты ашты.",
    name: "Дамир Берікұлы",
    matches: (w) =>
      w.core.length === 1 &&
      w.lastCore.tok.kind === "FIRST" &&
      patronymicAsSurname(w.words, w.lastCore) !== null,
  },
  {
    id: "INITIALS_LAST",
    parts: ["INITIALS", "LAST"],
    reason: "initials before a surname stand for the given name and patronymic",
    example: "В книге А.С. Пушкина много героев.",
    name: "А. Пушкин",
    matches: (w) => w.core.length === 1 && w.initials.length > 0,
  },
  {
    id: "FIRST",
    parts: ["FIRST"],
    reason: "a given name alone: a monarch after a title, or someone named in full elsewhere",
    example: "71-летний принц Чарльз заразился коронавирусом.",
    name: "Чарльз",
    matches: (w) => w.core.length === 1 && w.lastCore.tok.kind === "FIRST",
  },
  {
    id: "LAST",
    parts: ["LAST"],
    reason: "a surname alone, a person when the context says so",
    example: "Как заявил Лукашенко, переговоры прошли успешно.",
    name: "Лукашенко",
    matches: (w) => w.core.length === 1,
  },
  {
    id: "LAST_FIRST_PATRONYMIC",
    parts: ["LAST", "FIRST", "PATRONYMIC"],
    reason:
      "surname first, as lists and documents write a full name; the patronymic holds it together",
    example: "Приказ подписал Ерохин Дмитрий Юрьевич.",
    name: "Дмитрий Юрьевич Ерохин",
    matches: (w) =>
      w.core.length === 2 && w.firstCore.tok.kind === "LAST" && w.lastCore.tok.kind === "FIRST",
  },
  {
    id: "FIRST_PARTICLE_LAST",
    parts: ["FIRST", "PARTICLE", "LAST"],
    reason: "a family particle before the surname belongs to it",
    example: "Лидер партии Марин Ле Пен выступила в Лионе.",
    name: "Марин Ле Пен",
    matches: (w) => givenFirst(w) && particlesBefore(w.words, w.lastCore).length > 0,
  },
  {
    id: "FIRST_PATRONYMIC_LAST",
    parts: ["FIRST", "PATRONYMIC", "LAST"],
    reason: "a patronymic between given name and surname: Russian -ович or Turkic оглу",
    example: "Владимир Владимирович Путин провел совещание.",
    name: "Владимир Владимирович Путин",
    matches: (w) => givenFirst(w) && w.words.some((x) => x.tok.kind === "PATRONYMIC"),
  },
  {
    id: "FIRST_LAST",
    parts: ["FIRST", "LAST"],
    reason: "given names, then the surname: the usual order in running text",
    example: "Касым-Жомарт Токаев провел переговоры в Баку.",
    name: "Касым-Жомарт Токаев",
    matches: givenFirst,
  },
] as const satisfies readonly NameShapeDefinition[];

export type NameShapeId = (typeof NAME_SHAPES)[number]["id"];

/** The first name shape a run's words match; FIRST_LAST takes every run of two or more words. */
export function shapeOf(w: NameWords): (typeof NAME_SHAPES)[number] {
  for (const shape of NAME_SHAPES) if (shape.matches(w)) return shape;
  // core holds one word at least, so LAST or FIRST_LAST always matches.
  throw new Error(`no name shape matches "${w.words.map((x) => x.text).join(" ")}"`);
}

/**
 * Rule person.patronymic-surname: a given name followed only by a one-word patronymic is named by
 * that word, as Kazakhs write their names ("Дамир Берікұлы", "Алуа Серікқызы"); a Russian word in
 * -вич with no surname after it is the surname itself ("Виктор Шендерович"). Azerbaijani "-оғлу"
 * stays a patronymic ("Ильхам Гейдароғлу" is Алиев).
 */
export function patronymicAsSurname(words: RunWord[], given: RunWord): string | null {
  const at = words.indexOf(given);
  const rest = words.slice(at + 1);
  if (rest.length !== 1) return null;
  const w = rest[0];
  if (!w || w.tok.kind === "PARTICLE") return null;
  if (/(?:улы|ұлы|кызы|қызы)(?:[а-яәғқңөұүһі]*)$/i.test(w.text) && isKazakhWord(w.text)) {
    return /(?:ұлы|қызы)$/i.test(w.text) ? w.text : kazakhNameBase(w.text);
  }
  if (/(?:вич|вича|вичу|вичем|виче)$/.test(w.text) && !isKazakhWord(w.text)) {
    return w.text.replace(/(вич)(?:а|у|ем|е)$/, "$1");
  }
  return null;
}

export function isRussianPatronymic(w: RunWord | undefined): boolean {
  return w?.tok.kind === "PATRONYMIC" && RUSSIAN_PATRONYMIC.test(w.text);
}

/** The Russian patronymic written with a full name, nominative: "Сергеевны" → "Сергеевна". */
export function patronymicOf(words: RunWord[]): string | null {
  const w = words.find(isRussianPatronymic);
  return w ? patronymicNominative(w.text) : null;
}
