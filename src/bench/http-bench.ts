// HTTP load with autocannon in its own process, and database round trips counted per request.
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { CommandStartedEvent, MongoClient } from "mongodb";
import { projectRoot } from "../db/project-root.js";
import { type Latency, latencyPercentile } from "./measure.js";

export interface HttpLoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  duration: number;
}

export function graphqlBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/**
 * Runs autocannon as a separate process so the load generator does not share the server's
 * event loop, which would inflate every latency it reports.
 */
export function runAutocannon(
  url: string,
  body: string,
  connections: number,
  durationSeconds: number,
): Promise<HttpLoadResult> {
  const bin = join(projectRoot(), "node_modules", "autocannon", "autocannon.js");
  const args = [
    bin,
    "--json",
    "--no-progress",
    "-c",
    String(connections),
    "-d",
    String(durationSeconds),
    // A slow answer is a measurement, not a failure: only a stuck server should time out.
    "-t",
    "30",
    "-m",
    "POST",
    "-H",
    "content-type=application/json",
    "-b",
    body,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        const j = JSON.parse(line) as AutocannonJson;
        resolve({
          connections,
          durationSeconds,
          requests: j.requests.total,
          requestsPerSecond: j.requests.average,
          p50Ms: j.latency.p50,
          p90Ms: j.latency.p90,
          p99Ms: j.latency.p99,
          maxMs: j.latency.max,
          errors: j.errors,
          non2xx: j.non2xx,
        });
      } catch {
        reject(new Error(`autocannon against ${url} exited with ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

/** Counts the database commands a client sends while `fn` runs (the client needs monitorCommands). */
export async function countRoundTrips(
  client: MongoClient,
  fn: () => Promise<unknown>,
): Promise<{ roundTrips: number; commands: Record<string, number> }> {
  const commands: Record<string, number> = {};
  let roundTrips = 0;
  const onStart = (e: CommandStartedEvent) => {
    // Handshakes and heartbeats are connection upkeep, not reads the query asked for.
    if (e.commandName === "hello" || e.commandName === "isMaster" || e.commandName === "ping")
      return;
    roundTrips++;
    commands[e.commandName] = (commands[e.commandName] ?? 0) + 1;
  };
  client.on("commandStarted", onStart);
  try {
    await fn();
  } finally {
    client.off("commandStarted", onStart);
  }
  return { roundTrips, commands };
}

/** POSTs one GraphQL operation and returns the parsed response (errors included). */
export async function postGraphql(
  url: string,
  body: string,
  capMs?: number,
): Promise<{ status: number; data: unknown; errors: unknown[] | undefined }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...(capMs === undefined ? {} : { signal: AbortSignal.timeout(capMs) }),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return { status: res.status, data: json.data, errors: json.errors };
}

export interface ClosedLoopResult {
  connections: number;
  durationSeconds: number;
  /** How long one request was waited for before it counted as unanswered. */
  capMs: number;
  requests: number;
  /** Requests still unanswered at the cap. */
  capped: number;
  /** Failed connections and non-2xx answers. */
  errors: number;
  requestsPerSecond: number;
  p50: Latency;
  p99: Latency;
}

/**
 * `connections` clients each POST `body`, wait for the answer (at most `capMs`) and send it
 * again until `durationSeconds` have passed. Unlike a fixed-length load run, every request sent
 * is waited for, so a query slower than the run still gets a time (or is reported as capped).
 */
export async function runClosedLoop(
  url: string,
  body: string,
  connections: number,
  durationSeconds: number,
  capMs: number,
): Promise<ClosedLoopResult> {
  const answered: number[] = [];
  let capped = 0;
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const client = async () => {
    do {
      sent++;
      const t0 = performance.now();
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(capMs),
        });
        await res.arrayBuffer();
        answered.push(performance.now() - t0);
        if (!res.ok) errors++;
      } catch (err) {
        if ((err as Error).name === "TimeoutError") capped++;
        else errors++;
      }
    } while (performance.now() < deadline);
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  return {
    connections,
    durationSeconds,
    capMs,
    requests: sent,
    capped,
    errors,
    requestsPerSecond: answered.length / elapsed,
    p50: latencyPercentile(answered, capped, 50),
    p99: latencyPercentile(answered, capped, 99),
  };
}
