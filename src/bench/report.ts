// Plain-text tables of benchmark results, for the commands to print.
import type { ExtractBenchResult } from "./extract-bench.js";
import { formatTable, round } from "./measure.js";

export function extractTable(r: ExtractBenchResult): string {
  const rows = [r.seeds, r.synthetic]
    .filter((x) => x !== null)
    .map((x) => [
      x.name,
      x.distinctArticles,
      x.runs,
      Math.round(x.meanBytes / 102.4) / 10,
      x.articlesPerSecond,
      x.megabytesPerSecond,
      round(x.latency.p50Ms, 2),
      round(x.latency.p99Ms, 2),
      round(x.latency.maxMs, 1),
    ]);
  let out = formatTable(
    [
      "corpus",
      "articles",
      "runs",
      "KB/article",
      "articles/s",
      "MB/s",
      "p50 ms",
      "p99 ms",
      "max ms",
    ],
    rows,
  );
  if (r.scaling.length > 0) {
    out += `\n\n${formatTable(
      ["single input", "ms", "ms/MB"],
      r.scaling.map((p) => [`${round(p.bytes / 1024 / 1024, 2)} MB`, p.ms, p.msPerMegabyte]),
    )}`;
  }
  return out;
}
