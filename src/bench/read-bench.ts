// Times the bounded reads the API sends (a page of a child list, the pages after it through keyset
// cursors, a count) on a synthetic collection, with the plan the server reports for each.
import type { Db, Document, Filter } from "mongodb";
import { afterFilter, mongoSort, type Ordering } from "../graphql/pagination.js";
import { summarize } from "./measure.js";
import { type PlanVerdict, planSort, planVerdict, type SortVerdict } from "./plans.js";
import { Rng } from "./rng.js";

interface BenchVisit {
  _id: string;
  hostCountry: string;
  startDate: string | null;
  title: string;
}

const ORDERING: Ordering<BenchVisit> = {
  tag: "bench",
  keys: [
    { field: "startDate", dir: -1 },
    { field: "_id", dir: 1 },
  ],
};

/** Countries with their share of the visits: one large list and a few smaller ones. */
const HOSTS: readonly (readonly [string, number])[] = [
  ["KZ", 0.55],
  ["RU", 0.25],
  ["UZ", 0.15],
  ["KG", 0.05],
];

export interface ReadFigure {
  name: string;
  /** Median and slowest wall time of the runs, milliseconds. */
  p50Ms: number;
  maxMs: number;
  /** Documents returned (or the count). */
  result: number;
  /** The documents (or the count) are the ones MongoDB's order and filter give. */
  correct: boolean;
  /** How the server finds the rows and orders them, for finds. */
  plan: `${PlanVerdict}, ${SortVerdict}` | "n/a";
}

export interface ReadBenchResult {
  documents: number;
  /** Documents in the list the queries page through. */
  listSize: number;
  /** Time to insert the documents, 1,000 a command, with the index in place. */
  insertMs: number;
  figures: ReadFigure[];
}

function visits(n: number, seed: number): BenchVisit[] {
  const rng = new Rng(seed);
  const out: BenchVisit[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next();
    let host = HOSTS[0]?.[0] ?? "KZ";
    for (const [code, share] of HOSTS) {
      host = code;
      if (r < share) break;
      r -= share;
    }
    const date = rng.chance(0.05)
      ? null
      : `20${rng.int(15, 25)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    out.push({
      _id: `v_${i.toString(36).padStart(6, "0")}`,
      hostCountry: host,
      startDate: date,
      title: `Visit ${i} `.repeat(20),
    });
  }
  return out;
}

async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last = await fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms, last };
}

/**
 * Loads `documents` visits into a fresh collection of `db` with the index the API's list needs,
 * then times its first page, the page after it, a page deep in the list and the list's count.
 */
export async function benchReads(
  db: Db,
  opts: { documents: number; seed: number; runs: number; pageSize: number },
): Promise<ReadBenchResult> {
  const c = db.collection<BenchVisit>("bench_visits");
  await c.drop().catch(() => {});
  await c.createIndex({ hostCountry: 1, startDate: -1, _id: 1 });
  const docs = visits(opts.documents, opts.seed);
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 1000) await c.insertMany(docs.slice(i, i + 1000));
  const insertMs = performance.now() - t0;

  const host = "KZ";
  const filter: Filter<Document> = { hostCountry: host };
  const sort = mongoSort(ORDERING);
  const list = docs
    .filter((d) => d.hostCountry === host)
    .sort((a, b) => {
      if (a.startDate !== b.startDate) {
        if (a.startDate === null) return 1;
        if (b.startDate === null) return -1;
        return a.startDate < b.startDate ? 1 : -1;
      }
      return a._id < b._id ? -1 : 1;
    });
  const cursorAt = (i: number): Filter<Document> => {
    const at = list[i];
    if (!at) throw new Error(`the list has no document ${i}`);
    return { $and: [filter, afterFilter(ORDERING, [at.startDate, at._id])] };
  };

  const middle = Math.floor(list.length / 2);
  const pages: { name: string; where: Filter<Document>; from: number }[] = [
    { name: "first page", where: filter, from: 0 },
    {
      name: "second page (keyset cursor)",
      where: cursorAt(opts.pageSize - 1),
      from: opts.pageSize,
    },
    { name: "page in the middle (keyset cursor)", where: cursorAt(middle), from: middle + 1 },
    {
      name: "page among the undated (keyset cursor)",
      where: cursorAt(list.length - 10),
      from: list.length - 9,
    },
  ];

  const raw = db.collection("bench_visits");
  const figures: ReadFigure[] = [];
  for (const page of pages) {
    const find = () =>
      raw
        .find(page.where)
        .sort(sort)
        .limit(opts.pageSize + 1)
        .toArray();
    const { ms, last } = await timed(opts.runs, find);
    const plan = await raw
      .find(page.where)
      .sort(sort)
      .limit(opts.pageSize + 1)
      .explain("queryPlanner");
    const s = summarize(ms);
    const expected = list.slice(page.from, page.from + opts.pageSize + 1).map((d) => d._id);
    figures.push({
      name: page.name,
      p50Ms: s.p50Ms,
      maxMs: s.maxMs,
      result: last.length,
      correct: JSON.stringify(last.map((d) => d._id)) === JSON.stringify(expected),
      plan: `${planVerdict(plan)}, ${planSort(plan)}`,
    });
  }
  for (const [name, where, expected] of [
    ["count of the list", filter, list.length],
    ["count after a cursor", cursorAt(middle), list.length - middle - 1],
  ] as const) {
    const { ms, last } = await timed(opts.runs, () => raw.countDocuments(where));
    const s = summarize(ms);
    figures.push({
      name,
      p50Ms: s.p50Ms,
      maxMs: s.maxMs,
      result: last,
      correct: last === expected,
      plan: "n/a",
    });
  }
  {
    const stats = () =>
      raw.aggregate<{ count?: number }>([{ $collStats: { count: {} } }]).toArray();
    const { ms, last } = await timed(opts.runs, stats);
    const n = last.reduce((sum, r) => sum + (r.count ?? 0), 0);
    const s = summarize(ms);
    figures.push({
      name: "$collStats count of the collection",
      p50Ms: s.p50Ms,
      maxMs: s.maxMs,
      result: n,
      correct: n === docs.length,
      plan: "n/a",
    });
  }
  await c.drop();
  return { documents: docs.length, listSize: list.length, insertMs, figures };
}
