// Load throughput end to end (files → extraction → store) beside raw insertMany of the documents it wrote.
import type { Db, Document, MongoClient } from "mongodb";
import { COLLECTION_NAMES, ensureIndexes } from "../db/collections.js";
import { loadPaths, type StoreCounts } from "../store/load.js";
import { RssSampler, round } from "./measure.js";
import { withStallGuard } from "./stall.js";

export interface LoadBenchResult {
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** The same documents inserted with insertMany into an empty database with the same indexes. */
  rawInsertSeconds: number;
  rawInsertPerSecond: number;
  /** articlesPerSecond / rawInsertPerSecond. */
  ratioToRaw: number;
  documentsWritten: number;
  totals: StoreCounts;
  /** Peak resident memory of the loading process (this one: extraction and the driver). */
  loaderPeakRssBytes: number;
  /** Peak resident memory of the database server's process during the load; null when unknown. */
  dbServerPeakRssBytes: number | null;
  /** Why the load did not finish, when it did not. */
  error?: string;
}

/** The result of a load that did not finish, so the rest of a benchmark can still report. */
export function failedLoad(err: unknown): LoadBenchResult {
  return {
    articles: 0,
    failed: 0,
    seconds: Number.NaN,
    articlesPerSecond: 0,
    rawInsertSeconds: Number.NaN,
    rawInsertPerSecond: 0,
    ratioToRaw: 0,
    documentsWritten: 0,
    totals: { articles: 0, countries: 0, people: 0, visits: 0, statements: 0, documents: 0 },
    loaderPeakRssBytes: 0,
    dbServerPeakRssBytes: null,
    error: err instanceof Error ? err.message : String(err),
  };
}

const RAW_BATCH = 1000;
/**
 * A long load says how it goes about twenty times, every 500 to 5,000 files: files complete a
 * batch at a time, so a rate over fewer would measure the batching.
 */
const PROGRESS_LINES = 20;
const PROGRESS_MIN_EVERY = 500;
const PROGRESS_MAX_EVERY = 5_000;

/** Lines such as `loaded 5000 of 100000 in 120 s: 41.7/s overall, 38.2/s over the last 5000`. */
export function progressReporter(started: number, note: (line: string) => void) {
  let total = 0;
  let every = PROGRESS_MAX_EVERY;
  let done = 0;
  let lastAt = started;
  return {
    start(files: number) {
      total = files;
      every = Math.min(
        PROGRESS_MAX_EVERY,
        Math.max(PROGRESS_MIN_EVERY, Math.ceil(files / PROGRESS_LINES)),
      );
    },
    file() {
      done++;
      if (done % every !== 0 || done === total) return;
      const now = performance.now();
      const overall = done / (Math.max(now - started, 1) / 1000);
      const recent = every / (Math.max(now - lastAt, 1) / 1000);
      lastAt = now;
      note(
        `loaded ${done} of ${total} in ${round((now - started) / 1000, 0)} s: ${round(overall, 1)}/s overall, ${round(recent, 1)}/s over the last ${every}`,
      );
    },
  };
}
/** A command unanswered this long means the server is stuck, not slow. */
const STALL_MS = 90_000;

/** Loads `paths` into a freshly emptied `dbName`, then times raw inserts of what it stored. */
export async function benchLoad(
  client: MongoClient,
  dbName: string,
  paths: string[],
  options: {
    batchSize?: number;
    stallMs?: number;
    dbServerPid?: number | undefined;
    /** Told the rate every `PROGRESS_EVERY` files, overall and since the last line. */
    onProgress?: (line: string) => void;
  } = {},
): Promise<LoadBenchResult> {
  const db = client.db(dbName);
  await db.dropDatabase();
  await ensureIndexes(db);
  const sampler = new RssSampler().start();
  const dbSampler =
    options.dbServerPid === undefined ? null : new RssSampler(options.dbServerPid).start(100);
  const started = performance.now();
  const progress = options.onProgress ? progressReporter(started, options.onProgress) : undefined;
  const summary = await withStallGuard(client, options.stallMs ?? STALL_MS, () =>
    loadPaths(db, paths, {
      batchSize: options.batchSize,
      onStart: progress?.start,
      onFile: progress?.file,
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const loaderPeakRssBytes = sampler.stop() ?? 0;
  const dbServerPeakRssBytes = dbSampler?.stop() ?? null;
  const articles = summary.byStatus.new + summary.byStatus.updated + summary.byStatus.unchanged;

  const raw = await rawInsert(client, db, `${dbName}_raw`);
  const articlesPerSecond = articles / seconds;
  const rawInsertPerSecond = articles / raw.seconds;
  return {
    articles,
    failed: summary.byStatus.failed,
    seconds: round(seconds, 3),
    articlesPerSecond: round(articlesPerSecond, 1),
    rawInsertSeconds: round(raw.seconds, 3),
    rawInsertPerSecond: round(rawInsertPerSecond, 1),
    ratioToRaw: round(articlesPerSecond / rawInsertPerSecond, 3),
    documentsWritten: raw.documents,
    totals: summary.totals,
    loaderPeakRssBytes,
    dbServerPeakRssBytes,
  };
}

/**
 * Copies every collection of `from` into an emptied database with insertMany, timing only the
 * inserts: the bound a loader writing the same documents cannot beat.
 */
async function rawInsert(
  client: MongoClient,
  from: Db,
  toName: string,
): Promise<{ seconds: number; documents: number }> {
  const to = client.db(toName);
  await to.dropDatabase();
  await ensureIndexes(to);
  let ms = 0;
  let documents = 0;
  for (const name of Object.values(COLLECTION_NAMES)) {
    const cursor = from.collection(name).find({}).batchSize(RAW_BATCH);
    let batch: Document[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const t0 = performance.now();
      await to.collection(name).insertMany(batch, { ordered: false });
      ms += performance.now() - t0;
      documents += batch.length;
      batch = [];
    };
    for await (const doc of cursor) {
      batch.push(doc);
      if (batch.length >= RAW_BATCH) await flush();
    }
    await flush();
  }
  await to.dropDatabase();
  return { seconds: ms / 1000, documents };
}
