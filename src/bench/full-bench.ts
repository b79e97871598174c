// The whole benchmark: extraction, load beside raw inserts, GraphQL over HTTP beside the driver, and scale.
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { type Db, MongoClient } from "mongodb";
import { loadConfig } from "../config/index.js";
import { createLogger } from "../config/logger.js";
import { COLLECTION_NAMES } from "../db/collections.js";
import { type DatabaseServer, startDatabaseServer } from "../db/server.js";
import { buildServer } from "../server/build-server.js";
import { loadPaths } from "../store/load.js";
import { startApiProcess } from "./api-process.js";
import { type CanonicalParams, type CanonicalQuery, canonicalQueries } from "./canonical.js";
import { writeCorpus } from "./corpus-files.js";
import { benchExtract, type ExtractBenchResult } from "./extract-bench.js";
import {
  countRoundTrips,
  graphqlBody,
  postGraphql,
  runAutocannon,
  runClosedLoop,
} from "./http-bench.js";
import { benchLoad, failedLoad, type LoadBenchResult } from "./load-bench.js";
import { formatLatency, type Latency, mib, RssSampler, round, summarize } from "./measure.js";
import { type PlanVerdict, planStages, planVerdict } from "./plans.js";
import { Cast, generateArticle } from "./synth.js";

export interface BenchOptions {
  quick: boolean;
  /** Synthetic articles for the load figures (default 1000; 200 when quick). */
  loadArticles?: number;
  /** Synthetic corpus sizes to load and query (e.g. 1000, 10000). */
  sizes: number[];
  seedsDir: string;
  seed: number;
  /** autocannon duration per query and concurrency, seconds. */
  durationSeconds: number;
  mongodbUri?: string;
  onStep?: (message: string) => void;
}

/** How long one request is waited for; a slower one is reported as "> cap", not as a time. */
export const REQUEST_CAP_MS = 60_000;

export interface GraphqlRow {
  name: string;
  description: string;
  concurrency: number;
  p50Ms: Latency;
  p99Ms: Latency;
  requestsPerSecond: number;
  errors: number;
  /** Database commands one request sends (through the API). */
  roundTrips: number;
  roundTripCommands: Record<string, number>;
  /** The same reads done directly with the driver by as many concurrent clients. */
  driverP50Ms: number;
  driverP99Ms: number;
  driverRequestsPerSecond: number;
  driverRoundTrips: number;
  /** GraphQL p50 at concurrency 1 / driver p50: the API's own cost. */
  ratioToDriver: number;
  /** The response had data and no errors. */
  answered: boolean;
  /** The first error message, when it did not. */
  error: string | null;
}

export interface PlanCheck {
  query: string;
  collection: string;
  plan: PlanVerdict;
  detail: string;
}

export interface SizeRow {
  articles: number;
  load: LoadBenchResult;
  /** Each query by `concurrency` clients, every request waited for up to REQUEST_CAP_MS. */
  queries: {
    name: string;
    concurrency: number;
    p50Ms: Latency;
    p99Ms: Latency;
    requests: number;
    /** Requests unanswered at the cap. */
    capped: number;
    requestsPerSecond: number;
    errors: number;
    error: string | null;
  }[];
  plans: PlanCheck[];
  /** Peak RSS of the loader (the bench process: extraction and the driver) during the load. */
  loaderPeakRssMb: number;
  /** Peak RSS of the database server's own process during the load; null when not known. */
  dbServerLoadPeakRssMb: number | null;
  /** Peak RSS of the database server's own process while the queries ran. */
  dbServerQueryPeakRssMb: number | null;
  /** Peak RSS of the API server's process (src/server/main.ts, run as a child) while the queries ran. */
  apiServerPeakRssMb: number | null;
}

export interface BenchResults {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryMb: number; node: string; platform: string };
  database: { kind: string; description: string };
  /** How long one request was waited for at most. */
  requestCapMs: number;
  extraction: {
    articlesPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    detail: ExtractBenchResult;
  };
  load: LoadBenchResult & { corpus: string };
  graphql: GraphqlRow[];
  sizes: SizeRow[];
  targets: { name: string; target: string; measured: string; met: boolean }[];
}

const MIN_DRIVER_SAMPLES = 20;
/** Each scale query runs alone (its latency) and by 16 clients (the load it stands). */
const SCALE_CONCURRENCY = [1, 16] as const;

