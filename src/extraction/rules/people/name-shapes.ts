// Name shapes: which runs of name parts make a person's name by themselves.
import type { Analysis } from "../../analysis.js";
import type { NameCandidate } from "../../resolve/people.js";
import {
  isKazakhWord,
  kazakhNameBase,
  parses,
  SURNAME_SHAPE,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import { KAZAKH_COMMON_ENDING } from "./name-parts.js";
import type { Run } from "./runs.js";
import { EAST_ASIAN, LATIN, type Lang } from "./words.js";

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
 * are no known Russian words: "Ким Чен Ын", "Пан Ги Мун", "Ван Цзюнь", "Ли Со Ён".
 */
export function isEastAsianRun(run: Run, tokens: Token[]): boolean {
  if (run.toks.length < 2 || run.toks.length > 3) return false;
  if (!EAST_ASIAN.has(tokens[run.from]?.text ?? "")) return false;
  for (let i = 1; i < run.toks.length; i++) {
    const text = tokens[run.from + i]?.text ?? "";
    const t = run.toks[i];
    if (!t || !/^[А-ЯЁ][а-яё]{0,8}$/.test(text) || t.kind === "PATRONYMIC") return false;
    if (SURNAME_SHAPE.test(text) && text.length > 4) return false;
    if (t.kind === "FIRST" && t.known && !EAST_ASIAN.has(text)) return false;
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
