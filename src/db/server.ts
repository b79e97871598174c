// Finds a MongoDB-protocol server: MONGODB_URI, else an embedded mongod, else a local FerretDB.
import { lookup } from "node:dns/promises";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
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
  stop(): Promise<void>;
}

export interface StartOptions {
  uri?: string | undefined;
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

async function tryMemoryServer(reasons: string[]): Promise<DatabaseServer | null> {
  if (!mongodBinaryCached() && !(await downloadHostResolves())) {
    reasons.push(
      "mongodb-memory-server: no mongod binary cached and the download host is unreachable",
    );
    return null;
  }
  try {
    const { MongoMemoryServer } = await import("mongodb-memory-server");
    const server = await MongoMemoryServer.create();
    const version = server.opts.binary?.version ?? "default";
    return {
      uri: server.getUri(),
      kind: "mongodb-memory-server",
      pid: server.instanceInfo?.instance.mongodProcess?.pid,
      description: `embedded mongod (mongodb-memory-server, version ${version})`,
      stop: async () => {
        await server.stop();
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
): Promise<DatabaseServer | null> {
  try {
    const { path, built } = await ensureFerretdbBinary();
    if (built) onStep?.(`built FerretDB ${FERRETDB_VERSION} into ${path}`);
    const running = await startFerretdb(path);
    return {
      uri: running.uri,
      kind: "ferretdb",
      pid: running.pid,
      description: `FerretDB ${FERRETDB_VERSION} with SQLite backend at ${running.uri} (local fallback)`,
      stop: running.stop,
    };
  } catch (err) {
    reasons.push(`FerretDB: ${(err as Error).message}`);
    return null;
  }
}

export async function startDatabaseServer(options: StartOptions = {}): Promise<DatabaseServer> {
  const { uri, onStep } = options;
  if (uri) {
    return {
      uri,
      kind: "external",
      description: `MongoDB at ${redact(uri)} (MONGODB_URI)`,
      stop: async () => {},
    };
  }
  const reasons: string[] = [];
  onStep?.("MONGODB_URI not set: trying an embedded mongod (mongodb-memory-server)");
  const memory = await tryMemoryServer(reasons);
  if (memory) return memory;
  onStep?.(`${reasons.at(-1)}; trying FerretDB`);
  const ferret = await tryFerretdb(reasons, onStep);
  if (ferret) return ferret;
  throw new NoDatabaseError(reasons);
}