export async function runBench(opts: BenchOptions): Promise<BenchResults> {
  const step = opts.onStep ?? (() => {});
  step("extraction");
  const extraction = await benchExtract({
    seedsDir: opts.seedsDir,
    seedRounds: opts.quick ? 10 : 40,
    syntheticArticles: opts.quick ? 300 : 2000,
    seed: opts.seed,
    scalingSizes: opts.quick ? [1024 * 1024] : [1024 * 1024, 5 * 1024 * 1024],
  });

  const loadN = opts.loadArticles ?? (opts.quick ? 200 : 1000);
  const largest = Math.max(loadN, ...opts.sizes);
  const corpusDir = await mkdtemp(join(tmpdir(), "diplograph-bench-"));
  try {
    step(`writing ${largest} synthetic articles to ${corpusDir}`);
    await writeCorpus(corpusDir, largest, opts.seed, { gold: false });
    const files = (await readdir(corpusDir)).filter((f) => f.endsWith(".txt")).sort();
    const firstFiles = (n: number) => files.slice(0, n).map((f) => join(corpusDir, f));

    step(`load: ${loadN} synthetic articles, then the same documents with insertMany`);
    const load = await withDatabase(opts, step, async (client, dbServer) => {
      const r = await benchLoad(client, "diplograph_bench_load", firstFiles(loadN), {
        dbServerPid: dbServer.pid,
      }).catch(failedLoad);
      if (!r.error) await client.db("diplograph_bench_load").dropDatabase();
      return r;
    });
    if (load.error) step(`  load failed: ${load.error}`);

    const sizes: SizeRow[] = [];
    for (const n of opts.sizes) {
      step(`scale: ${n} synthetic articles`);
      const row = await withDatabase(opts, step, (client, dbServer) =>
        benchSize(client, dbServer, n, firstFiles(n), opts, step),
      );
      sizes.push(row);
      if (row.load.error) step(`  load failed: ${row.load.error}`);
    }
    // The scale runs go before the GraphQL runs: on the FerretDB fallback, loads that followed
    // them in the same process stalled on an unanswered update.
    step("GraphQL over HTTP with the seeds loaded");
    const graphql = await withDatabase(opts, step, async (client) => {
      const seedsDb = client.db("diplograph_bench_seeds");
      await seedsDb.dropDatabase();
      await loadPaths(seedsDb, [opts.seedsDir]);
      const seedParams: CanonicalParams = { country: "KZ", pair: ["KZ", "AZ"], search: "Токаев" };
      const rows = await benchGraphql(client, seedsDb, seedParams, opts, step);
      await seedsDb.dropDatabase();
      return rows;
    });

    const database = databaseSeen ?? { kind: "unknown", description: "unknown" };

    return {
      generatedAt: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? "unknown",
        cores: cpus().length,
        memoryMb: Math.round(totalmem() / 1024 / 1024),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      database,
      requestCapMs: REQUEST_CAP_MS,
      extraction: {
        articlesPerSecond: extraction.synthetic.articlesPerSecond,
        p50Ms: round(extraction.synthetic.latency.p50Ms, 2),
        p99Ms: round(extraction.synthetic.latency.p99Ms, 2),
        detail: extraction,
      },
      load: { ...load, corpus: `${loadN} synthetic articles` },
      graphql,
      sizes,
      targets: targets(extraction, load, graphql, sizes),
    };
  } finally {
    await rm(corpusDir, { recursive: true, force: true });
  }
}

let databaseSeen: { kind: string; description: string } | null = null;

/**
 * Each phase gets its own database server (when none is given by URI): the FerretDB fallback
 * can stop answering after heavy concurrent load, and one phase must not wedge the next.
 */
async function withDatabase<T>(
  opts: BenchOptions,
  step: (m: string) => void,
  fn: (client: MongoClient, dbServer: DatabaseServer) => Promise<T>,
): Promise<T> {
  const dbServer = await startDatabaseServer({ uri: opts.mongodbUri });
  databaseSeen = { kind: dbServer.kind, description: dbServer.description };
  step(
    `  database: ${dbServer.description}${dbServer.pid === undefined ? "" : ` (pid ${dbServer.pid})`}`,
  );
  const client = new MongoClient(dbServer.uri, {
    monitorCommands: true,
    serverSelectionTimeoutMS: 10_000,
  });
  try {
    await client.connect();
    return await fn(client, dbServer);
  } finally {
    await client.close().catch(() => {});
    await dbServer.stop().catch(() => {});
  }
}

