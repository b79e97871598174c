// Plain-text tables of benchmark results, for the commands to print.
import type { ExtractBenchResult } from "./extract-bench.js";
import type { BenchResults } from "./full-bench.js";
import { formatLatency, formatMb, formatTable, mib, round } from "./measure.js";

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

export function benchTables(r: BenchResults): string {
  const parts: string[] = [];
  parts.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryMb} MB, Node ${r.machine.node}; database: ${r.database.description}`,
  );
  parts.push(`Extraction (one core)\n${extractTable(r.extraction.detail)}`);
  const l = r.load;
  parts.push(
    `Load (${l.corpus})\n${formatTable(
      [
        "",
        "articles",
        "seconds",
        "articles/s",
        "raw insertMany articles/s",
        "ratio",
        "documents",
        "loader peak RSS MB",
        "db server peak RSS MB",
      ],
      [
        [
          "load",
          l.articles,
          l.seconds,
          l.articlesPerSecond,
          l.rawInsertPerSecond,
          l.ratioToRaw,
          l.documentsWritten,
          mib(l.loaderPeakRssBytes),
          formatMb(l.dbServerPeakRssBytes),
        ],
      ],
    )}`,
  );
  parts.push(
    `GraphQL over HTTP (seeds loaded; production server; autocannon), and the same reads with the driver at the same concurrency\n${formatTable(
      [
        "query",
        "conc.",
        "p50",
        "p99",
        "req/s",
        "errors",
        "round trips",
        "driver p50 ms",
        "driver p99 ms",
        "driver req/s",
        "driver trips",
        "GraphQL/driver",
        "answered",
      ],
      r.graphql.map((g) => [
        g.name,
        g.concurrency,
        formatLatency(g.p50Ms, r.requestCapMs),
        formatLatency(g.p99Ms, r.requestCapMs),
        g.requestsPerSecond,
        g.errors,
        g.roundTrips,
        g.driverP50Ms,
        g.driverP99Ms,
        g.driverRequestsPerSecond,
        g.driverRoundTrips,
        g.ratioToDriver,
        g.answered ? "yes" : "NO",
      ]),
    )}`,
  );
  if (r.sizes.length > 0) {
    parts.push(
      `Scale (synthetic corpus; each query alone and by 16 concurrent clients against the API server in its own process, each request waited for up to ${round(r.requestCapMs / 1000, 0)} s)\n${formatTable(
        [
          "articles",
          "load s",
          "articles/s",
          "raw/s",
          "ratio",
          ...(r.sizes.find((x) => x.queries.length > 0) ?? r.sizes[0]!).queries.map((q) =>
            q.concurrency === 1 ? `${q.name} p50 c=1` : `${q.name} p99 c=${q.concurrency}`,
          ),
          "loader RSS MB",
          "db server RSS MB (load / queries)",
          "API server RSS MB",
          "scans",
          "errors",
        ],
        r.sizes.map((s) => [
          s.articles,
          s.load.seconds,
          s.load.articlesPerSecond,
          s.load.rawInsertPerSecond,
          s.load.ratioToRaw,
          ...s.queries.map((q) =>
            formatLatency(q.concurrency === 1 ? q.p50Ms : q.p99Ms, r.requestCapMs),
          ),
          s.loaderPeakRssMb,
          `${mbOrNa(s.dbServerLoadPeakRssMb)} / ${mbOrNa(s.dbServerQueryPeakRssMb)}`,
          mbOrNa(s.apiServerPeakRssMb),
          s.plans.filter((p) => p.plan === "collection scan").length,
          s.queries.reduce((n, q) => n + q.errors, 0),
        ]),
      )}`,
    );
  }
  parts.push(
    [
      "Memory is peak resident set size, sampled from each process while it worked:",
      "  loader     = the benchmark process while it loads (extraction, store, MongoDB driver);",
      "  db server  = the database server's own process (/proc/PID/status; n/a for MONGODB_URI);",
      "  API server = src/server/main.ts run as its own process, while the queries ran.",
    ].join("\n"),
  );
  for (const s of r.sizes) {
    for (const q of s.queries.filter((x) => x.concurrency === 1)) {
      if (q.error) parts.push(`${q.name} at ${s.articles} articles did not answer: ${q.error}`);
    }
  }
  for (const s of [r.load, ...r.sizes.map((x) => x.load)]) {
    if (s.error) parts.push(`Load did not finish: ${s.error}`);
  }
  parts.push(
    `Targets\n${formatTable(
      ["target", "wanted", "measured", "met"],
      r.targets.map((t) => [t.name, t.target, t.measured, t.met ? "yes" : "NO"]),
    )}`,
  );
  return parts.join("\n\n");
}

function mbOrNa(mb: number | null): string {
  return mb === null ? "n/a" : String(mb);
}
