// Finds date mentions (Russian, Kazakh, English, numeric) and resolves them to ISO dates.
import type { Analysis, DateMention } from "../analysis.js";
import { loadLexicon } from "../lexicons/load.js";
import { kazakhSuffixAlternation } from "../text/morphology/index.js";
import type { RuleIdOf } from "./registry.js";

/** A date as written: any part the text leaves out is null. */
export interface RawDate {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  rule: RuleIdOf<"date">;
}

interface DateRule {
  id: RuleIdOf<"date">;
  pattern: RegExp;
  build: (m: RegExpExecArray) => Omit<RawDate, "start" | "end" | "rule"> | null;
}

function monthIndex(lang: "ru" | "kk" | "en"): Map<string, number> {
  const index = new Map<string, number>();
  for (const line of loadLexicon(lang, "months")) {
    const [num, ...forms] = line.split(/\s+/);
    for (const f of forms) index.set(f.toLowerCase(), Number(num));
  }
  return index;
}

const RU_MONTHS = monthIndex("ru");
const KK_MONTHS = monthIndex("kk");
const EN_MONTHS = monthIndex("en");

const alternation = (index: Map<string, number>): string =>
  [...index.keys()].sort((a, b) => b.length - a.length).join("|");

const RU_MONTH = `(${alternation(RU_MONTHS)})\\.?`;
const KK_MONTH = `(${alternation(KK_MONTHS)})`;
const EN_MONTH = `(${alternation(EN_MONTHS)})\\.?`;
/** No letter may follow a month word, so "марта" is not read inside "мартовский". */
const WORD_END = "(?![а-яёәғқңөұүһіa-z])";
const NO_DIGIT_BEFORE = "(?<![\\d.,/])";
/** Kazakh case endings on a month: "сәуірде", "қарашадағы", "шілдеге". */
const KK_MONTH_SUFFIX = `(?:${kazakhSuffixAlternation("month")})?`;

/** A year belongs to a date only on the same line: "11 июня 2022" but not "11 июня\n2631" (a view counter). */
const SAME_LINE_SPACE = "[ \\t\\u00a0]+";

/** "2023 года", "2023 г.": the word for "year" after a Russian date belongs to it. */
const RU_YEAR_WORD = "(?:\\s*(?:года|году|г\\.))?";

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const validDay = (d: number | null): boolean => d === null || (d >= 1 && d <= 31);
const validMonth = (m: number | null): boolean => m === null || (m >= 1 && m <= 12);

function checked(
  year: number | null,
  month: number | null,
  day: number | null,
): Omit<RawDate, "start" | "end" | "rule"> | null {
  if (!validDay(day) || !validMonth(month)) return null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  return { year, month, day };
}

/** Rules in priority order: where two overlap, the longer match wins, then the earlier rule. */
const DATE_RULES: DateRule[] = [
  {
    // "2025-10-21"
    id: "date.iso",
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    build: (m) => checked(num(m[1]), num(m[2]), num(m[3])),
  },
  {
    // "10.04.2023", "22/11/2023"
    id: "date.numeric_dmy",
    pattern: new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)`, "g"),
    build: (m) => checked(num(m[4]), num(m[3]), num(m[1])),
  },
  {
    // "10 апреля 2023 года", "21-22 октября", "с 21 по 23 ноября", "03 Март 2025", "10 авг"
    id: "date.ru_day_month",
    pattern: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})(?:\\s*(?:[-–—]|по|и)\\s*\\d{1,2})?\\s+${RU_MONTH}${WORD_END}(?:${SAME_LINE_SPACE}(\\d{4})(?!\\d)${RU_YEAR_WORD})?`,
      "giu",
    ),
    build: (m) => checked(num(m[3]), RU_MONTHS.get(m[2]!.toLowerCase()) ?? null, num(m[1])),
  },
  {
    // "в феврале", "в ноябре 2023 года"
    id: "date.ru_month",
    pattern: new RegExp(
      `(?<![а-яё])(?:в|во|с|до|к|на)\\s+${RU_MONTH}${WORD_END}(?:${SAME_LINE_SPACE}(\\d{4})(?!\\d)${RU_YEAR_WORD})?`,
      "giu",
    ),
    build: (m) => {
      const word = m[1]!.toLowerCase();
      // Abbreviations stand only after a day number; "в мае" but not "в мар".
      if (word.length < 4 && word !== "мае" && word !== "май") return null;
      return checked(num(m[2]), RU_MONTHS.get(word) ?? null, null);
    },
  },
  {
    // "2023 жылғы 10 сәуір", "2024 жылы 27 қарашада"
    id: "date.kk_year_day_month",
    pattern: new RegExp(
      `(?<!\\d)(\\d{4})\\s*ж(?:ылғы|ылы|\\.)?\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${KK_MONTH}${KK_MONTH_SUFFIX}${WORD_END}`,
      "giu",
    ),
    build: (m) => checked(num(m[1]), KK_MONTHS.get(m[3]!.toLowerCase()) ?? null, num(m[2])),
  },
  {
    // "10 сәуірде", "11-12 қарашада", "27 қарашадағы", "16 маусым 2020"
    id: "date.kk_day_month",
    pattern: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${KK_MONTH}${KK_MONTH_SUFFIX}${WORD_END}(?:${SAME_LINE_SPACE}(\\d{4})(?!\\d)(?:\\s*ж(?:ылы|ылғы|\\.))?)?`,
      "giu",
    ),
    build: (m) => checked(num(m[3]), KK_MONTHS.get(m[2]!.toLowerCase()) ?? null, num(m[1])),
  },
  {
    // "November 28, 2022", "November 28"
    id: "date.en_month_day",
    pattern: new RegExp(
      `(?<![a-z])${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?${SAME_LINE_SPACE}(\\d{4})(?!\\d))?`,
      "giu",
    ),
    build: (m) => {
      const word = m[1]!.toLowerCase();
      // "may" is also a verb; only the capitalised month counts.
      if (word === "may" && m[1] !== "May") return null;
      return checked(num(m[3]), EN_MONTHS.get(word) ?? null, num(m[2]));
    },
  },
  {
    // "28 November 2022", "2-3 September"
    id: "date.en_day_month",
    pattern: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${EN_MONTH}(?![a-z])(?:,?${SAME_LINE_SPACE}(\\d{4})(?!\\d))?`,
      "giu",
    ),
    build: (m) => checked(num(m[3]), EN_MONTHS.get(m[2]!.toLowerCase()) ?? null, num(m[1])),
  },
  {
    // "в 2023 году", "2024 жылы", "in 2022" is too vague to count
    id: "date.year",
    pattern:
      /(?<![\d.,/-])((?:19|20)\d{2})\s*(?:года|году|год|г\.|жылы|жылғы|жыл)(?![а-яёәғқңөұүһі])/giu,
    build: (m) => checked(num(m[1]), null, null),
  },
];

