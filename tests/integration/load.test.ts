// The loader end to end: every bad-input case, exit codes, reruns, and a SIGKILL mid-run.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { writeCorpus as writeSyntheticCorpus } from "../../src/bench/corpus-files.js";
import { COLLECTION_NAMES, collections } from "../../src/db/collections.js";
import { countStore, type FileResult, loadPaths } from "../../src/store/load.js";
import { openTestDb, type TestDb } from "../helpers/db.js";
import { dumpStore } from "../store/fixtures.js";

const SEEDS = ["000_4f549373d339ee6f", "001_4ab729936849b9f8", "002_3e03566f6385fd19"];
let seedTexts: string[];
let dir: string;
let t: TestDb;

beforeAll(async () => {
  seedTexts = await Promise.all(SEEDS.map((s) => readFile(`seeds/${s}.txt`, "utf8")));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-load-"));
  t = await openTestDb();
});
afterEach(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** A short Russian article of its own, so each encoding case is a distinct article. */
function article(n: number): string {
  return `Министр иностранных дел Казахстана провел переговоры номер ${n}\n\nАстана. 12 мая 2024 года. Министр иностранных дел Казахстана встретился с послом Германии. Стороны обсудили сотрудничество в сфере энергетики, номер встречи ${n}.\n`;
}

const cases: {
  file: string;
  bytes: () => Buffer;
  status: FileResult["status"];
  reason?: RegExp;
  encoding?: string;
}[] = [
  { file: "plain.txt", bytes: () => Buffer.from(seedTexts[0]!), status: "new", encoding: "utf-8" },
  { file: "empty.txt", bytes: () => Buffer.alloc(0), status: "failed", reason: /empty/ },
  {
    file: "blank.txt",
    bytes: () => Buffer.from(" \n\t\r\n  \n"),
    status: "failed",
    reason: /whitespace/,
  },
  {
    file: "scan.pdf.txt",
    bytes: () => Buffer.from("%PDF-1.7\n%\xe2\xe3\n1 0 obj <<>>", "latin1"),
    status: "failed",
    reason: /PDF/,
  },
  {
    file: "photo.txt",
    bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    status: "failed",
    reason: /PNG/,
  },
  {
    file: "archive.txt",
    bytes: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]),
    status: "failed",
    reason: /ZIP/,
  },
  {
    file: "broken.txt",
    bytes: () => {
      const b = Buffer.from(article(1));
      b[40] = 0xff;
      return b;
    },
    status: "failed",
    reason: /invalid UTF-8 at byte 40/,
  },
  {
    file: "bom.txt",
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article(2))]),
    status: "new",
    encoding: "utf-8 (BOM)",
  },
  {
    file: "utf16.txt",
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(article(3), "utf-16le")]),
    status: "new",
    encoding: "utf-16le (BOM)",
  },
  {
    file: "utf16be.txt",
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(article(4), "utf-16be")]),
    status: "new",
    encoding: "utf-16be (BOM)",
  },
  {
    file: "cp1251.txt",
    bytes: () => iconv.encode(article(5), "windows-1251"),
    status: "new",
    encoding: "windows-1251",
  },
  {
    file: "koi8.txt",
    bytes: () => iconv.encode(article(6), "koi8-r"),
    status: "new",
    encoding: "koi8-r",
  },
  {
    file: "huge.txt",
    bytes: () => Buffer.from(article(7).repeat(100)),
    status: "failed",
    reason: /over the limit of 20000 bytes/,
  },
  // The same article as plain.txt with other line ends and spacing, under another name.
  {
    file: "z-copy.txt",
    bytes: () => Buffer.from(`\n\n${seedTexts[0]!.replace(/\n/g, "\r\n").replace(/ /g, "  ")}   `),
    status: "unchanged",
    reason: /same article as .*plain\.txt/,
  },
  {
    file: "nothing.txt",
    bytes: () => Buffer.from("Сегодня в городе солнечно и тихо.\n"),
    status: "new",
    reason: /nothing found/,
  },
  {
    file: "page.html",
    bytes: () =>
      Buffer.from(
        `<!doctype html><html><head><style>p{}</style><script>var x=1;</script></head><body><h1>Заголовок</h1><p>${article(8)}</p></body></html>`,
      ),
    status: "new",
  },
  { file: "note.md", bytes: () => Buffer.from(`# ${article(9)}`), status: "new" },
];

