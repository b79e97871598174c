// Builds (once, into .cache/) and runs FerretDB with its SQLite backend: the MongoDB-protocol
// server of last resort on machines that cannot download a mongod binary.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { projectRoot } from "./project-root.js";

export const FERRETDB_VERSION = "v1.24.0";

export function ferretdbBinaryPath(): string {
  return join(projectRoot(), ".cache", "bin", `diplograph-ferretdb-${FERRETDB_VERSION}`);
}

/** Builds the FerretDB wrapper in tools/ferretdb with the Go toolchain unless the binary exists. */
export async function ensureFerretdbBinary(): Promise<{ path: string; built: boolean }> {
  const path = ferretdbBinaryPath();
  if (existsSync(path)) return { path, built: false };
  const source = join(projectRoot(), "tools", "ferretdb");
  await mkdir(join(projectRoot(), ".cache", "bin"), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  try {
    await promisify(execFile)("go", ["build", "-o", partial, "."], {
      cwd: source,
      env: { ...process.env, GOTOOLCHAIN: "local", CGO_ENABLED: "0" },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") throw new Error("the Go toolchain (`go`) is not on PATH");
    throw new Error(`go build in ${source} failed: ${e.stderr?.trim() || e.message}`);
  }
  await rename(partial, path);
  return { path, built: true };
}

export interface RunningFerretdb {
  uri: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      reject(new Error(`FerretDB did not become ready within ${timeoutMs} ms: ${stderr.trim()}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const m = /^ready (\S+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited early (${signal ?? code}): ${stderr.trim()}`));
    });
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Starts FerretDB on a free loopback port with its data in a fresh temporary folder. */
export async function startFerretdb(binary: string): Promise<RunningFerretdb> {
  const dataDir = await mkdtemp(join(tmpdir(), "diplograph-ferretdb-"));
  const port = await freePort();
  const child = spawn(binary, ["-listen", `127.0.0.1:${port}`, "-data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The child also dies with us (PR_SET_PDEATHSIG); this covers a normal exit of this process.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const cleanup = async () => {
    process.removeListener("exit", killOnExit);
    await rm(dataDir, { recursive: true, force: true });
  };
  let uri: string;
  try {
    uri = await waitForReady(child, 30_000);
  } catch (err) {
    child.kill("SIGKILL");
    await cleanup();
    throw err;
  }
  return {
    uri,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await cleanup();
    },
  };
}