/** Every date written between `from` and `to`, as written (no year filled in); overlaps resolved. */
export function scanDates(text: string, from = 0, to = text.length): RawDate[] {
  const slice = text.slice(from, to);
  const found: RawDate[] = [];
  for (const rule of DATE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      const parts = rule.build(m);
      if (parts) {
        found.push({
          ...parts,
          start: from + m.index,
          end: from + m.index + m[0].length,
          rule: rule.id,
        });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: RawDate[] = [];
  for (const d of found) {
    const last = kept.at(-1);
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * The year for a day and month the text gives without one: the year of the anchor date that
 * puts the day closest to it, so "28 декабря" in an article of 3 January is the previous year.
 */
export function yearNear(anchorIso: string, month: number, day: number): number {
  const anchor = Date.parse(`${anchorIso.slice(0, 10)}T00:00:00Z`);
  const y = Number(anchorIso.slice(0, 4));
  let best = y;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const cand of [y - 1, y, y + 1]) {
    const gap = Math.abs(Date.UTC(cand, month - 1, day) - anchor);
    if (gap < bestGap) {
      bestGap = gap;
      best = cand;
    }
  }
  return best;
}

/** ISO form of a raw date, using `anchorIso` for a missing year; null when no year is known. */
export function toMention(d: RawDate, anchorIso: string | null): DateMention | null {
  let year = d.year;
  if (year === null) {
    if (!anchorIso || d.month === null) return null;
    year = d.day !== null ? yearNear(anchorIso, d.month, d.day) : Number(anchorIso.slice(0, 4));
  }
  const base = { start: d.start, end: d.end, rule: d.rule, yearGiven: d.year !== null };
  if (d.month === null) return { ...base, iso: String(year), precision: "year" };
  if (d.day === null) return { ...base, iso: `${year}-${pad(d.month)}`, precision: "month" };
  return { ...base, iso: `${year}-${pad(d.month)}-${pad(d.day)}`, precision: "day" };
}

/**
 * Every date mention in the article. A day and month without a year take it from the
 * publication date; failing that, from the nearest earlier full date in the text (or the
 * first one after it), since an article's dates rarely straddle years.
 */
export function findDates(a: Analysis): DateMention[] {
  const raw = scanDates(a.text);
  const full = raw.filter((d) => d.year !== null && d.month !== null && d.day !== null);
  const out: DateMention[] = [];
  let next = 0; // full[next] is the first full date not before d
  for (const d of raw) {
    while (next < full.length && full[next]!.start < d.start) next++;
    let anchor = a.header.publishedOn;
    if (!anchor && d.year === null) {
      const ref = full[next - 1] ?? full[0];
      if (ref) anchor = `${ref.year}-${pad(ref.month!)}-${pad(ref.day!)}`;
    }
    const mention = toMention(d, anchor);
    if (mention) out.push(mention);
  }
  return out;
}
