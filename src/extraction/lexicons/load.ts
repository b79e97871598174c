// Reads lexicon data files (one entry a line, `#` comments) from src/extraction/lexicons/{ru,kk,en}.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type LexiconLanguage = "ru" | "kk" | "en";

/** One entry with the line it stands on, so a bad entry can be named. */
export interface LexiconLine {
  line: number;
  text: string;
}

const cache = new Map<string, LexiconLine[]>();

/** Next to this module: under tsx in src/, and in dist/, where `npm run build` copies them. */
const DIR = dirname(fileURLToPath(import.meta.url));

/** Non-empty, comment-free lines of `<lang>/<name>.txt` with their line numbers, read once per process. */
export function loadLexiconLines(lang: LexiconLanguage, name: string): LexiconLine[] {
  const key = `${lang}/${name}`;
  let lines = cache.get(key);
  if (!lines) {
    const file = join(DIR, lang, `${name}.txt`);
    if (!existsSync(file)) throw new Error(`lexicon ${key}.txt not found in ${DIR}`);
    lines = parseLexicon(readFileSync(file, "utf8"));
    cache.set(key, lines);
  }
  return lines;
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
