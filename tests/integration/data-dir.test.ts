// The project's data folder end to end: the server and `load` share one embedded database, which
// survives restarts and crashes; `db:reset` refuses while it is in use and empties it after.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";

let dataDir: string;
let articles: string;
const running: ChildProcess[] = [];

const ARTICLE = `Астана. 12 марта 2025 года. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым, который прибыл в Астану с государственным визитом. Стороны подписали Соглашение о стратегическом партнерстве в сфере водных ресурсов.`;

function run(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      MONGODB_URI: "",
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  return child;
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out, err })));
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = run("src/server/main.ts");
  let err = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /diplograph ready at (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  child.kill(signal);
  return exited;
}

async function articleTitles(url: string): Promise<unknown> {
  const res = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ articles(first: 100) { totalCount } search(query: "водных ресурсов") { __typename } }`,
    }),
  });
  return res.json();
}

async function address(): Promise<{ pid: number; serverPid: number; uri: string } | null> {
  const path = join(dataDir, "server.json");
  return existsSync(path) ? JSON.parse(await readFile(path, "utf8")) : null;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "diplograph-data-"));
  articles = join(dataDir, "..", `${dataDir.split("/").pop()}-articles`);
  await mkdir(articles, { recursive: true });
  await writeFile(join(articles, "water.txt"), ARTICLE);
});

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
  await rm(articles, { recursive: true, force: true });
});

describe("one data folder", () => {
  it("is shared by the server and load, and survives a restart and a crash", async () => {
    const first = await startServer();
    const owner = await address();
    expect(owner?.pid).toBe(first.child.pid);
    const seeded = (await articleTitles(first.url)) as {
      data: { articles: { totalCount: number } };
    };
    const seeds = seeded.data.articles.totalCount;
    expect(seeds).toBeGreaterThan(0);

    // A second process loads into the running server's database instead of starting its own.
    const load = await finished(run("src/cli/diplograph.ts", ["load", articles]));
    expect(load.code, load.err).toBe(0);
    expect(load.err).toContain(`started by process ${first.child.pid}`);
    expect(load.out).toMatch(/new\s+\S*water\.txt/);
    expect(await address()).toEqual(owner);
    const loaded = {
      data: {
        articles: { totalCount: seeds + 1 },
        search: expect.arrayContaining([{ __typename: "SignedDocument" }]),
      },
    };
    expect(await articleTitles(first.url)).toMatchObject(loaded);

    // In use: reset refuses and names the process.
    const refused = await finished(run("src/cli/database.ts", ["reset"]));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`in use by process ${first.child.pid}`);

    expect(await stop(first.child, "SIGINT")).toBe(0);
    expect(await address()).toBeNull();

    const second = await startServer();
    expect(await articleTitles(second.url)).toMatchObject(loaded);

    // A crash leaves a stale address behind; the next process replaces it and finds the data.
    await stop(second.child, "SIGKILL");
    expect((await address())?.pid).toBe(second.child.pid);
    const third = await startServer();
    expect((await address())?.pid).toBe(third.child.pid);
    expect(await articleTitles(third.url)).toMatchObject(loaded);
    expect(await stop(third.child, "SIGTERM")).toBe(0);
  }, 180_000);

  it("outlives the process that started it: another user starts it again on the same address", async () => {
    const first = await startServer();
    const second = await startServer();
    const before = await address();
    expect(before?.pid).toBe(first.child.pid);
    const counts = await articleTitles(second.url);

    expect(await stop(first.child, "SIGINT")).toBe(0);
    // The second server notices within its watch interval and restarts the database.
    await expect
      .poll(async () => (await address())?.pid, { timeout: 30_000, interval: 250 })
      .toBe(second.child.pid);
    expect((await address())?.uri).toBe(before?.uri);
    expect(await articleTitles(second.url)).toEqual(counts);
    expect(await stop(second.child, "SIGINT")).toBe(0);
    expect(await address()).toBeNull();
  }, 120_000);

  it("db:reset empties it once nothing uses it", async () => {
    expect(await readdir(dataDir)).not.toEqual([]);
    const reset = await finished(run("src/cli/database.ts", ["reset"]));
    expect(reset.code, reset.err).toBe(0);
    expect(await readdir(dataDir)).toEqual([]);
    const fresh = await startServer();
    const counts = (await articleTitles(fresh.url)) as {
      data: { articles: { totalCount: number } };
    };
    const seeds = (await readdir(join(projectRoot(), "seeds"))).filter((f) => f.endsWith(".txt"));
    expect(counts.data.articles.totalCount).toBe(seeds.length);
    expect(await stop(fresh.child, "SIGINT")).toBe(0);
  }, 120_000);
});