describe("loadPaths on bad and odd input", () => {
  it("gives every file a clear status and loses nothing else", async () => {
    for (const c of cases) await writeFile(join(dir, c.file), c.bytes());
    await mkdir(join(dir, "nested"));
    await writeFile(join(dir, "nested", "deep.txt"), article(10));
    await writeFile(join(dir, "nested", "picture.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const results: FileResult[] = [];
    const summary = await loadPaths(t.db, [dir], {
      maxFileBytes: 20_000,
      onFile: (r) => results.push(r),
    });

    for (const c of cases) {
      const r = results.find((x) => x.path === join(dir, c.file));
      expect(r, c.file).toBeDefined();
      expect(r!.status, `${c.file}: ${r!.reason}`).toBe(c.status);
      if (c.reason) expect(r!.reason, c.file).toMatch(c.reason);
      if (c.encoding) expect(r!.encoding, c.file).toBe(c.encoding);
    }
    expect(results.find((r) => r.path.endsWith("deep.txt"))?.status).toBe("new");
    expect(results.find((r) => r.path.endsWith("picture.png"))?.status).toBe("skipped");

    const stored = cases.filter((c) => c.status === "new").length + 1;
    expect(summary.totals.articles).toBe(stored);
    expect(summary.byStatus).toMatchObject({ new: stored, unchanged: 1, failed: 7, skipped: 1 });
    const nothing = results.find((r) => r.path.endsWith("nothing.txt"))!;
    expect((await collections(t.db).articles.findOne({ _id: nothing.articleId! }))?.empty).toBe(
      true,
    );

    // Decoded text is the article itself, whatever the encoding; HTML keeps no markup.
    const a = collections(t.db).articles;
    for (const [file, n] of [
      ["cp1251.txt", 5],
      ["koi8.txt", 6],
      ["utf16.txt", 3],
    ] as const) {
      const r = results.find((x) => x.path.endsWith(file))!;
      expect((await a.findOne({ _id: r.articleId! }))?.text).toBe(article(n).trim());
    }
    const html = await a.findOne({
      _id: results.find((x) => x.path.endsWith("page.html"))!.articleId!,
    });
    expect(html?.text).toContain("Заголовок");
    expect(html?.text).not.toMatch(/<|var x|p\{\}/);
  });

  it("accepts files, folders and globs, and names paths that match nothing", async () => {
    await writeFile(join(dir, "one.txt"), article(1));
    await writeFile(join(dir, "two.md"), article(2));
    const results: FileResult[] = [];
    const summary = await loadPaths(
      t.db,
      [join(dir, "*.md"), join(dir, "one.txt"), join(dir, "missing.txt"), join(dir, "*.html")],
      {
        onFile: (r) => results.push(r),
      },
    );
    expect(summary.byStatus).toMatchObject({ new: 2, failed: 2 });
    expect(results.filter((r) => r.status === "failed").map((r) => r.reason)).toEqual([
      "no such file or folder",
      "pattern matches no file",
    ]);
  });
});

function runCli(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/diplograph.ts", command, ...args], {
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function runLoad(args: string[], dbName: string, uri: string): ChildProcess {
  return runCli("load", args, { MONGODB_URI: uri, MONGODB_DB: dbName });
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, out, err })),
  );
}

async function writeCorpus(n: number): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      writeFile(
        join(dir, `${String(i).padStart(4, "0")}.txt`),
        `${seedTexts[i % seedTexts.length]!}\nМатериал ${i}.\n`,
      ),
    ),
  );
}

