// Reads lexicon data files (one entry a line, `#` comments) from src/extraction/lexicons/{ru,kk,en}.
import { readFileSync } from "node:fs";

const cache = new Map<string, string[]>();

/**
 * Non-empty, comment-free lines of `<lang>/<name>.txt`, read once per process.
 * Example: loadLexicon("ru", "months") → ["1 январь января ...", ...].
 */
export function loadLexicon(lang: "ru" | "kk" | "en", name: string): string[] {
  const key = `${lang}/${name}`;
  let lines = cache.get(key);
  if (!lines) {
    const raw = readFileSync(new URL(`./${key}.txt`, import.meta.url), "utf8");
    lines = raw
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter((l) => l.length > 0);
    cache.set(key, lines);
  }
  return lines;
}
