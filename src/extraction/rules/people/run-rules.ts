// Person rules: what evidence makes a run of name words a person, tried in order, first match wins.
import type { Analysis, CountryMention } from "../../analysis.js";
import { sentenceStartOf } from "../../text/spans.js";
import type { Token } from "../../text/tokens.js";
import type { RuleIdOf } from "../registry.js";
import {
  countryInBrackets,
  monarchName,
  NAMED_AFTER_AFTER,
  NAMED_AFTER_BEFORE,
  personContext,
} from "./context.js";
import { isEastAsianRun, isPersonRun, looseName, titledNameShape } from "./name-shapes.js";
import type { Run } from "./runs.js";
import { linkTitle, type TitleLink, type TitleMatch, titleIsSubject } from "./titles.js";
import { LATIN } from "./words.js";

/** A run of name words with the text around it, as the person rules read it. */
export interface RunContext {
  a: Analysis;
  run: Run;
  /** Up to 60 characters of text before the run. */
  before: string;
  /** Up to 12 characters of text after the run. */
  after: string;
  sentenceStart: number;
  /** The title the run follows, with its state; a coordinated name takes its list's title. */
  link: TitleLink | null;
}

/** The context of a run: the text around it and the title before it in its sentence. */
export function runContext(
  a: Analysis,
  titles: TitleMatch[],
  countries: CountryMention[],
  run: Run,
  first: Token,
  last: Token,
): RunContext {
  const sentenceStart = sentenceStartOf(a, first.start);
  let link = linkTitle(a, a.tokens, titles, countries, first.start, sentenceStart);
  if (link && a.lang === "kk" && titleIsSubject(a, link, last.text, sentenceStart)) link = null;
  return {
    a,
    run,
    before: a.text.slice(Math.max(0, first.start - 60), first.start),
    after: a.text.slice(last.end, last.end + 12),
    sentenceStart,
    link,
  };
}

/** A rule that makes a run a person, with why, and a sentence whose `name` it finds. */
export interface RunRuleDefinition {
  id: string;
  /** The rule id the person's fact carries. */
  rule: RuleIdOf<"person">;
  /**
   * "candidate": a person by itself; "partial": a lone surname or given name, a person once a
   * full name or a list vouches for it; "loose": an unfamiliar pair, a person once listed with one.
   */
  yields: "candidate" | "partial" | "loose";
  reason: string;
  example: string;
  name: string;
  matches: (c: RunContext) => boolean;
}

/**
 * Latin words in Russian or Kazakh text name companies and products more often than people, so a
 * Latin run there needs a known given name.
 */
const latinInOtherText = (c: RunContext) =>
  c.a.lang !== "en" && LATIN.test(c.a.tokens[c.run.from]?.text ?? "");

/** The person rules in the order they are tried; a regnal number is read before them all. */
export const RUN_RULES = [
  {
    id: "named-after",
    rule: "person.named-after",
    yields: "candidate",
    reason:
      "a name after 'имени' or before 'атындағы' is a historical figure something is named after",
    example: "Он окончил Евразийский национальный университет имени Льва Гумилева.",
    name: "Лев Гумилев",
    matches: (c) => NAMED_AFTER_BEFORE.test(c.before) || NAMED_AFTER_AFTER.test(c.after),
  },
  {
    id: "east-asian",
    rule: "person.east-asian",
    yields: "candidate",
    reason: "an East Asian family name from the lexicon, then one or two short syllables",
    example: "Трамп знает о состоянии здоровья Ким Чен Ына.",
    name: "Ким Чен Ын",
    matches: (c) => isEastAsianRun(c.run, c.a.tokens),
  },
  {
    id: "title-name",
    rule: "person.title-name",
    yields: "candidate",
    reason: "a full name right after a title, which gives its role and state",
    example: "Министр иностранных дел России Сергей Лавров принял гостя.",
    name: "Сергей Лавров",
    matches: (c) => c.link !== null && isPersonRun(c.run, latinInOtherText(c)),
  },
  {
    id: "given-surname",
    rule: "person.given-surname",
    yields: "candidate",
    reason: "a given name and a surname the name dictionaries know, with no title before them",
    example: "Касым-Жомарт Токаев провел переговоры в Баку.",
    name: "Касым-Жомарт Токаев",
    matches: (c) => isPersonRun(c.run, latinInOtherText(c)),
  },
  {
    id: "title-word",
    rule: "person.title-name",
    yields: "candidate",
    reason: "one to three name-like words after a title are its holder's name, though unfamiliar",
    example: "Президент ФИФА Блаттер прибыл в Москву.",
    name: "Блаттер",
    matches: (c) =>
      c.link !== null && c.run.toks.length <= 3 && titledNameShape(c.run, c.a.tokens, c.a.lang),
  },
  {
    id: "monarch",
    rule: "person.monarch",
    yields: "candidate",
    reason: "a monarch goes by a given name, or a name of one word, right after the title",
    example: "71-летний принц Чарльз заразился коронавирусом.",
    name: "Чарльз",
    matches: (c) => monarchName(c.a, c.a.tokens, c.run),
  },
  {
    id: "context",
    rule: "person.context",
    yields: "candidate",
    reason: "a noun for a person, an age or a speech verb beside a name that is no full name",
    example: "Как заявил Лукашенко, переговоры прошли успешно.",
    name: "Лукашенко",
    matches: (c) => personContext(c.a, c.a.tokens, c.run, c.sentenceStart),
  },
  {
    id: "country-bracket",
    rule: "person.context",
    yields: "candidate",
    reason: "two or three name words before a state in brackets, as lists of athletes write",
    example: "Победил Тсегай Кебеде (Эфиопия).",
    name: "Тсегай Кебеде",
    matches: (c) => countryInBrackets(c.a, c.a.tokens, c.run),
  },
  {
    id: "surname",
    rule: "person.surname",
    yields: "partial",
    reason: "a lone surname or unfamiliar word refers to a person named in full elsewhere",
    example: "Все дружно отметили 45-летие полёта Гагарина. С Гагариным всё уже давно ясно.",
    name: "Гагарин",
    matches: (c) =>
      c.run.toks.length === 1 &&
      (c.run.toks[0]?.kind === "LAST" || c.run.toks[0]?.kind === "UNKNOWN"),
  },
  {
    id: "listed",
    rule: "person.listed",
    yields: "loose",
    reason: "two or three unfamiliar name words, a person when listed beside another one",
    example: "Встречу провели Ален Бернар и Эамон Салливан.",
    name: "Эамон Салливан",
    matches: (c) => c.a.lang === "ru" && looseName(c.a.tokens, c.run),
  },
] as const satisfies readonly RunRuleDefinition[];
