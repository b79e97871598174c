// The shared data folder with a real embedded server: one server however many open it at once,
// stale files from dead processes replaced, and reset refused while the server runs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectDatabase } from "../../src/db/connect.js";
import { DataDirInUseError, resetDataDir } from "../../src/db/data-dir.js";
import { type DatabaseServer, startDatabaseServer } from "../../src/db/server.js";

let dataDir: string;
const started: DatabaseServer[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "diplograph-data-dir-"));
});
afterEach(async () => {
  for (const s of started.splice(0)) await s.stop().catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
});

async function open(): Promise<DatabaseServer> {
  const server = await startDatabaseServer({ dataDir });
  started.push(server);
  return server;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

async function address(): Promise<{ pid: number; uri: string } | null> {
  const path = join(dataDir, "server.json");
  return existsSync(path) ? JSON.parse(await readFile(path, "utf8")) : null;
}

describe("shared data folder", () => {
  it("starts one server when two open the folder at once, and keeps what they write", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    expect(a.uri).toBe(b.uri);
    expect(a.dataDir).toBe(dataDir);
    expect(await address()).toMatchObject({ pid: process.pid, uri: a.uri });
    const { client, db } = await connectDatabase(b.uri, "shared");
    await db.collection<{ _id: string }>("things").insertOne({ _id: "kept" });
    await client.close();

    for (const s of started.splice(0)) await s.stop();
    expect(await address()).toBeNull();
    const again = await open();
    const reopened = await connectDatabase(again.uri, "shared");
    expect(await reopened.db.collection("things").countDocuments()).toBe(1);
    await reopened.client.close();
  });

  it("replaces an address and a lock left by processes that died", async () => {
    const gone = deadPid();
    await writeFile(
      join(dataDir, "server.json"),
      JSON.stringify({
        pid: gone,
        serverPid: null,
        kind: "ferretdb",
        uri: "mongodb://127.0.0.1:1/",
      }),
    );
    await writeFile(join(dataDir, "server.lock"), String(deadPid()));
    const server = await open();
    expect(server.uri).not.toBe("mongodb://127.0.0.1:1/");
    expect(await address()).toMatchObject({ pid: process.pid, uri: server.uri });
    expect(existsSync(join(dataDir, "server.lock"))).toBe(false);
  });

  it("refuses a reset while the server runs and empties the folder after", async () => {
    await open();
    await expect(resetDataDir(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(resetDataDir(dataDir)).rejects.toThrow(`in use by process ${process.pid}`);
    expect(await readdir(dataDir)).not.toEqual([]);
    for (const s of started.splice(0)) await s.stop();
    const { removed } = await resetDataDir(dataDir);
    expect(removed.length).toBeGreaterThan(0);
    expect(await readdir(dataDir)).toEqual([]);
  });
});
