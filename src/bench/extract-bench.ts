// Extraction throughput on one core: articles per second and per-article latency over real and synthetic text.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { extract } from "../extraction/index.js";
import { decodeArticle } from "../extraction/text/decode.js";
import { type LatencySummary, round, summarize, timeEach } from "./measure.js";
import { generateCorpus } from "./synth.js";

export interface ThroughputResult {
  name: string;
  /** Timed extractions (articles × rounds). */
  runs: number;
  distinctArticles: number;
  meanBytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  latency: LatencySummary;
}

export interface SizeScalingPoint {
  bytes: number;
  ms: number;
  msPerMegabyte: number;
}

export interface ExtractBenchResult {
  seeds: ThroughputResult | null;
  synthetic: ThroughputResult;
  /** One long input made of many articles: time should grow linearly with size. */
  scaling: SizeScalingPoint[];
}

export interface ExtractBenchOptions {
  seedsDir: string;
  /** How many times the seed articles are extracted (they are few). */
  seedRounds: number;
  syntheticArticles: number;
  seed: number;
  /** Sizes in bytes of single long inputs to time; empty to skip. */
  scalingSizes: number[];
}

export async function readTextFiles(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  const texts: string[] = [];
  for (const f of files) {
    const decoded = decodeArticle(await readFile(join(dir, f)));
    if (!decoded.ok) throw new Error(`cannot decode ${join(dir, f)}: ${decoded.reason}`);
    texts.push(decoded.text);
  }
  return texts;
}

/** Times extract() over `texts` repeated `rounds` times, after one untimed warm-up pass. */
export function measureThroughput(name: string, texts: string[], rounds: number): ThroughputResult {
  // Warm-up lets the JIT compile the rules before timing, as in a long-running loader.
  for (const t of texts) extract(t);
  const runs: string[] = [];
  for (let r = 0; r < rounds; r++) runs.push(...texts);
  const started = performance.now();
  const samples = timeEach(runs, (t) => extract(t));
  const seconds = (performance.now() - started) / 1000;
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  return {
    name,
    runs: runs.length,
    distinctArticles: texts.length,
    meanBytes: Math.round(bytes / Math.max(1, texts.length)),
    seconds: round(seconds, 3),
    articlesPerSecond: round(runs.length / seconds, 1),
    megabytesPerSecond: round((bytes * rounds) / 1024 / 1024 / seconds, 2),
    latency: summarize(samples),
  };
}

/** Times single inputs of growing size built from synthetic articles. */
export function measureScaling(texts: string[], sizes: number[]): SizeScalingPoint[] {
  const points: SizeScalingPoint[] = [];
  for (const size of sizes) {
    const parts: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < size; i++) {
      const t = texts[i % texts.length] as string;
      parts.push(t);
      bytes += Buffer.byteLength(t) + 2;
    }
    const big = parts.join("\n\n");
    const t0 = performance.now();
    extract(big);
    const ms = performance.now() - t0;
    const actual = Buffer.byteLength(big);
    points.push({
      bytes: actual,
      ms: round(ms, 1),
      msPerMegabyte: round(ms / (actual / 1024 / 1024), 1),
    });
  }
  return points;
}

export async function benchExtract(opts: ExtractBenchOptions): Promise<ExtractBenchResult> {
  let seeds: ThroughputResult | null = null;
  const seedTexts = await readTextFiles(opts.seedsDir).catch(() => []);
  if (seedTexts.length > 0) seeds = measureThroughput("seeds", seedTexts, opts.seedRounds);
  const synthTexts = generateCorpus(opts.syntheticArticles, opts.seed).map((a) => a.text);
  const synthetic = measureThroughput("synthetic", synthTexts, 1);
  const scaling = measureScaling(synthTexts, opts.scalingSizes);
  return { seeds, synthetic, scaling };
}
