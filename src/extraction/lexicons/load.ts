// Reads lexicon data files (one entry a line, `#` comments) from src/extraction/lexicons/{ru,kk,en}.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const cache = new Map<string, string[]>();

/**
 * Where the data files are: next to this module under tsx, or, once compiled to dist/ (which
 * tsc fills with .js only), in the matching src/ folder.
 */
function lexiconDirs(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const marker = `${sep}dist${sep}`;
  const at = here.lastIndexOf(marker);
  const dirs = [here];
  if (at >= 0) dirs.push(`${here.slice(0, at)}${sep}src${sep}${here.slice(at + marker.length)}`);
  return dirs;
}

const DIRS = lexiconDirs();

/**
 * Non-empty, comment-free lines of `<lang>/<name>.txt`, read once per process.
 * Example: loadLexicon("ru", "months") → ["1 январь января ...", ...].
 */
export function loadLexicon(lang: "ru" | "kk" | "en", name: string): string[] {
  const key = `${lang}/${name}`;
  let lines = cache.get(key);
  if (!lines) {
    const file = DIRS.map((d) => join(d, lang, `${name}.txt`)).find((f) => existsSync(f));
    if (!file) throw new Error(`lexicon ${key}.txt not found in ${DIRS.join(" or ")}`);
    lines = readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter((l) => l.length > 0);
    cache.set(key, lines);
  }
  return lines;
}
