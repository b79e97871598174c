// The server process refuses an unsafe production configuration before it starts anything.
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";

function startServer(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/server/main.ts"],
      {
        env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
        timeout: 60_000,
      },
      (error, out, err) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          out,
          err,
        });
      },
    );
  });
}

describe("server start-up in production", () => {
  it.each([
    [
      "no MONGODB_URI",
      { MONGODB_URI: "", API_KEY: "a-long-enough-key" },
      /MONGODB_URI is required/,
    ],
    ["no API_KEY", { MONGODB_URI: "mongodb://127.0.0.1:9", API_KEY: "" }, /API_KEY/],
    [
      "API_KEY unset",
      { MONGODB_URI: "mongodb://127.0.0.1:9" },
      /API_KEY is required.*DISABLE_WRITES=true/,
    ],
  ])("with %s: exit 2 and one line on stderr", async (_, env, message) => {
    const base: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production" };
    if (!("API_KEY" in env)) base.API_KEY = undefined;
    const r = await startServer(base);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^diplograph: invalid configuration: /);
    expect(lines[0]).toMatch(message);
  });
});
