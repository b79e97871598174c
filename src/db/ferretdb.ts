// Builds (once, into .cache/) and runs FerretDB with its SQLite backend: the MongoDB-protocol
// server of last resort on machines that cannot download a mongod binary.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { projectRoot } from "./project-root.js";

export const FERRETDB_VERSION = "v1.24.0";

const MODULE = "github.com/FerretDB/FerretDB";

/** The changes made to FerretDB before building it: its first lines say what each does and why. */
const PATCH_FILE = "ferretdb.patch";

const SOURCE_DIR = () => join(projectRoot(), "tools", "ferretdb");

/** A name that changes with the wrapper's sources and the patch, so a change rebuilds it. */
export function ferretdbBinaryPath(): string {
  const hash = createHash("sha256");
  for (const f of ["main.go", "go.mod", "go.sum", PATCH_FILE]) {
    hash.update(readFileSync(join(SOURCE_DIR(), f)));
  }
  const tag = hash.digest("hex").slice(0, 12);
  return join(projectRoot(), ".cache", "bin", `diplograph-ferretdb-${FERRETDB_VERSION}-${tag}`);
}

const run = promisify(execFile);

/**
 * Runs a build tool and returns its output; a failure names the command and its stderr, and a
 * missing tool is named as `what`.
 */
async function tool(
  what: string,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") throw new Error(`${what} is not on PATH`);
    throw new Error(
      `${command} ${args.join(" ")} in ${cwd} failed: ${e.stderr?.trim() || e.message}`,
    );
  }
}

function go(args: string[], cwd: string): Promise<string> {
  return tool("the Go toolchain (`go`)", "go", args, cwd, {
    GOTOOLCHAIN: "local",
    CGO_ENABLED: "0",
  });
}

async function applyPatch(dir: string): Promise<void> {
  // The copy lies inside this project's repository; the ceiling keeps git from treating it as
  // part of that repository, so the patch's paths are taken relative to the copy.
  await tool(
    "git (it applies tools/ferretdb/ferretdb.patch)",
    "git",
    ["apply", "--whitespace=nowarn", join(SOURCE_DIR(), PATCH_FILE)],
    dir,
    {
      GIT_CEILING_DIRECTORIES: dirname(dir),
    },
  );
}

/** A writable copy of the FerretDB module with tools/ferretdb/ferretdb.patch applied; returns its folder. */
async function patchedModule(work: string): Promise<string> {
  const info = JSON.parse(
    await go(["mod", "download", "-json", `${MODULE}@${FERRETDB_VERSION}`], SOURCE_DIR()),
  ) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(`go mod download ${MODULE}: ${info.Error ?? "no folder"}`);
  const dir = join(work, "FerretDB");
  await cp(info.Dir, dir, { recursive: true });
  // The module cache is read-only; the copy must be writable to patch it and remove it.
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
  await applyPatch(dir);
  return dir;
}

export interface BuildProgress {
  /** Called before the build with what it costs, at each phase, and every `everyMs` while busy. */
  onProgress?: (line: string) => void;
  everyMs?: number;
}

/** Builds the FerretDB wrapper in tools/ferretdb with the Go toolchain unless the binary exists. */
export async function ensureFerretdbBinary(
  progress: BuildProgress = {},
): Promise<{ path: string; built: boolean }> {
  const path = ferretdbBinaryPath();
  if (existsSync(path)) return { path, built: false };
  const say = progress.onProgress ?? (() => {});
  say(
    `building the local database server once (FerretDB ${FERRETDB_VERSION} from Go sources): ~2-3 minutes and ~600 MB of Go modules on a first run; later starts reuse ${path}`,
  );
  const started = Date.now();
  let phase = "fetching FerretDB's sources";
  const step = (next: string) => {
    phase = next;
    say(`database server build: ${phase}`);
  };
  // Downloads and compiling print nothing for minutes; a line now and then shows it is alive.
  const heartbeat = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    say(`database server build: still ${phase} (${seconds} s so far)`);
  }, progress.everyMs ?? 10_000);
  heartbeat.unref();
  await mkdir(join(projectRoot(), ".cache", "bin"), { recursive: true });
  const work = await mkdtemp(join(projectRoot(), ".cache", "ferretdb-build-"));
  const partial = `${path}.${process.pid}.partial`;
  try {
    step("fetching FerretDB's sources");
    const module = await patchedModule(work);
    step("downloading the Go modules it needs");
    await go(["mod", "download"], SOURCE_DIR());
    step("compiling");
    // The wrapper's own go.mod and go.sum, with the module replaced by the patched copy.
    const modfile = join(work, "go.mod");
    const goMod = await readFile(join(SOURCE_DIR(), "go.mod"), "utf8");
    await writeFile(modfile, `${goMod}\nreplace ${MODULE} => ${module}\n`);
    await cp(join(SOURCE_DIR(), "go.sum"), join(work, "go.sum"));
    await go(["build", `-modfile=${modfile}`, "-o", partial, "."], SOURCE_DIR());
    await rename(partial, path);
    // Builds of older wrapper sources are of no further use.
    const bin = dirname(path);
    for (const name of await readdir(bin)) {
      const built = name.startsWith("diplograph-ferretdb-") && !name.endsWith(".partial");
      if (built && join(bin, name) !== path) {
        await rm(join(bin, name), { force: true });
      }
    }
  } finally {
    clearInterval(heartbeat);
    await rm(partial, { force: true });
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
  say(`database server built in ${Math.round((Date.now() - started) / 1000)} s: ${path}`);
  return { path, built: true };
}

export interface RunningFerretdb {
  uri: string;
  /** The server's process id, so benchmarks can read its memory. */
  pid: number | undefined;
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

/**
 * Starts FerretDB on a loopback port (`port`, or a free one) with its SQLite files in `keptDir`,
 * kept after it stops; without one, in a fresh temporary folder removed when it stops.
 */
export async function startFerretdb(
  binary: string,
  keptDir?: string,
  port?: number,
): Promise<RunningFerretdb> {
  const dataDir = keptDir ?? (await mkdtemp(join(tmpdir(), "diplograph-ferretdb-")));
  if (keptDir) await mkdir(keptDir, { recursive: true });
  port ??= await freePort();
  const child = spawn(binary, ["-listen", `127.0.0.1:${port}`, "-data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The child also dies with us (PR_SET_PDEATHSIG); this covers a normal exit of this process.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const cleanup = async () => {
    process.removeListener("exit", killOnExit);
    if (!keptDir) await rm(dataDir, { recursive: true, force: true });
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
    pid: child.pid,
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
