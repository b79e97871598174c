// Reads lexicon data files (one entry a line, `#` comments) from src/extraction/lexicons/{ru,kk,en}.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LEXICON_SCHEMAS, type LexiconColumn, type LexiconSchema } from "./schemas.js";

export type LexiconLanguage = "ru" | "kk" | "en";

/** One entry with the line it stands on, so a bad entry can be named. */
export interface LexiconLine {
  line: number;
  text: string;
}

const cache = new Map<string, LexiconLine[]>();

/** Next to this module: under tsx in src/, and in dist/, where `npm run build` copies them. */
const DIR = dirname(fileURLToPath(import.meta.url));

/** Whether `<lang>/<name>.txt` exists: some lexicons are kept for one language only. */
export function lexiconExists(lang: LexiconLanguage, name: string): boolean {
  return existsSync(join(DIR, lang, `${name}.txt`));
}

/**
 * Non-empty, comment-free lines of `<lang>/<name>.txt` with their line numbers, read once per
 * process and checked against the file's schema, so a typo fails at start-up naming file and line.
 */
export function loadLexiconLines(lang: LexiconLanguage, name: string): LexiconLine[] {
  const key = `${lang}/${name}`;
  let lines = cache.get(key);
  if (!lines) {
    const file = join(DIR, lang, `${name}.txt`);
    if (!existsSync(file)) throw new Error(`lexicon ${key}.txt not found in ${DIR}`);
    const schema = LEXICON_SCHEMAS[name];
    if (!schema) throw new Error(`lexicon ${key}.txt has no schema in lexicons/schemas.ts`);
    lines = parseLexicon(readFileSync(file, "utf8"));
    validateLexicon(`${key}.txt`, lang, lines, schema);
    cache.set(key, lines);
  }
  return lines;
}

/**
 * Reads and checks every lexicon file of every language, so that a typo in a lexicon used only
 * for one language's articles still fails at start-up. Returns how many files it checked.
 */
export function checkAllLexicons(): number {
  let checked = 0;
  for (const lang of ["ru", "kk", "en"] as const) {
    for (const file of readdirSync(join(DIR, lang))) {
      if (!file.endsWith(".txt")) continue;
      loadLexiconLines(lang, file.slice(0, -".txt".length));
      checked++;
    }
  }
  return checked;
}

/** Letters of each language's script; words may join them with hyphens, apostrophes and dots. */
const LETTERS: Record<LexiconLanguage, string> = {
  ru: "а-яё",
  kk: "а-яёәғқңөұүһі",
  en: "a-zà-ÿ",
};

const wordPatterns = new Map<string, RegExp>();

/** One word of a language: letters joined by "-", "'", "’" or ".", then maybe a dot and one mark. */
function wordPattern(lang: LexiconLanguage, marks: string, lower: boolean): RegExp {
  const key = `${lang} ${marks} ${lower}`;
  let re = wordPatterns.get(key);
  if (!re) {
    const l = `[${LETTERS[lang]}]`;
    const mark = marks ? `[${marks.replace(/[\\\]^-]/g, "\\$&")}]?` : "";
    re = new RegExp(`^${l}+(?:[-'’.]${l}+)*\\.?${mark}$`, lower ? "u" : "iu");
    wordPatterns.set(key, re);
  }
  return re;
}

/** The reason a field breaks its column's rule, or null when it fits. */
function columnError(lang: LexiconLanguage, column: LexiconColumn, field: string): string | null {
  if (column.kind === "enum") {
    const values = column.list ? field.split(",") : [field];
    const bad = values.find((v) => !column.values.includes(v));
    return bad === undefined
      ? null
      : `unknown ${column.name} "${bad}" (expected ${column.list ? "a comma-separated list of " : "one of "}${column.values.join(", ")})`;
  }
  if (column.kind === "pattern") {
    return column.pattern.test(field) ? null : `${column.name} "${field}" is not ${column.shape}`;
  }
  const re = wordPattern(lang, column.marks ?? "", column.lower === true);
  const bad = field.split(/\s+/).find((w) => !re.test(w));
  if (bad === undefined) return null;
  const script = { ru: "Russian", kk: "Kazakh", en: "Latin" }[lang];
  return `${column.name} "${bad}" is not a ${column.lower ? "lower-case " : ""}word in ${script} letters`;
}

/**
 * Checks every line against a schema and throws on the first that breaks it, naming the file,
 * the line and the reason. Example: `lexicon kk/suffixes.txt line 12: unknown case "genetive" ...`.
 */
