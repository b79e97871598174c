// A run turned into a name candidate: given name, surname and patronymic in the nominative.
import type { Analysis } from "../../analysis.js";
import type { NameCandidate } from "../../resolve/people.js";
import {
  isKazakhWord,
  kazakhNameBase,
  keepsStem,
  MASCULINE_ENDINGS,
  PATRONYMIC_SHAPE,
  parseNameWord,
  parses,
  patronymicNominative,
  RUSSIAN_PATRONYMIC,
  syllableNominative,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import { homeState } from "../home-state.js";
import { type RuleIdOf, ruleOf } from "../registry.js";
import { headCase } from "./context.js";
import type { NameTok } from "./name-parts.js";
import type { Run } from "./runs.js";
import { isKazakhObject } from "./titles.js";
import { isFamilyParticle, LATIN, type Lang } from "./words.js";

/** Endings of a Russian given name whose nominative shows: a consonant (masculine) or -а/-я. */
const NOMINATIVE_SHOWS = /[бвгджзклмнпрстфхцчшщйьая]$/i;

/**
 * Rule person.case-agreement: the surname stands in the case of the given name before it. After a
 * given name in the nominative the surname is as written ("Наталья Егорова", "Вольфганг
 * Тифензее"); after another case a surname ending in a vowel that no case ending of that case
 * gives does not decline ("Жерара Пике", "Фолькера Буфье").
 */
function agreedSurname(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
  head: string | null = null,
  lang: Lang = "ru",
): string {
  const written = surname.text;
  if (isKazakhWord(written) || LATIN.test(written)) return surname.tok.nominative;
  // Kazakh text adds its own endings to a Russian-spelled surname and leaves its gender alone,
  // whatever the script of the given name: "Владимир Путинмен" → "Путин".
  if (lang === "kk" || isKazakhWord(given.text)) return kazakhNameBase(written);
  if (!/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(written)) return surname.tok.nominative;
  const givenWord = given.text.split("-").at(-1) ?? "";
  const givenNominative = given.tok.nominative.split("-").at(-1) ?? "";
  if (givenWord === givenNominative && NOMINATIVE_SHOWS.test(givenWord)) {
    // An indeclinable given name ("Чулпан Хаматовой") shows no case; the surname then tells.
    // A common noun reading ("Пен" as a form of "пена") says nothing of a surname's case.
    const cases = parses(written)
      .filter((p) => p.tag.Surn === true || (p as { parser?: string }).parser !== "Dictionary")
      .map((p) => p.tag.CAse)
      .filter((c) => c);
    return cases.length > 0 && !cases.includes("nomn") ? surname.tok.nominative : written;
  }
  // A foreign given name in -и/-о/-э does not decline, so it says nothing of the case.
  const givenParses = parses(givenWord).filter((p) => p.tag.Name === true);
  const dictionaryName = givenParses.some(
    (p) => (p as { parser?: string }).parser === "Dictionary",
  );
  const indeclinable = givenParses.some((p) => p.tag.Fixd === true);
  if (indeclinable || (/[иоэ]$/i.test(givenWord) && !dictionaryName)) {
    // The given name shows no case, but a known surname may ("Чарли Чаплином").
    const ps = parses(written).filter((p) => p.tag.Surn === true);
    const oblique = ps.length > 0 && !ps.some((p) => p.tag.CAse === "nomn");
    if (oblique) return surname.tok.nominative;
    // Foreign surnames decline as nouns; the instrumental and dative endings are unambiguous
    // ("Чаплином" → "Чаплин"), while "-а" may be the nominative ("Коффи Коджа").
    // The noun the name stands in apposition to gives the case: "целителю Абу Али ибн Сине".
    if ((head === "datv" || head === "loct") && /[бвгдзклмнпрстфхч]е$/.test(written))
      return written.replace(/е$/, "а");
    // A consonant and "-ы" is the genitive of a surname in "-а" ("ибн Сины" → "Сина").
    return written
      .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ым|у)$/, "")
      .replace(/(?<=[бвгдзлмнпрстфх])ы$/, "а");
  }
  if (givenWord === givenNominative) return surname.tok.nominative;
  const givenCase = parseNameWord(givenWord).case;
  // An adjective-shaped surname has its own case forms ("Алексея Навального").
  if (/(?:ого|его|ому|ему|ой|ей|ым|им|ую|юю)$/.test(written)) return surname.tok.nominative;
  if (/[оэю]$/i.test(written)) return written;
  // "Алана Гарсии" → "Гарсия": a surname in -ия declines like a noun.
  if (/ии$/.test(written) && (givenCase === "gent" || givenCase === "datv" || givenCase === "loct"))
    return written.replace(/ии$/, "ия");
  if (/е$/i.test(written) && givenCase !== "loct") return written;
  if (
    /[^и]и$/i.test(written) &&
    givenCase !== "gent" &&
    givenCase !== "datv" &&
    givenCase !== "loct"
  )
    return written;
  // The dictionary's nominative is trusted when it keeps the written stem: "Алиева" → "Алиев",
  // "Толстого" → "Толстой", but not "Рааба" → "Раб" (a common noun that only looks alike).
  const nominative = surname.tok.nominative;
  if (nominative !== written && keepsStem(written, nominative)) return nominative;
  // An unknown foreign surname declines like a masculine noun when the given name does.
  const ending = MASCULINE_ENDINGS.find(([c, re]) => c === givenCase && re.test(written));
  return ending ? written.replace(ending[1], ending[2]) : written;
}

