// Finds a MongoDB-protocol server: MONGODB_URI, else an embedded mongod, else a local FerretDB;
// the embedded ones keep their files in the project's data folder, or in a temporary one.
import { lookup } from "node:dns/promises";
import { existsSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { openSharedServer } from "./data-dir.js";
import { ensureFerretdbBinary, FERRETDB_VERSION, startFerretdb } from "./ferretdb.js";
import { projectRoot } from "./project-root.js";

export type DatabaseServerKind = "external" | "mongodb-memory-server" | "ferretdb";

export interface DatabaseServer {
  uri: string;
  kind: DatabaseServerKind;
  /** One line for logs and test output: which server this is. */
  description: string;
  /** The server's process id when this process started it (benchmarks read its memory). */
  pid?: number | undefined;
  /** The folder its files are kept in; null when they are temporary or the server is external. */
  dataDir: string | null;
  /** Stops the server if this process started it; a server shared from another process stays. */
  stop(): Promise<void>;
}

export interface StartOptions {
  uri?: string | undefined;
  /**
   * Keep an embedded server's files here (shared with other processes using the same folder);
   * without it they go to a temporary folder removed at stop, as tests want.
   */
  dataDir?: string | undefined;
  /** Called with a line for each step tried, so callers can log the resolution. */
  onStep?: (message: string) => void;
}

export class NoDatabaseError extends Error {
  constructor(reasons: string[]) {
    super(
      [
        "No MongoDB server is available. Tried:",
        ...reasons.map((r) => `  - ${r}`),
        "Provide one of: MONGODB_URI=mongodb://host:27017 (any MongoDB 6+ server);",
        "MONGOMS_SYSTEM_BINARY=/path/to/mongod, or network access so mongodb-memory-server can download mongod;",
        "or the Go toolchain on PATH so the bundled FerretDB server in tools/ferretdb can be built.",
      ].join("\n"),
    );
    this.name = "NoDatabaseError";
  }
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}

/** A mongod binary is at hand: given explicitly, or cached by an earlier download. */
function mongodBinaryCached(): boolean {
  if (process.env.MONGOMS_SYSTEM_BINARY) return true;
  const dir = join(projectRoot(), "node_modules", ".cache", "mongodb-memory-server");
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith("mongod"));
}

/** Avoids a long failing download on machines without internet: one DNS lookup, two seconds. */
async function downloadHostResolves(): Promise<boolean> {
  const mirror = process.env.MONGOMS_DOWNLOAD_MIRROR ?? "https://fastdl.mongodb.org";
  const host = new URL(mirror).hostname;
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref());
  return Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}

interface Embedded {
  uri: string;
  kind: DatabaseServerKind;
  description: string;
  serverPid: number | null;
  stop(): Promise<void>;
}

async function tryMemoryServer(
  reasons: string[],
  dbPath?: string,
  port?: number,
): Promise<Embedded | null> {
  if (!mongodBinaryCached() && !(await downloadHostResolves())) {
    reasons.push(
      "mongodb-memory-server: no mongod binary cached and the download host is unreachable",
    );
    return null;
  }
  try {
    const { MongoMemoryServer } = await import("mongodb-memory-server");
    if (dbPath) await mkdir(dbPath, { recursive: true });
    const server = await MongoMemoryServer.create(
      dbPath ? { instance: { dbPath, storageEngine: "wiredTiger", port } } : {},
    );
    const version = server.opts.binary?.version ?? "default";
    return {
      uri: server.getUri(),
      kind: "mongodb-memory-server",
      description: `embedded mongod (mongodb-memory-server, version ${version})`,
      serverPid: server.instanceInfo?.instance.mongodProcess?.pid ?? null,
      stop: async () => {
        // A kept folder holds the user's data; only a temporary one is removed.
        await server.stop({ doCleanup: !dbPath });
      },
    };
  } catch (err) {
    reasons.push(`mongodb-memory-server: ${(err as Error).message.split("\n")[0]}`);
    return null;
  }
}

async function tryFerretdb(
  reasons: string[],
  onStep?: (m: string) => void,
  dataDir?: string,
  port?: number,
): Promise<Embedded | null> {
  try {
    const { path } = await ensureFerretdbBinary({ onProgress: onStep });
    onStep?.(`starting FerretDB ${FERRETDB_VERSION}`);
    const running = await startFerretdb(path, dataDir, port);
    return {
      uri: running.uri,
      kind: "ferretdb",
      description: `FerretDB ${FERRETDB_VERSION} with SQLite backend at ${running.uri} (local fallback)`,
      serverPid: running.pid ?? null,
      stop: running.stop,
    };
  } catch (err) {
    reasons.push(`FerretDB: ${(err as Error).message}`);
    return null;
  }
}

/**
 * An embedded server, mongod first; with a data folder each kind keeps its files in its own
 * subfolder, since neither reads the other's.
 */
async function startEmbedded(
  onStep?: (m: string) => void,
  dataDir?: string,
  port?: number,
): Promise<Embedded> {
  const reasons: string[] = [];
  onStep?.(
    mongodBinaryCached()
      ? "MONGODB_URI not set: starting an embedded mongod (mongodb-memory-server)"
      : "MONGODB_URI not set: trying an embedded mongod (mongodb-memory-server; a first run downloads mongod, ~100 MB)",
  );
  const memory = await tryMemoryServer(reasons, dataDir && join(dataDir, "mongod"), port);
  if (memory) return memory;
  onStep?.(`${reasons.at(-1)}; trying FerretDB`);
  const ferret = await tryFerretdb(reasons, onStep, dataDir && join(dataDir, "ferretdb"), port);
  if (ferret) return ferret;
  throw new NoDatabaseError(reasons);
}

export async function startDatabaseServer(options: StartOptions = {}): Promise<DatabaseServer> {
  const { uri, onStep, dataDir } = options;
  if (uri) {
    return {
      uri,
      kind: "external",
      description: `MongoDB at ${redact(uri)} (MONGODB_URI)`,
      dataDir: null,
      stop: async () => {},
    };
  }
  if (!dataDir) {
    const server = await startEmbedded(onStep);
    return { ...server, pid: server.serverPid ?? undefined, dataDir: null };
  }
  const shared = await openSharedServer(dataDir, {
    onStep,
    async start(dir, port) {
      const server = await startEmbedded(onStep, dir, port);
      return { ...server, description: `${server.description}, data in ${dir}` };
    },
  });
  if (!shared.owner) onStep?.(`using the database another process started in ${dataDir}`);
  return {
    uri: shared.uri,
    kind: shared.kind === "mongodb-memory-server" ? "mongodb-memory-server" : "ferretdb",
    description: shared.description,
    dataDir,
    stop: () => shared.stop(),
  };
}
