// Writes a synthetic corpus to disk: article texts beside gold files the extraction scorer reads.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Cast, generateArticle, type SyntheticArticle } from "./synth.js";

/** The gold file for one article, in the shape of the hand-annotated seed gold. */
export function goldRecord(a: SyntheticArticle): Record<string, unknown> {
  return { file: a.fileName, ...a.expected };
}

export interface WriteCorpusResult {
  dir: string;
  articles: number;
  bytes: number;
}

/**
 * Generates and writes `n` articles one at a time, so 100,000 articles need no more memory
 * than one.
 */
export async function writeCorpus(
  dir: string,
  n: number,
  seed: number,
  options: { gold?: boolean } = {},
): Promise<WriteCorpusResult> {
  await mkdir(dir, { recursive: true });
  const cast = new Cast(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, seed, cast);
    const stem = a.fileName.replace(/\.txt$/, "");
    await writeFile(join(dir, a.fileName), a.text);
    if (options.gold !== false) {
      await writeFile(join(dir, `${stem}.json`), `${JSON.stringify(goldRecord(a), null, 2)}\n`);
    }
    bytes += Buffer.byteLength(a.text);
  }
  return { dir, articles: n, bytes };
}
