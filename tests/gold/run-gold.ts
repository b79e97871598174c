// Runs extract() over a folder of articles and scores it against a folder of gold files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/extraction/index.js";
import { type Article, type Score, scoreArticles } from "./score.js";

export function scoreFolder(articleDir: string, goldDir: string): Score {
  const pairs: Array<{ gold: Article; pred: Article }> = [];
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as Article;
    const text = readFileSync(join(articleDir, f.replace(/\.json$/, ".txt")), "utf8");
    pairs.push({ gold, pred: extract(text) as unknown as Article });
  }
  return scoreArticles(pairs);
}

/** One line per list, for a readable failure message. */
export function describeScore(s: Score): string {
  const pct = (x: number | null) => (x == null ? "-" : (100 * x).toFixed(1));
  return Object.entries(s.lists)
    .map(
      ([k, l]) =>
        `${k}: P ${pct(l.precision)} R ${pct(l.recall)} F1 ${pct(l.f1)} ${Object.entries(
          l.attributes,
        )
          .map(([a, v]) => `${a} ${pct(v)}`)
          .join(", ")}`,
    )
    .concat(`micro F1 ${pct(s.micro.f1)}`)
    .join("\n");
}