/**
 * An unfamiliar given name takes the case the surname after it shows, where that case is
 * unambiguous: "Сулимом Ямадаевым" → "Сулим". The genitive "-а" may be a nominative and stays.
 */
function givenByCase(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
): string {
  if (given.tok.kind !== "UNKNOWN" || surname.tok.kind !== "LAST") return given.tok.nominative;
  const c = parseNameWord(surname.text).case;
  if (c !== "ablt" && c !== "datv" && c !== "loct") return given.tok.nominative;
  const ending = MASCULINE_ENDINGS.find(([k, re]) => k === c && re.test(given.text));
  return ending ? given.text.replace(ending[1], ending[2]) : given.tok.nominative;
}

/**
 * Rule person.head-case: an unfamiliar foreign name in apposition to a noun for a person takes
 * that noun's case, which the name alone does not show: "французу Анаклету Вамбе" → "Анаклет
 * Вамба", "с американцем Джоэлом Смитом" → "Джоэл Смит". Only the dative and instrumental, whose
 * endings no nominative has.
 */
function declinedByHead(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
  head: string | null,
): [string, string] | null {
  if ((head !== "datv" && head !== "ablt") || given.tok.kind !== "UNKNOWN") return null;
  if (!/^[А-ЯЁ][а-яё]+$/.test(given.text) || !/^[А-ЯЁ][а-яё]+$/.test(surname.text)) return null;
  const ending = MASCULINE_ENDINGS.find(([c, re]) => c === head && re.test(given.text));
  if (!ending) return null;
  const first = given.text.replace(ending[1], ending[2]);
  const masculine = MASCULINE_ENDINGS.find(([c, re]) => c === head && re.test(surname.text));
  const last = masculine
    ? surname.text.replace(masculine[1], masculine[2])
    : surname.text.replace(
        head === "datv" ? /(?<=[бвгдзклмнпрстфх])е$/ : /(?<=[бвгдзклмнпрстфх])ой$/,
        "а",
      );
  return [first, last];
}

/**
 * Rule person.patronymic-surname: a given name followed only by a one-word patronymic is named by
 * that word, as Kazakhs write their names ("Дамир Берікұлы", "Алуа Серікқызы"); a Russian word in
 * -вич with no surname after it is the surname itself ("Виктор Шендерович"). Azerbaijani "-оғлу"
 * stays a patronymic ("Ильхам Гейдароғлу" is Алиев).
 */