/** The API built as in production (NODE_ENV=production) over `db`, listening on a free port. */
async function startApi(client: MongoClient, db: Db) {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    PORT: "0",
    // The benchmark only reads; a key nobody knows keeps the write mutation closed.
    API_KEY: randomBytes(24).toString("hex"),
  });
  const server = await buildServer({ db, config, logger: createLogger(config) });
  const { url } = await server.listen(0, "127.0.0.1");
  return { server, url: `${url}graphql`, client };
}

async function benchGraphql(
  client: MongoClient,
  db: Db,
  params: CanonicalParams,
  opts: BenchOptions,
  step: (m: string) => void,
): Promise<GraphqlRow[]> {
  const { server, url } = await startApi(client, db);
  const rows: GraphqlRow[] = [];
  try {
    for (const q of canonicalQueries(params)) {
      const body = graphqlBody(q.query, q.variables);
      // The first request warms the schema and connection pool; the second is counted.
      const first = await postGraphql(url, body);
      const counted = await countRoundTrips(client, () => postGraphql(url, body));
      const driverTrips = await countRoundTrips(client, () => q.direct(db));
      const answered = first.status === 200 && !first.errors && first.data != null;
      const error = answered ? null : firstError(first);
      for (const c of [1, 16]) {
        step(`  ${q.name} at concurrency ${c}`);
        const r = await timeHttp(url, body, c, opts.durationSeconds);
        await settle();
        const driver = await timeDriver(q, db, c, opts.durationSeconds);
        rows.push({
          name: q.name,
          description: q.description,
          concurrency: c,
          p50Ms: r.p50Ms,
          p99Ms: r.p99Ms,
          requestsPerSecond: round(r.requestsPerSecond, 1),
          errors: r.errors,
          roundTrips: counted.roundTrips,
          roundTripCommands: counted.commands,
          driverP50Ms: round(driver.p50Ms, 2),
          driverP99Ms: round(driver.p99Ms, 2),
          driverRequestsPerSecond: round(driver.requestsPerSecond, 1),
          driverRoundTrips: driverTrips.roundTrips,
          ratioToDriver: 0,
          answered,
          error,
        });
      }
      const c1 = rows.find((r) => r.name === q.name && r.concurrency === 1);
      const ratio = asMs(c1?.p50Ms) / Math.max(c1?.driverP50Ms ?? Number.NaN, 0.001);
      for (const r of rows.filter((x) => x.name === q.name)) r.ratioToDriver = round(ratio, 2);
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** A latency as a number for comparisons: a capped one counts as endless. */
function asMs(l: Latency | undefined): number {
  if (l === undefined) return Number.NaN;
  return l === "capped" ? Number.POSITIVE_INFINITY : l;
}

/**
 * autocannon (its own process, so the in-process server keeps its event loop), unless it saw
 * no answer or errors: it leaves out requests still open when its run ends or that time out,
 * so such a query is timed again with every request waited for up to the cap.
 */
async function timeHttp(url: string, body: string, connections: number, seconds: number) {
  const r = await runAutocannon(url, body, connections, seconds);
  if (r.requests > 0 && r.errors === 0) {
    return {
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      requestsPerSecond: r.requestsPerSecond,
      errors: r.non2xx,
    };
  }
  const c = await runClosedLoop(url, body, connections, seconds, REQUEST_CAP_MS);
  return {
    p50Ms: c.p50,
    p99Ms: c.p99,
    requestsPerSecond: c.requestsPerSecond,
    errors: c.errors,
  };
}

/** Lets requests still queued from a load run finish, so they do not slow the next one. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2000));
}

function firstError(r: { status: number; errors: unknown[] | undefined }): string {
  const e = r.errors?.[0] as { message?: string } | undefined;
  return `HTTP ${r.status}: ${e?.message ?? "no data"}`.slice(0, 300);
}

/**
 * The canonical query's reads done directly with the driver by `concurrency` clients for
 * `seconds`: the bound the API can approach on this database at that concurrency.
 */
async function timeDriver(q: CanonicalQuery, db: Db, concurrency: number, seconds: number) {
  for (let i = 0; i < 10; i++) await q.direct(db);
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline || samples.length < MIN_DRIVER_SAMPLES) {
      const t0 = performance.now();
      await q.direct(db);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(samples), requestsPerSecond: samples.length / elapsed };
}

/** Parameters that exist in the synthetic corpus: Kazakhstan, its first partner, its first leader's surname. */
function syntheticParams(seed: number): CanonicalParams {
  const cast = new Cast(seed);
  for (let i = 0; i < 200; i++) {
    const e = generateArticle(i, seed, cast).expected;
    const visit = e.visits.find(
      (v) => v.tense === "current" && (v.guestCountry === "KZ" || v.hostCountry === "KZ"),
    );
    const kz = e.people.find((p) => p.country === "KZ" && p.role === "president");
    if (visit && kz && e.language === "ru") {
      const other = visit.guestCountry === "KZ" ? visit.hostCountry : visit.guestCountry;
      return { country: "KZ", pair: ["KZ", other], search: kz.name.split(" ").at(-1) ?? kz.name };
    }
  }
  return { country: "KZ", pair: ["KZ", "RU"], search: "министр" };
}

async function benchSize(
  client: MongoClient,
  dbServer: DatabaseServer,
  n: number,
  files: string[],
  opts: BenchOptions,
  step: (m: string) => void,
): Promise<SizeRow> {
  const name = `diplograph_bench_${n}`;
  const load = await benchLoad(client, name, files, {
    dbServerPid: dbServer.pid,
    onProgress: (line) => step(`  ${line}`),
  }).catch(failedLoad);
  const loadMemory = {
    loaderPeakRssMb: mib(load.loaderPeakRssBytes),
    dbServerLoadPeakRssMb: mibOrNull(load.dbServerPeakRssBytes),
  };
  if (load.error) {
    return {
      articles: n,
      load,
      queries: [],
      plans: [],
      ...loadMemory,
      dbServerQueryPeakRssMb: null,
      apiServerPeakRssMb: null,
    };
  }
  step(`  loaded ${load.articles} in ${load.seconds} s (${load.articlesPerSecond}/s)`);
  const db = client.db(name);
  const params = syntheticParams(opts.seed);
  const api = await startApiProcess(dbServer.uri, name);
  step(`  API server: pid ${api.pid} at ${api.url}`);
  const apiSampler = api.pid === undefined ? null : new RssSampler(api.pid).start(100);
  const dbSampler = dbServer.pid === undefined ? null : new RssSampler(dbServer.pid).start(100);
  const queries: SizeRow["queries"] = [];
  const plans: PlanCheck[] = [];
  try {
    for (const q of canonicalQueries(params)) {
      const body = graphqlBody(q.query, q.variables);
      const first = await postGraphql(api.url, body, REQUEST_CAP_MS).catch((err: Error) => err);
      const ok = !(first instanceof Error) && first.status === 200 && !first.errors && first.data;
      const error = ok
        ? null
        : first instanceof Error
          ? `first request: ${first.message}`
          : firstError(first);
      const seen: string[] = [];
      for (const concurrency of SCALE_CONCURRENCY) {
        const r = await runClosedLoop(
          api.url,
          body,
          concurrency,
          opts.durationSeconds,
          REQUEST_CAP_MS,
        );
        queries.push({
          name: q.name,
          concurrency,
          p50Ms: r.p50,
          p99Ms: r.p99,
          requests: r.requests,
          capped: r.capped,
          requestsPerSecond: round(r.requestsPerSecond, 1),
          errors: r.errors,
          error,
        });
        seen.push(
          `c=${concurrency} p50 ${formatLatency(r.p50, REQUEST_CAP_MS)}, p99 ${formatLatency(r.p99, REQUEST_CAP_MS)}`,
        );
      }
      step(`  ${q.name}: ${seen.join("; ")}${error ? ` (${error})` : ""}`);
      await settle();
      plans.push(...(await checkPlans(q, db)));
    }
  } finally {
    await api.stop();
  }
  const apiPeak = apiSampler?.stop() ?? null;
  const dbPeak = dbSampler?.stop() ?? null;
  await db.dropDatabase();
  return {
    articles: n,
    load,
    queries,
    plans,
    ...loadMemory,
    dbServerQueryPeakRssMb: mibOrNull(dbPeak),
    apiServerPeakRssMb: mibOrNull(apiPeak),
  };
}

function mibOrNull(bytes: number | null): number | null {
  return bytes === null ? null : mib(bytes);
}

/** Asks the server how it runs each main find: an index scan, or a scan of the whole collection. */
async function checkPlans(q: CanonicalQuery, db: Db): Promise<PlanCheck[]> {
  const out: PlanCheck[] = [];
  for (const f of q.finds(db)) {
    const coll = COLLECTION_NAMES[f.collection as keyof typeof COLLECTION_NAMES] ?? f.collection;
    try {
      const plan = await db
        .collection(coll)
        .find(f.filter)
        .sort(f.sort)
        .limit(10)
        .explain("queryPlanner");
      out.push({
        query: q.name,
        collection: coll,
        plan: planVerdict(plan),
        detail: planStages(plan).join(", ").slice(0, 300),
      });
    } catch (err) {
      out.push({
        query: q.name,
        collection: coll,
        plan: "unknown",
        detail: `explain failed: ${String(err)}`,
      });
    }
  }
  return out;
}

function targets(
  extraction: ExtractBenchResult,
  load: LoadBenchResult,
  graphql: GraphqlRow[],
  sizes: SizeRow[],
): BenchResults["targets"] {
  const out: BenchResults["targets"] = [];
  const add = (name: string, target: string, measured: string, met: boolean) =>
    out.push({ name, target, measured, met });
  const aps = extraction.synthetic.articlesPerSecond;
  add("extraction", ">= 200 articles/s/core", `${aps} articles/s`, aps >= 200);
  add(
    "load",
    ">= 100 articles/s",
    `${load.articlesPerSecond} articles/s`,
    load.articlesPerSecond >= 100,
  );
  add("load vs raw insert", ">= 0.3", String(load.ratioToRaw), load.ratioToRaw >= 0.3);
  const c16 = graphql.filter((r) => r.concurrency === 16);
  const worst = c16.reduce<GraphqlRow | null>(
    (w, r) => (!w || asMs(r.p99Ms) > asMs(w.p99Ms) ? r : w),
    null,
  );
  const worstP99 = asMs(worst?.p99Ms);
  add(
    "GraphQL p99 at c=16 (seeds)",
    "<= 50 ms",
    worst
      ? `${formatLatency(worst.p99Ms, REQUEST_CAP_MS)} (${worst.name} query; driver alone ${worst.driverP99Ms} ms)`
      : "not measured",
    worstP99 <= 50,
  );
  const worstRatio = Math.max(
    ...graphql.filter((r) => r.concurrency === 1).map((r) => r.ratioToDriver),
  );
  add(
    "GraphQL/driver time",
    "<= 1.3",
    `${worstRatio} (worst query, p50 at c=1)`,
    worstRatio <= 1.3,
  );
  const throughput = Math.min(
    ...c16.map((r) => r.requestsPerSecond / Math.max(0.001, r.driverRequestsPerSecond)),
  );
  add(
    "GraphQL/driver throughput at c=16",
    ">= 0.7",
    `${round(throughput, 2)} (worst query)`,
    throughput >= 0.7,
  );
  const measured = sizes.filter((s) => !s.load.error);
  if (measured.length >= 2) {
    const small = measured[0] as SizeRow;
    const big = measured.at(-1) as SizeRow;
    const growth = big.load.seconds / small.load.seconds / (big.articles / small.articles);
    add(
      `load time linear ${small.articles} → ${big.articles}`,
      "time per article within 1.5x",
      `${round(growth, 2)}x per article`,
      growth <= 1.5,
    );
    const p50Growth = Math.max(
      ...big.queries
        .filter((q) => q.concurrency === 1)
        .map((q) => {
          const before = small.queries.find((s) => s.name === q.name && s.concurrency === 1);
          return asMs(q.p50Ms) / Math.max(0.001, asMs(before?.p50Ms ?? q.p50Ms));
        }),
    );
    add(
      `query p50 at c=1, ${small.articles} → ${big.articles}`,
      "within 2x",
      Number.isFinite(p50Growth)
        ? `${round(p50Growth, 2)}x (worst query)`
        : "not comparable: a query reached the cap",
      p50Growth <= 2,
    );
    const previous = measured.at(-2) as SizeRow;
    const rssGrowth = big.loaderPeakRssMb / Math.max(1, previous.loaderPeakRssMb);
    add(
      `loader peak RSS ${previous.articles} → ${big.articles}`,
      "within 1.5x",
      `${round(rssGrowth, 2)}x (${previous.loaderPeakRssMb} → ${big.loaderPeakRssMb} MB)`,
      rssGrowth <= 1.5,
    );
    const scans = measured.flatMap((s) => s.plans).filter((p) => p.plan === "collection scan");
    add(
      "no collection scans",
      "explain: index",
      `${scans.length} collection scans`,
      scans.length === 0,
    );
  }
  return out;
}
