// A run turned into a name candidate: given name, surname and patronymic in the nominative.
import type { Analysis } from "../../analysis.js";
import type { NameCandidate } from "../../resolve/people.js";
import {
  isKazakhWord,
  kazakhNameBase,
  keepsStem,
  MASCULINE_ENDINGS,
  NOMINATIVE_SHOWS,
  PATRONYMIC_SHAPE,
  parseNameWord,
  parses,
  patronymicNominative,
  syllableNominative,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import { homeState } from "../home-state.js";
import { type RuleIdOf, ruleOf } from "../registry.js";
import { headCase } from "./context.js";
import type { NameTok } from "./name-parts.js";
import {
  isRussianPatronymic,
  type NameShapeId,
  type NameWords,
  particlesBefore,
  patronymicAsSurname,
  patronymicOf,
  type RunWord,
  shapeOf,
} from "./name-shapes.js";
import type { Run } from "./runs.js";
import { isKazakhObject } from "./titles.js";
import { isFamilyParticle, isPatronymicParticle, LATIN, type Lang } from "./words.js";

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

/** Splits a run into its words and initials, and reads them by the first name shape they match. */
export function toCandidate(
  a: Analysis,
  tokens: Token[],
  run: Run,
  rule: RuleIdOf<"person">,
): NameCandidate | null {
  const first = tokens[run.from];
  const last = tokens[run.to - 1];
  const name = nameWordsOf(tokens, run, rule);
  if (!first || !last || !name) return null;
  return READ[shapeOf(name).id](a, tokens, run, name, { first, last });
}

/**
 * A run's words as the name shapes read them, or null when no word names (a patronymic alone).
 * "Гейдар оглу" marks the father's name; a surname in -вич beside a patronymic is the surname.
 */
export function nameWordsOf(tokens: Token[], run: Run, rule: RuleIdOf<"person">): NameWords | null {
  const toks = run.toks;
  const initials: string[] = [];
  const words: RunWord[] = [];
  for (let i = 0; i < toks.length; i++) {
    const nt = toks[i];
    const t = tokens[run.from + i];
    if (!nt || !t) continue;
    if (nt.kind === "INITIALS") initials.push(t.text);
    else if (nt.kind === "PARTICLE") {
      // "Гейдар оглу": the word before a patronymic particle is the father's name.
      const prev = words.at(-1);
      if (prev && isPatronymicParticle(t.text)) prev.tok = { ...prev.tok, kind: "PATRONYMIC" };
      words.push({ tok: nt, text: t.text });
    } else words.push({ tok: nt, text: t.text });
  }
  markVichSurname(words);
  const named = words.filter((w) => w.tok.kind !== "PARTICLE" && w.tok.kind !== "PATRONYMIC");
  const core = named.filter((w) => !PATRONYMIC_SHAPE.test(w.text));
  const firstCore = core[0];
  const lastCore = core.at(-1);
  if (!firstCore || !lastCore) return null;
  return { words, initials, core, firstCore, lastCore, rule };
}

/** Where a run starts and ends in the text. */
interface Ends {
  first: Token;
  last: Token;
}

type Reader = (
  a: Analysis,
  tokens: Token[],
  run: Run,
  name: NameWords,
  ends: Ends,
) => NameCandidate;

/** How each name shape reads as given name and surname. */
const READ: Record<NameShapeId, Reader> = {
  EAST_ASIAN: readEastAsian,
  FIRST_PATRONYMIC: readFatherNamed,
  INITIALS_LAST: readLoneWord,
  FIRST: readLoneWord,
  LAST: readLoneWord,
  LAST_FIRST_PATRONYMIC: readSurnameFirst,
  FIRST_PARTICLE_LAST: readGivenFirst,
  FIRST_PATRONYMIC_LAST: readGivenFirst,
  FIRST_LAST: readGivenFirst,
};

/** "Ким Чен Ына": the family name as written, the given syllables with the last one's case undone. */
function readEastAsian(
  a: Analysis,
  tokens: Token[],
  run: Run,
  { rule }: NameWords,
  { first, last }: Ends,
): NameCandidate {
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

/** "Дамир Берікұлы": the one-word patronymic stands as the surname. */
function readFatherNamed(
  a: Analysis,
  _tokens: Token[],
  _run: Run,
  name: NameWords,
  ends: Ends,
): NameCandidate {
  const { lastCore } = name;
  const surname = patronymicAsSurname(name.words, lastCore) ?? "";
  return candidate(a, name, ends, {
    given: lastCore.tok.nominative,
    surname,
    givenOnly: false,
    patronymicOnly: true,
    patronymic: null,
  });
}

/** One name word, maybe after initials: "Токаев", "А.Колчака", a lone given name "Мишель". */
function readLoneWord(
  a: Analysis,
  _tokens: Token[],
  _run: Run,
  name: NameWords,
  ends: Ends,
): NameCandidate {
  const { initials, rule, lastCore } = name;
  // No Russian case ending of a surname is "-и", "-о" or "-э" ("Ф.Олесси" is not "Олеся").
  const keep = /[^и][иоэ]$/i.test(lastCore.text) && !isKazakhWord(lastCore.text);
  const surnameWord = lastCore.tok.kind !== "FIRST" || initials.length > 0;
  const surname = keep && surnameWord ? lastCore.text : lastCore.tok.nominative;
  let givenOnly = false;
  if (lastCore.tok.kind === "FIRST" && initials.length === 0 && rule !== "person.named-after") {
    // A lone given name ("Ильхам Гейдароғлу") can only refer to a person named in full elsewhere.
    givenOnly = !ruleOf(rule).givenNameAlone;
  }
  return candidate(a, name, ends, {
    given: null,
    surname,
    givenOnly,
    patronymicOnly: false,
    patronymic: null,
  });
}

/**
 * Surname first, as in lists: "Ерохин Дмитрий Юрьевич"; it agrees with the given name
 * ("Егорова Наталья Сергеевна" keeps its feminine ending).
 */
function readSurnameFirst(
  a: Analysis,
  _tokens: Token[],
  _run: Run,
  name: NameWords,
  ends: Ends,
): NameCandidate {
  const { firstCore, lastCore } = name;
  return candidate(a, name, ends, {
    given: lastCore.tok.nominative,
    surname: agreedSurname(lastCore, firstCore, null, a.lang),
    givenOnly: false,
    patronymicOnly: false,
    patronymic: patronymicOf(name.words),
  });
}

/** The Arabic article before a family name: "Аль Тани", "аль-Сауд", "ас-Сиси". */
const ARABIC_ARTICLE = /^(?:аль|эль|ал|ас|ад|ат|ан|al|el)$/iu;

/** Given names first, the surname last: "Касым-Жомарт Токаев", "Абу Али ибн Сина". */
function readGivenFirst(
  a: Analysis,
  tokens: Token[],
  run: Run,
  name: NameWords,
  ends: Ends,
): NameCandidate {
  const { words, core, firstCore, lastCore } = name;
  // Particles right before the surname stay in the name: "Абу Али ибн Сина", "Марин Ле Пен";
  // so do those between given names: "Тамим бен Хамад Аль Тани".
  const before = particlesBefore(words, lastCore);
  const head = headCase(tokens[run.from - 1]?.text ?? "");
  const givenCore = new Set(core.slice(0, -1));
  const givenWords = words
    .slice(words.indexOf(firstCore), words.indexOf(lastCore) - before.length)
    .flatMap((w) =>
      givenCore.has(w)
        ? [givenByCase(w, lastCore)]
        : w.tok.kind === "PARTICLE" && isFamilyParticle(w.text)
          ? [w.text]
          : [],
    );
  let given = [...givenWords, ...before].join(" ");
  // An Arabic family name after its article does not decline: "шейха ... Аль Тани".
  let surname = ARABIC_ARTICLE.test(before.at(-1) ?? "")
    ? lastCore.text
    : agreedSurname(firstCore, lastCore, head, a.lang);
  const patronymic = patronymicOf(words);
  const byHead = core.length === 2 ? declinedByHead(firstCore, lastCore, head) : null;
  if (byHead) [given, surname] = byHead;
  return candidate(a, name, ends, {
    given,
    surname,
    givenOnly: false,
    patronymicOnly: false,
    patronymic,
  });
}

/** A name candidate of a run with what its shape read. */
function candidate(
  a: Analysis,
  name: NameWords,
  { first, last }: Ends,
  read: {
    given: string | null;
    surname: string;
    givenOnly: boolean;
    patronymicOnly: boolean;
    patronymic: string | null;
  },
): NameCandidate {
  const { given } = read;
  return {
    start: first.start,
    end: last.end,
    surface: a.text.slice(first.start, last.end),
    given,
    surname: read.surname,
    initial: name.initials[0] ?? (given ? given[0] : null) ?? null,
    hasGiven: given !== null,
    role: null,
    country: null,
    title: null,
    historical: name.rule === "person.named-after",
    givenOnly: read.givenOnly,
    patronymicOnly: read.patronymicOnly,
    patronymic: read.patronymic,
    guestOf: (isKazakhObject(last.text) && homeState(a)) || undefined,
    rule: name.rule,
  };
}