function patronymicAsSurname(
  words: Array<{ tok: NameTok; text: string }>,
  given: { tok: NameTok; text: string },
): string | null {
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

function isRussianPatronymic(w: { tok: NameTok; text: string } | undefined): boolean {
  return w?.tok.kind === "PATRONYMIC" && RUSSIAN_PATRONYMIC.test(w.text);
}

/**
 * Rule person.vich-surname: a surname in -вич reads as a patronymic, but beside a given name and
 * a patronymic it is the surname: "Михаил Леонидович Агранович", "Абрамович Роман Аркадьевич".
 */
function markVichSurname(words: Array<{ tok: NameTok; text: string }>): void {
  if (words.length !== 3) return;
  const [a, b, c] = words;
  if (!a || !b || !c) return;
  const asSurname = (w: { tok: NameTok; text: string }) => {
    w.tok = { kind: "LAST", known: true, nominative: patronymicNominative(w.text) };
  };
  if (a.tok.kind === "FIRST" && isRussianPatronymic(b) && isRussianPatronymic(c)) asSurname(c);
  else if (isRussianPatronymic(a) && b.tok.kind === "FIRST" && isRussianPatronymic(c)) asSurname(a);
}

/** The Russian patronymic written with a full name, nominative: "Сергеевны" → "Сергеевна". */
function patronymicOf(words: Array<{ tok: NameTok; text: string }>): string | null {
  const w = words.find(isRussianPatronymic);
  return w ? patronymicNominative(w.text) : null;
}

/** Splits a run into its name parts: given, patronymic, surname, initial. */
export function toCandidate(
  a: Analysis,
  tokens: Token[],
  run: Run,
  rule: RuleIdOf<"person">,
): NameCandidate | null {
  const first = tokens[run.from];
  const last = tokens[run.to - 1];
  if (!first || !last) return null;
  const toks = run.toks;
  const initials: string[] = [];
  const words: Array<{ tok: NameTok; text: string }> = [];
  for (let i = 0; i < toks.length; i++) {
    const nt = toks[i];
    const t = tokens[run.from + i];
    if (!nt || !t) continue;
    if (nt.kind === "INITIALS") initials.push(t.text);
    else if (nt.kind === "PARTICLE") {
      // "Гейдар оглу": the word before a patronymic particle is the father's name.
      const prev = words.at(-1);
      if (prev && /^(?:оглу|оглы|кызы|уулу)$/i.test(t.text))
        prev.tok = { ...prev.tok, kind: "PATRONYMIC" };
      words.push({ tok: nt, text: t.text });
    } else words.push({ tok: nt, text: t.text });
  }
  markVichSurname(words);
  const named = words.filter((w) => w.tok.kind !== "PARTICLE" && w.tok.kind !== "PATRONYMIC");
  const core = named.filter((w) => !PATRONYMIC_SHAPE.test(w.text));
  if (core.length === 0) return null;
  let given: string | null = null;
  let surname: string;
  const lastCore = core.at(-1);
  const firstCore = core[0];
  if (!lastCore || !firstCore) return null;
  if (rule === "person.east-asian") {
    const parts = run.toks.map((_, i) => tokens[run.from + i]?.text ?? "");
    return {
      start: first.start,
      end: last.end,
      surface: a.text.slice(first.start, last.end),
      given: [...parts.slice(1, -1), syllableNominative(parts.at(-1) ?? "")].join(" "),
      surname: parts[0] ?? "",
      initial: parts[1]?.[0] ?? null,
      hasGiven: true,
      role: null,
      country: null,
      title: null,
      historical: false,
      givenOnly: false,
      familyFirst: true,
      rule,
    };
  }
  let givenOnly = false;
  let patronymic: string | null = null;
  const fatherName = core.length === 1 ? patronymicAsSurname(words, lastCore) : null;
  if (fatherName && lastCore.tok.kind === "FIRST") {
    given = lastCore.tok.nominative;
    surname = fatherName;
  } else if (core.length === 1) {
    // No Russian case ending of a surname is "-и", "-о" or "-э" ("Ф.Олесси" is not "Олеся").
    const keep = /[^и][иоэ]$/i.test(lastCore.text) && !isKazakhWord(lastCore.text);
    const surnameWord = lastCore.tok.kind !== "FIRST" || initials.length > 0;
    surname = keep && surnameWord ? lastCore.text : lastCore.tok.nominative;
    if (lastCore.tok.kind === "FIRST" && initials.length === 0 && rule !== "person.named-after") {
      // A lone given name ("Ильхам Гейдароғлу") can only refer to a person named in full elsewhere.
      givenOnly = !ruleOf(rule).givenNameAlone;
    }
  } else if (lastCore.tok.kind === "FIRST" && firstCore.tok.kind === "LAST" && core.length === 2) {
    // Surname first, as in lists: "Токаев Касым-Жомарт"; it agrees with the given name
    // ("Егорова Наталья" keeps its feminine ending).
    given = lastCore.tok.nominative;
    surname = agreedSurname(lastCore, firstCore, null, a.lang);
    patronymic = patronymicOf(words);
  } else {
    // Particles right before the surname stay in the name: "Абу Али ибн Сина", "Марин Ле Пен".
    const before: string[] = [];
    for (let k = words.indexOf(lastCore) - 1; k >= 0; k--) {
      const w = words[k];
      if (w?.tok.kind !== "PARTICLE" || !isFamilyParticle(w.text)) break;
      before.unshift(w.text);
    }
    const head = headCase(tokens[run.from - 1]?.text ?? "");
    given = [...core.slice(0, -1).map((w) => givenByCase(w, lastCore)), ...before].join(" ");
    surname = agreedSurname(firstCore, lastCore, head, a.lang);
    patronymic = patronymicOf(words);
    const byHead = core.length === 2 ? declinedByHead(firstCore, lastCore, head) : null;
    if (byHead) [given, surname] = byHead;
  }
  return {
    start: first.start,
    end: last.end,
    surface: a.text.slice(first.start, last.end),
    given,
    surname,
    initial: initials[0] ?? (given ? given[0] : null) ?? null,
    hasGiven: given !== null,
    role: null,
    country: null,
    title: null,
    historical: rule === "person.named-after",
    givenOnly,
    patronymicOnly: fatherName !== null && lastCore.tok.kind === "FIRST",
    patronymic,
    guestOf: (isKazakhObject(last.text) && homeState(a)) || undefined,
    rule,
  };
}
