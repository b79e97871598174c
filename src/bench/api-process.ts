// Runs the API server (src/server/main.ts) as its own process, so its memory and latency are its own.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface ApiProcess {
  /** The GraphQL endpoint. */
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The command that starts the server as this module was started: the compiled file next to a
 * compiled bench, else the TypeScript source through tsx.
 */
function serverCommand(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const compiled = join(here, "..", "server", "main.js");
  if (existsSync(compiled)) return [compiled];
  return ["--import", "tsx", join(here, "..", "server", "main.ts")];
}

/** Starts the production server on a free loopback port over database `dbName` at `uri`. */
export async function startApiProcess(
  uri: string,
  dbName: string,
  timeoutMs = 60_000,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, serverCommand(), {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      MONGODB_URI: uri,
      MONGODB_DB: dbName,
      LOAD_SEEDS: "false",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      // The benchmark only reads; a key nobody knows keeps the write mutation closed.
      API_KEY: randomBytes(24).toString("hex"),
    },
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  try {
    const base = await waitForReady(child, timeoutMs);
    return {
      url: `${base}graphql`,
      pid: child.pid,
      async stop() {
        process.removeListener("exit", killOnExit);
        await stopChild(child);
      },
    };
  } catch (err) {
    process.removeListener("exit", killOnExit);
    child.kill("SIGKILL");
    throw err;
  }
}

/** Resolves with the base URL from the server's "diplograph ready at URL" line. */
function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(
      () => reject(new Error(`API server not ready within ${timeoutMs} ms: ${stderr.trim()}`)),
      timeoutMs,
    );
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /ready at (\S+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].endsWith("/") ? m[1] : `${m[1]}/`);
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`API server exited early (${signal ?? code}): ${stderr.trim()}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
