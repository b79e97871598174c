// The project's database folder (.data/ or DATA_DIR): one embedded server per folder, shared by
// every process that needs it. The first process starts the server and writes its address here;
// later ones connect to it instead of opening the same files a second time.
import { mkdir, open, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { MongoClient } from "mongodb";
import { projectRoot } from "./project-root.js";

/** The running server's address, written once it accepts connections. */
const ADDRESS_FILE = "server.json";
/** Held while a process starts the server, so two processes never start one each. */
const LOCK_FILE = "server.lock";

export interface ServerAddress {
  /** The process that started the server and stops it when it exits. */
  pid: number;
  /** The server's own process, when it has one. */
  serverPid: number | null;
  /** Which server it is, e.g. "ferretdb". */
  kind: string;
  uri: string;
  description: string;
  startedAt: string;
}

/** What a started server needs to run: where its files go. */
export interface OwnedServer {
  kind: string;
  uri: string;
  description: string;
  serverPid: number | null;
  stop(): Promise<void>;
}

export interface SharedServer {
  kind: string;
  uri: string;
  description: string;
  /** Whether this process started the server (and stops it) or uses another process's. */
  owner: boolean;
  stop(): Promise<void>;
}

/** DATA_DIR as configured: absolute, or relative to the project folder. */
export function resolveDataDir(configured: string): string {
  return isAbsolute(configured) ? configured : join(projectRoot(), configured);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    return null;
  }
}

async function answers(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2_000, connectTimeoutMS: 2_000 });
  try {
    await client.connect();
    await client.db("admin").command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => {});
  }
}

export type ServerState =
  | { state: "up"; address: ServerAddress }
  /** Its processes live but it does not answer: starting, stopping or stuck; never a second one. */
  | { state: "busy"; address: ServerAddress }
  | { state: "none" };

/** The server recorded in this folder; an address whose processes are gone is removed. */
export async function serverState(dataDir: string): Promise<ServerState> {
  const path = join(dataDir, ADDRESS_FILE);
  const address = await readJson<ServerAddress>(path);
  if (!address) return { state: "none" };
  if (!alive(address.pid) || (address.serverPid !== null && !alive(address.serverPid))) {
    // Left by a process that died (or whose server did): the files are free again.
    await rm(path, { force: true });
    return { state: "none" };
  }
  return (await answers(address.uri)) ? { state: "up", address } : { state: "busy", address };
}