export function validateLexicon(
  file: string,
  lang: LexiconLanguage,
  lines: readonly LexiconLine[],
  schema: LexiconSchema,
): void {
  for (const { line, text } of lines) {
    const fail = (why: string): never => {
      throw new Error(`lexicon ${file} line ${line}: ${why} in "${text}"`);
    };
    let body = text;
    if (text.startsWith("-")) {
      if (!schema.exclusions) fail('an exclusion (a line starting with "-") where none is allowed');
      body = text.slice(1).trim();
      if (!body) fail("an exclusion without words");
      const err = columnError(
        lang,
        { name: "words", kind: "words", rest: true, marks: "$-" },
        body,
      );
      if (err) fail(err);
      continue;
    }
    const { columns } = schema;
    let fields: string[];
    if (schema.layout === "bar-last") {
      const parts = body.split("|");
      if (parts.length !== 2) fail("expected words, a bar and a value");
      fields = parts.map((p) => p.trim());
    } else {
      const split = body.split(/\s+/);
      const last = columns.at(-1);
      const rest = last !== undefined && last.kind !== "enum" && last.rest === true;
      fields = rest
        ? [...split.slice(0, columns.length - 1), split.slice(columns.length - 1).join(" ")]
        : split;
    }
    if (fields.length !== columns.length || fields.some((f) => f === "")) {
      fail(`expected ${columns.map((c) => c.name).join(", ")}`);
    }
    columns.forEach((column, i) => {
      const err = columnError(lang, column, fields[i] ?? "");
      if (err) fail(err);
    });
  }
}

/** Fields of every line of a columns lexicon, as its schema splits them, with their line numbers. */
export function loadColumns(
  lang: LexiconLanguage,
  name: string,
): Array<{ line: number; fields: string[] }> {
  const lines = loadLexiconLines(lang, name);
  const width = LEXICON_SCHEMAS[name]?.columns.length ?? 1;
  return lines.map(({ line, text }) => {
    const split = text.split(/\s+/);
    return { line, fields: [...split.slice(0, width - 1), split.slice(width - 1).join(" ")] };
  });
}

/** Entries of a lexicon text: comments after `#` and blank lines dropped, line numbers kept. */
export function parseLexicon(content: string): LexiconLine[] {
  const out: LexiconLine[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/#.*$/, "").trim();
    if (text.length > 0) out.push({ line: i + 1, text });
  });
  return out;
}

/**
 * Non-empty, comment-free lines of `<lang>/<name>.txt`, read once per process.
 * Example: loadLexicon("ru", "months") → ["1 январь января ...", ...].
 */
export function loadLexicon(lang: LexiconLanguage, name: string): string[] {
  return loadLexiconLines(lang, name).map((l) => l.text);
}

/** A line that pairs a closed value with its words: "noun визит", "совместный заявление|joint_statement". */
export interface TaggedEntry<T extends string> {
  value: T;
  words: string;
  line: number;
}

/**
 * How a tagged lexicon lays out its lines: the value first and a space ("travel прибыл"), or the
 * words first and a bar ("глава государства|head_of_state").
 */
export interface TaggedFormat<T extends string> {
  values: readonly T[];
  layout: "value-first" | "bar-last";
}

/**
 * Reads a lexicon whose lines pair a value of a closed set with words, and checks every line:
 * a line that cannot be split or names a value outside the set throws, naming the file and line,
 * so a typo fails at start-up instead of becoming a stored value.
 */
export function loadTagged<T extends string>(
  lang: LexiconLanguage,
  name: string,
  format: TaggedFormat<T>,
): Array<TaggedEntry<T>> {
  return checkTagged(`${lang}/${name}.txt`, loadLexiconLines(lang, name), format).entries;
}

/** As loadTagged, where lines starting with "-" list words that must not count ("-прибыль"). */
export function loadTaggedWithExclusions<T extends string>(
  lang: LexiconLanguage,
  name: string,
  format: TaggedFormat<T>,
): { entries: Array<TaggedEntry<T>>; exclusions: string[] } {
  return checkTagged(`${lang}/${name}.txt`, loadLexiconLines(lang, name), format, true);
}

export function checkTagged<T extends string>(
  file: string,
  lines: LexiconLine[],
  format: TaggedFormat<T>,
  exclusionsAllowed = false,
): { entries: Array<TaggedEntry<T>>; exclusions: string[] } {
  const entries: Array<TaggedEntry<T>> = [];
  const exclusions: string[] = [];
  for (const { line, text } of lines) {
    const fail = (why: string): never => {
      throw new Error(`lexicon ${file} line ${line}: ${why} in "${text}"`);
    };
    if (exclusionsAllowed && text.startsWith("-")) {
      const words = text.slice(1).trim();
      if (!words) fail("an exclusion without words");
      exclusions.push(words);
      continue;
    }
    let value: string;
    let words: string;
    if (format.layout === "value-first") {
      const m = /^(\S+)\s+(.+)$/u.exec(text);
      if (!m) return fail("expected a value, a space and words");
      [value, words] = [m[1]!, m[2]!.trim()];
    } else {
      const parts = text.split("|");
      if (parts.length !== 2) return fail("expected words, a bar and a value");
      [words, value] = [parts[0]!.trim(), parts[1]!.trim()];
      if (!words) fail("expected words before the bar");
    }
    if (!(format.values as readonly string[]).includes(value)) {
      fail(`unknown value "${value}" (expected one of ${format.values.join(", ")})`);
    }
    entries.push({ value: value as T, words, line });
  }
  return { entries, exclusions };
}
