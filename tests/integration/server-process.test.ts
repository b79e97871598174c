// The production entry point as a user runs it: built, started, queried over HTTP, stopped with Ctrl-C.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/** The embedded database's folder for these runs, never the project's own .data/. */
const dataDir = mkdtempSync(join(tmpdir(), "diplograph-server-process-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Pids of the processes whose parent is `pid` (from /proc, so no ps is needed). */
function children(pid: number): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        // Field 4, after the parenthesized command name, is the parent pid.
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function startServer(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const ready = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /diplograph ready at (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before ready: ${err}`)));
  });
  return { child, ready };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

beforeAll(() => {
  // The same build `npm start` runs, so the test covers what production serves.
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "pipe" });
  expect(existsSync("dist/server/main.js")).toBe(true);
}, 180_000);

describe("server process", () => {
  it("starts its own database, serves { __typename }, and stops it on SIGINT", async () => {
    const { child, ready } = startServer({ MONGODB_URI: "" });
    const url = await ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    const seeded = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles(first: 100) { totalCount } }" }),
    });
    expect(await seeded.json()).toEqual({ data: { articles: { totalCount: 5 } } });

    const database = children(child.pid!);
    expect(database.length).toBeGreaterThan(0);
    child.kill("SIGINT");
    expect(await exited(child)).toBe(0);
    for (const pid of database) expect(alive(pid), `database process ${pid}`).toBe(false);
  }, 120_000);

  it("adds nothing when started a second time against the same database", async () => {
    const uri = inject("mongoUri");
    const db = `restart_${Date.now()}`;
    const counts: unknown[] = [];
    for (let run = 0; run < 2; run++) {
      const { child, ready } = startServer({ MONGODB_URI: uri, MONGODB_DB: db });
      const url = await ready;
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            "{ articles { totalCount } countries { totalCount } people { totalCount } visits { totalCount } documents { totalCount } }",
        }),
      });
      counts.push(await res.json());
      child.kill("SIGTERM");
      expect(await exited(child)).toBe(0);
    }
    expect(counts[0]).toMatchObject({ data: { articles: { totalCount: 5 } } });
    expect(counts[1]).toEqual(counts[0]);
  }, 120_000);

  it("refuses a bad setting with a message naming it", async () => {
    const { child, ready } = startServer({ PORT: "not-a-port" });
    await expect(ready).rejects.toThrow(/PORT="not-a-port"/);
    expect(await exited(child)).toBe(2);
  });
});