/** Takes the start lock; null when a live process holds it. A dead holder's lock is replaced. */
async function tryLock(dataDir: string): Promise<(() => Promise<void>) | null> {
  const path = join(dataDir, LOCK_FILE);
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(String(process.pid));
    await handle.close();
    return () => rm(path, { force: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const holder = Number(await readFile(path, "utf8").catch(() => ""));
  if (holder > 0 && alive(holder)) return null;
  // Left by a process that died while starting the server; the next attempt takes it.
  await unlink(path).catch(() => {});
  return tryLock(dataDir);
}

export interface OpenOptions {
  /**
   * Starts a server with its files in `dataDir`, on `port` when given (a free one otherwise);
   * called in one process at a time.
   */
  start(dataDir: string, port?: number): Promise<OwnedServer>;
  onStep?: (message: string) => void;
  /** How long to wait for another process that is starting the server (it may be building it). */
  waitMs?: number;
  /** How often a process using another's server checks that it is still there. */
  watchMs?: number;
}

/**
 * Connects to the server already running on `dataDir`, or starts one there and records its
 * address; the returned stop() stops the server only in the process that started it.
 *
 * The process that started the server stops it when it exits, while others may still use it.
 * So a process using another's server watches the address file: when the server is gone, it
 * starts it again on the same port, and its open connections find it there.
 */
export async function openSharedServer(
  dataDir: string,
  options: OpenOptions,
): Promise<SharedServer> {
  let current = await acquire(dataDir, options);
  let stopped = false;
  let failed = false;
  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    timer = setTimeout(async () => {
      if (stopped || current.owner) return;
      try {
        if ((await serverState(dataDir)).state === "none" && !stopped) {
          const port = Number(new URL(current.uri).port) || undefined;
          current = await acquire(dataDir, options, port);
          if (current.owner) {
            options.onStep?.(
              `the process that started the database exited; started it again at ${current.uri}`,
            );
          }
        }
      } catch (err) {
        // Tried again each round (the port may come free); said once.
        if (!failed)
          options.onStep?.(`could not start the database again: ${(err as Error).message}`);
        failed = true;
      }
      watch();
    }, options.watchMs ?? 1_000);
    // The watch alone must not keep a finished command alive.
    timer.unref();
  };
  if (!current.owner) watch();
  return {
    get kind() {
      return current.kind;
    },
    get uri() {
      return current.uri;
    },
    get description() {
      return current.description;
    },
    get owner() {
      return current.owner;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current.stop();
    },
  };
}

async function acquire(
  dataDir: string,
  options: OpenOptions,
  port?: number,
): Promise<SharedServer> {
  await mkdir(dataDir, { recursive: true });
  const deadline = Date.now() + (options.waitMs ?? 15 * 60_000);
  let told = false;
  for (;;) {
    const found = await serverState(dataDir);
    if (found.state === "up") {
      const { address } = found;
      return {
        kind: address.kind,
        uri: address.uri,
        description: `${address.description}, started by process ${address.pid}`,
        owner: false,
        stop: async () => {},
      };
    }
    const unlock = found.state === "none" ? await tryLock(dataDir) : null;
    if (unlock) {
      try {
        // Another process may have started it between the check and the lock.
        if ((await serverState(dataDir)).state !== "none") {
          await unlock();
          continue;
        }
        return await startOwned(dataDir, options, unlock, port);
      } catch (err) {
        await unlock();
        throw err;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`the database in ${dataDir} did not become ready; gave up waiting`);
    }
    if (!told) {
      options.onStep?.(
        found.state === "busy"
          ? `the database process ${found.address.pid} started in ${dataDir} does not answer (starting, stopping or suspended); waiting`
          : `another process is starting the database in ${dataDir}; waiting`,
      );
      told = true;
    }
    await sleep(500);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for the start lock, e.g. to stop the server while no newcomer starts another. */
async function lock(dataDir: string, timeoutMs: number): Promise<(() => Promise<void>) | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const unlock = await tryLock(dataDir);
    if (unlock || Date.now() > deadline) return unlock;
    await sleep(200);
  }
}

/** Starts the server under the start lock, records its address, then releases the lock. */
async function startOwned(
  dataDir: string,
  options: OpenOptions,
  unlock: () => Promise<void>,
  port: number | undefined,
): Promise<SharedServer> {
  const server = await options.start(dataDir, port);
  const address: ServerAddress = {
    pid: process.pid,
    serverPid: server.serverPid,
    kind: server.kind,
    uri: server.uri,
    description: server.description,
    startedAt: new Date().toISOString(),
  };
  const path = join(dataDir, ADDRESS_FILE);
  const partial = `${path}.${process.pid}`;
  try {
    await writeFile(partial, `${JSON.stringify(address, null, 2)}\n`);
    await rename(partial, path);
  } catch (err) {
    await server.stop();
    throw err;
  }
  await unlock();
  return {
    kind: server.kind,
    uri: server.uri,
    description: server.description,
    owner: true,
    async stop() {
      // Under the lock, so no process starts a second server on these files while this one
      // is still shutting down.
      const release = await lock(dataDir, 10_000);
      try {
        await server.stop();
        const current = await readJson<ServerAddress>(path);
        if (current?.pid === process.pid) await rm(path, { force: true });
      } finally {
        await release?.();
      }
    },
  };
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the database in ${dataDir} is in use by process ${pid}; stop it (Ctrl-C in its terminal, or kill ${pid}) and run this again`,
    );
    this.name = "DataDirInUseError";
  }
}

/** Empties the data folder; refuses while a process serves or starts the database in it. */
export async function resetDataDir(dataDir: string): Promise<{ removed: string[] }> {
  const found = await serverState(dataDir);
  if (found.state !== "none") throw new DataDirInUseError(dataDir, found.address.pid);
  const unlock = await tryLock(dataDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (!unlock) {
    const holder = Number(await readFile(join(dataDir, LOCK_FILE), "utf8").catch(() => "0"));
    if (holder > 0) throw new DataDirInUseError(dataDir, holder);
    return { removed: [] };
  }
  try {
    const entries = (await readdir(dataDir)).filter((name) => name !== LOCK_FILE);
    for (const name of entries) await rm(join(dataDir, name), { recursive: true, force: true });
    return { removed: entries };
  } finally {
    await unlock();
  }
}
