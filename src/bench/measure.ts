// Measurement helpers shared by the benchmarks: latency summaries, throughput, peak memory.
import { readFileSync } from "node:fs";

export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of an ascending list (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    meanMs: sorted.length ? total / sorted.length : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * A latency figure: milliseconds, or "capped" when the request was still unanswered at the
 * measuring cap, so a slow query is reported as slower than the cap instead of as no number.
 */
export type Latency = number | "capped";

/** Nearest-rank percentile of answered times plus `capped` requests that never answered in time. */
export function latencyPercentile(
  answeredMs: readonly number[],
  capped: number,
  p: number,
): Latency {
  const sorted = [...answeredMs].sort((a, b) => a - b);
  const all = [...sorted, ...Array.from({ length: capped }, () => Number.POSITIVE_INFINITY)];
  const x = percentile(all, p);
  return x === Number.POSITIVE_INFINITY ? "capped" : x;
}

/** A latency for a table: "12.3 ms", "4.6 s", or "> 60 s (cap)"; "n/a" when nothing was timed. */
export function formatLatency(l: Latency | null, capMs: number): string {
  if (l === "capped") return `> ${round(capMs / 1000, 1)} s (cap)`;
  if (l === null || !Number.isFinite(l)) return "n/a";
  return l < 1000 ? `${round(l, 1)} ms` : `${round(l / 1000, 1)} s`;
}

/** Megabytes for a table, "n/a" when the memory could not be read. */
export function formatMb(bytes: number | null): string {
  return bytes === null ? "n/a" : String(mib(bytes));
}

/** Runs `fn` on each item in turn and returns each call's wall time in milliseconds. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): number[] {
  const out: number[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const t0 = performance.now();
    fn(items[i] as T);
    out[i] = performance.now() - t0;
  }
  return out;
}

/** A process's resident memory as Linux reports it in /proc/PID/status: now, and its lifetime peak. */
export interface ProcMemory {
  rssBytes: number;
  peakBytes: number;
}

/** Reads VmRSS and VmHWM (kB) from the text of /proc/PID/status; null when either is missing. */
export function parseProcStatus(text: string): ProcMemory | null {
  const kb = (field: string) => {
    const m = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, "m").exec(text);
    return m ? Number(m[1]) * 1024 : null;
  };
  const rssBytes = kb("VmRSS");
  const peakBytes = kb("VmHWM");
  return rssBytes === null || peakBytes === null ? null : { rssBytes, peakBytes };
}

/** The memory of process `pid`; null when it cannot be read (not Linux, or the process is gone). */
export function readProcMemory(pid: number): ProcMemory | null {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Samples the resident memory of one process while work runs: this one by default, or another
 * (a database or API server) by pid. The kernel's own peak (VmHWM) covers the process's whole
 * life, which for this process includes earlier work, hence sampling.
 */
export class RssSampler {
  private peak: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pid?: number) {}

  start(intervalMs = 25): this {
    this.peak = null;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const rss =
      this.pid === undefined
        ? process.memoryUsage.rss()
        : (readProcMemory(this.pid)?.rssBytes ?? null);
    if (rss !== null && (this.peak === null || rss > this.peak)) this.peak = rss;
  }

  /** Peak resident set size in bytes since start(); null when the process could not be read. */
  stop(): number | null {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peak;
  }
}

/** Peak RSS of this process since it started, in bytes (Linux reports maxRSS in KiB). */
export function processPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export function mib(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A plain-text table with aligned columns, for the benchmark commands to print. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  // A number that is not finite is a missing figure; it prints as such, never as NaN.
  const cell = (c: string | number) =>
    typeof c === "number" && !Number.isFinite(c) ? "n/a" : String(c);
  const cells = [header, ...rows.map((r) => r.map(cell))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join("\n");
}