describe("load command", () => {
  it("exits 0 when all loaded, 1 when some failed, 2 on usage and unreachable database", async () => {
    await writeFile(join(dir, "good.txt"), article(1));
    const ok = await finished(runLoad([join(dir, "good.txt")], t.db.databaseName, t.uri));
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/^new\s+\S+good\.txt/m);
    expect(ok.out).toMatch(
      /store: 1 articles, \d+ countries, \d+ people, \d+ visits, \d+ statements, \d+ documents/,
    );

    await writeFile(join(dir, "bad.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    const some = await finished(runLoad([dir], t.db.databaseName, t.uri));
    expect(some.code).toBe(1);
    expect(some.out).toMatch(/^failed\s+\S+bad\.txt - binary file \(PDF document\)/m);
    expect(some.out).toMatch(/^unchanged\s+\S+good\.txt/m);

    const usage = await finished(runLoad([], t.db.databaseName, t.uri));
    expect(usage.code).toBe(2);

    const started = Date.now();
    const down = await finished(runLoad([dir], t.db.databaseName, "mongodb://127.0.0.1:9"));
    expect(down.code).toBe(2);
    expect(down.err).toMatch(/cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:9/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("fails only the article whose write the database refuses, and stores it once the cause is gone", async () => {
    // The same report twice under another headline: a unique index on statement text, standing
    // for any refusal that is not a duplicate id, refuses the copy's statements.
    await writeFile(join(dir, "a.txt"), seedTexts[0]!);
    await writeFile(join(dir, "b-copy.txt"), `Перепечатка\n\n${seedTexts[0]!}`);
    await writeFile(join(dir, "c.txt"), seedTexts[1]!);
    const statements = collections(t.db).statements;
    await statements.createIndex({ text: 1 }, { unique: true, name: "text_unique" });

    const refused = await finished(runLoad([dir], t.db.databaseName, t.uri));
    expect(refused.code, refused.err).toBe(1);
    expect(refused.out).toMatch(/^new\s+\S+a\.txt/m);
    expect(refused.out).toMatch(/^new\s+\S+c\.txt/m);
    expect(refused.out).toMatch(
      /^failed\s+\S+b-copy\.txt - the database refused it: .*duplicate key/m,
    );
    const stored = await collections(t.db)
      .articles.find({}, { projection: { fileName: 1 } })
      .toArray();
    expect(stored.map((a) => a.fileName?.replace(/^.*\//, "")).sort()).toEqual(["a.txt", "c.txt"]);

    await statements.dropIndex("text_unique");
    const rerun = await finished(runLoad([dir], t.db.databaseName, t.uri));
    expect(rerun.code, rerun.err).toBe(0);
    expect(rerun.out).toMatch(/^new\s+\S+b-copy\.txt/m);
    expect(rerun.out).toMatch(/^unchanged\s+\S+a\.txt/m);
    expect(await collections(t.db).articles.countDocuments()).toBe(3);
  });

  it("leaves identical counts and documents when the same corpus is loaded twice", async () => {
    await writeCorpus(30);
    const first = await loadPaths(t.db, [dir]);
    const dump = await dumpStore(t.db);
    const second = await loadPaths(t.db, [dir]);
    expect(second.byStatus).toMatchObject({ new: 0, unchanged: 30, updated: 0, failed: 0 });
    expect(second.totals).toEqual(first.totals);
    expect(await dumpStore(t.db)).toEqual(dump);
  });

  it("ends a run killed with SIGKILL and run again exactly like one clean run", async () => {
    const n = 60;
    await writeCorpus(n);
    const child = runLoad([dir, "--batch-size", "3"], t.db.databaseName, t.uri);
    const done = finished(child);
    const articles = collections(t.db).articles;
    // Killed as soon as the first articles are complete, with most still to come.
    const deadline = Date.now() + 120_000;
    while ((await articles.countDocuments()) === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const atKill = await articles.countDocuments();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(n);

    const rerun = await finished(runLoad([dir], t.db.databaseName, t.uri));
    expect(rerun.code, rerun.err).toBe(0);

    const clean = await openTestDb();
    try {
      await loadPaths(clean.db, [dir]);
      expect(await dumpStore(t.db)).toEqual(await dumpStore(clean.db));
    } finally {
      await clean.close();
    }
  }, 300_000);
});

describe("batches", () => {
  it("end in the same store whether a varied corpus comes in small batches or in one", async () => {
    // Many states, dates and undated reports: small batches keep most visits as they were and
    // must build exactly what one batch of everything builds.
    await writeSyntheticCorpus(dir, 150, 7, { gold: false });
    await loadPaths(t.db, [dir], { batchSize: 7 });
    const whole = await openTestDb();
    try {
      await loadPaths(whole.db, [dir], { batchSize: 1000 });
      const [inSmall, inOne] = [await dumpStore(t.db), await dumpStore(whole.db)];
      expect(inSmall).toEqual(inOne);
      expect(inOne[COLLECTION_NAMES.visits]!.length).toBeGreaterThan(20);
    } finally {
      await whole.close();
    }
  }, 120_000);
});

describe("two loaders", () => {
  it("on overlapping folders at once end as one load of everything", async () => {
    // Three folders of one varied corpus; the loaders share the middle one and take turns
    // through the store's writer lease.
    const corpus = join(dir, "corpus");
    await writeSyntheticCorpus(join(dir, "all"), 90, 11, { gold: false });
    const names = (await readdir(join(dir, "all"))).sort();
    for (const part of ["a", "b", "c"]) await mkdir(join(corpus, part), { recursive: true });
    await Promise.all(
      names.map((n, i) => rename(join(dir, "all", n), join(corpus, "abc"[i % 3]!, n))),
    );
    const one = runLoad(
      [join(corpus, "a"), join(corpus, "b"), "--batch-size", "4"],
      t.db.databaseName,
      t.uri,
    );
    const two = runLoad(
      [join(corpus, "c"), join(corpus, "b"), "--batch-size", "5"],
      t.db.databaseName,
      t.uri,
    );
    const [r1, r2] = await Promise.all([finished(one), finished(two)]);
    expect(r1.code, r1.err).toBe(0);
    expect(r2.code, r2.err).toBe(0);

    const clean = await openTestDb();
    try {
      await loadPaths(clean.db, [corpus]);
      const [both, once] = [await dumpStore(t.db), await dumpStore(clean.db)];
      expect(both[COLLECTION_NAMES.articles]).toHaveLength(90);
      expect(both).toEqual(once);
    } finally {
      await clean.close();
    }
  }, 300_000);
});

describe("reprocess command", () => {
  it("re-extracts articles stored by another extractor version, and only those", async () => {
    await writeCorpus(4);
    await loadPaths(t.db, [dir]);
    const loaded = await dumpStore(t.db);
    const articles = collections(t.db).articles;
    // Two articles as an older extractor left them: a stale version and no facts.
    const stale = (
      await articles
        .find({}, { projection: { _id: 1 } })
        .limit(2)
        .toArray()
    ).map((a) => a._id);
    await articles.updateMany({ _id: { $in: stale } }, { $set: { extractorVersion: "0-old" } });
    await collections(t.db).statements.deleteMany({});

    const env = { MONGODB_URI: t.uri, MONGODB_DB: t.db.databaseName };
    const run = await finished(runCli("reprocess", [], env));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/: 4 articles stored, 2 re-extracted \(0 with nothing found\)/);
    const all = await finished(runCli("reprocess", ["--all"], env));
    expect(all.code, all.err).toBe(0);
    expect(all.out).toMatch(/: 4 articles stored, 4 re-extracted/);
    expect(await dumpStore(t.db)).toEqual(loaded);
  });

  it("exits 2 on an unreachable database and on a bad option", async () => {
    const down = await finished(runCli("reprocess", [], { MONGODB_URI: "mongodb://127.0.0.1:9" }));
    expect(down.code).toBe(2);
    expect(down.err).toMatch(/cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:9/);
    const env = { MONGODB_URI: t.uri, MONGODB_DB: t.db.databaseName };
    const bad = await finished(runCli("reprocess", ["--batch-size", "0"], env));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/must be a positive whole number/);
  });
});

describe("store totals", () => {
  it("are zero before anything is stored and exact after deletes", async () => {
    expect(await countStore(t.db)).toEqual({
      articles: 0,
      countries: 0,
      people: 0,
      visits: 0,
      statements: 0,
      documents: 0,
    });
    await writeCorpus(6);
    const summary = await loadPaths(t.db, [dir]);
    const c = collections(t.db);
    const exact = async () => ({
      articles: await c.articles.countDocuments(),
      countries: await c.countries.countDocuments(),
      people: await c.people.countDocuments(),
      visits: await c.visits.countDocuments(),
      statements: await c.statements.countDocuments(),
      documents: await c.documents.countDocuments(),
    });
    expect(summary.totals).toEqual(await exact());
    expect(summary.totals.articles).toBe(6);
    await c.statements.deleteOne({});
    expect(await countStore(t.db)).toEqual(await exact());
  });
});
