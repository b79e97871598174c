// Loads article files, folders and globs into the store, one result per file and a summary.
import { readdir, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import type { Collection, Db, Document } from "mongodb";
import { glob, isDynamicPattern } from "tinyglobby";
import { collections } from "../db/collections.js";
import { type IngestOptions, type IngestOutcome, ingestArticles } from "./ingest.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  isArticleFile,
  type ReadResult,
  readArticleFile,
} from "./read-file.js";

export type FileStatus = "new" | "unchanged" | "updated" | "failed" | "skipped";

export interface FileResult {
  path: string;
  status: FileStatus;
  /** Why a file failed or was skipped, or what else is worth knowing (duplicate, nothing found). */
  reason?: string;
  articleId?: string;
  encoding?: string;
  /** Stored, but extraction found nothing in it. */
  empty?: boolean;
}

export interface StoreCounts {
  articles: number;
  countries: number;
  people: number;
  visits: number;
  statements: number;
  documents: number;
}

export interface LoadSummary {
  files: number;
  byStatus: Record<FileStatus, number>;
  /** Articles stored or updated in this run that extraction found nothing in. */
  emptyArticles: number;
  /** What the store holds after the run. */
  totals: StoreCounts;
  elapsedMs: number;
}

export interface LoadOptions extends IngestOptions {
  maxFileBytes?: number;
  onFile?: (r: FileResult) => void;
  /** Called once the files are listed, before any is loaded (for a progress bar). */
  onStart?: (files: number) => void;
  /** Articles per bulk write. */
  batchSize?: number;
}

const READ_CONCURRENCY = 16;
const DEFAULT_BATCH = 100;
const SKIP_DIRS = new Set(["node_modules", ".git"]);

interface Loadable {
  path: string;
  text: string;
  encoding: string;
}

interface Listed {
  path: string;
  /** Named on the command line (loaded whatever its extension) rather than found in a folder. */
  explicit: boolean;
}

async function walk(dir: string, out: Listed[], skipped: FileResult[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(p, out, skipped);
    } else if (e.isFile()) {
      if (isArticleFile(p)) out.push({ path: p, explicit: false });
      else if (!e.name.startsWith(".")) {
        skipped.push({
          path: p,
          status: "skipped",
          reason: `not an article file (${extname(p) || "no extension"}; .txt, .md and .html are loaded)`,
        });
      }
    }
  }
}

/** Expands files, folders (recursively) and glob patterns into a sorted list of files. */
export async function listFiles(
  args: string[],
): Promise<{ files: Listed[]; problems: FileResult[] }> {
  const files: Listed[] = [];
  const problems: FileResult[] = [];
  for (const arg of args) {
    let s: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      s = await stat(arg);
    } catch {
      s = null;
    }
    if (s?.isDirectory()) await walk(arg, files, problems);
    else if (s) files.push({ path: arg, explicit: true });
    else if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false });
      if (matched.length === 0) {
        problems.push({ path: arg, status: "failed", reason: "pattern matches no file" });
      }
      for (const m of matched.sort()) files.push({ path: m, explicit: true });
    } else {
      problems.push({ path: arg, status: "failed", reason: "no such file or folder" });
    }
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = relative(".", f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: unique, problems };
}

async function readAll(paths: string[], maxBytes: number): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await readArticleFile(paths[i]!, maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return results;
}

/** A collection's size from the count the server keeps, without reading its documents. */
function countOf<T extends Document>(coll: Collection<T>): Promise<number> {
  return coll.estimatedDocumentCount();
}

export async function countStore(db: Db): Promise<StoreCounts> {
  const c = collections(db);
  const [articles, countries, people, visits, statements, documents] = await Promise.all([
    countOf(c.articles),
    countOf(c.countries),
    countOf(c.people),
    countOf(c.visits),
    countOf(c.statements),
    countOf(c.documents),
  ]);
  return { articles, countries, people, visits, statements, documents };
}

/**
 * Loads every article file under the given paths. A file that cannot be loaded is reported and
 * the others still load; a database error stops the run (and is thrown) since nothing can load.
 */
export async function loadPaths(
  db: Db,
  paths: string[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const byStatus: Record<FileStatus, number> = {
    new: 0,
    unchanged: 0,
    updated: 0,
    failed: 0,
    skipped: 0,
  };
  let emptyArticles = 0;
  const report = (r: FileResult) => {
    byStatus[r.status]++;
    if (r.empty && (r.status === "new" || r.status === "updated")) emptyArticles++;
    options.onFile?.(r);
  };

  const { files, problems } = await listFiles(paths);
  options.onStart?.(files.length + problems.length);
  for (const p of problems) report(p);
  // Which file first brought each article in this run, to name it for later copies.
  const firstFile = new Map<string, string>();

  const reportBatch = (loadable: Loadable[], outcomes: IngestOutcome[]) => {
    outcomes.forEach((o, i) => {
      const l = loadable[i]!;
      const first = firstFile.get(o.articleId);
      if (!first && o.status !== "failed") firstFile.set(o.articleId, l.path);
      const notes: string[] = [];
      if (o.reason) notes.push(`the database refused it: ${o.reason}`);
      if (first) notes.push(`same article as ${first}`);
      if (o.empty) notes.push("nothing found in it (stored, flagged empty)");
      const result: FileResult = {
        path: l.path,
        status: first && o.status !== "failed" ? "unchanged" : o.status,
        articleId: o.articleId,
        encoding: l.encoding,
        empty: o.empty,
      };
      if (notes.length > 0) result.reason = notes.join("; ");
      report(result);
    });
  };

  // One batch is written while the next is read and extracted (CPU here, I/O in the database).
  let writing: Promise<void> | null = null;
  try {
    for (let at = 0; at < files.length; at += batchSize) {
      const chunk = files.slice(at, at + batchSize);
      const read = await readAll(
        chunk.map((f) => f.path),
        maxBytes,
      );
      const loadable: Loadable[] = [];
      const failed: FileResult[] = [];
      read.forEach((r, i) => {
        const path = chunk[i]!.path;
        if (r.ok) loadable.push({ path, text: r.text, encoding: r.encoding });
        else failed.push({ path, status: "failed", reason: r.reason });
      });
      const job = ingestArticles(
        db,
        loadable.map((l) => ({ text: l.text, fileName: l.path, encoding: l.encoding })),
        options,
      );
      const previous = writing;
      writing = (async () => {
        await previous;
        const outcomes = await job;
        for (const f of failed) report(f);
        reportBatch(loadable, outcomes);
      })();
      // At most one batch waits behind the one being written, which bounds memory.
      if (previous) await previous;
    }
    await writing;
  } catch (err) {
    await writing?.catch(() => {});
    throw err;
  }
  return {
    files: files.length + problems.length,
    byStatus,
    emptyArticles,
    totals: await countStore(db),
    elapsedMs: performance.now() - started,
  };
}
