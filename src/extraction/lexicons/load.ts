// Reads lexicon data files (one entry a line, `#` comments) from src/extraction/lexicons/{ru,kk,en}.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cache = new Map<string, string[]>();

/** Next to this module: under tsx in src/, and in dist/, where `npm run build` copies them. */
const DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Non-empty, comment-free lines of `<lang>/<name>.txt`, read once per process.
 * Example: loadLexicon("ru", "months") → ["1 январь января ...", ...].
 */
export function loadLexicon(lang: "ru" | "kk" | "en", name: string): string[] {
  const key = `${lang}/${name}`;
  let lines = cache.get(key);
  if (!lines) {
    const file = join(DIR, lang, `${name}.txt`);
    if (!existsSync(file)) throw new Error(`lexicon ${key}.txt not found in ${DIR}`);
    lines = readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter((l) => l.length > 0);
    cache.set(key, lines);
  }
  return lines;
}
