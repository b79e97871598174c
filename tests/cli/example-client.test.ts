// The example client finds the server by PORT or an explicit URL, and names the address it could not reach.
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

/** A port nothing listens on: taken from the system, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function example(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; err: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "examples/client.ts", ...args],
      { env: { ...process.env, DIPLOGRAPH_URL: "", ...env } },
      (error, _out, err) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, err }),
    );
  });
}

describe("npm run example", () => {
  it("follows PORT and names the URL it could not reach", async () => {
    const port = await closedPort();
    const r = await example([], { PORT: String(port) });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `cannot reach the diplograph server at http://localhost:${port}/graphql`,
    );
  });

  it("prefers an explicit URL", async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const r = await example([url], { PORT: "1" });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`at ${url} (ECONNREFUSED)`);
  });
});
