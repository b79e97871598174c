import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClosedLoop } from "../../src/bench/http-bench.js";

// A server with three answers: at once, an HTTP error, and never (until the client gives up).
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    if (req.url === "/ok") res.end("{}");
    else if (req.url === "/fail") {
      res.statusCode = 500;
      res.end("{}");
    }
    // "/never": no answer; the client's cap ends the request.
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("runClosedLoop", () => {
  it("times answered requests (a run of 0 s still sends one request per client)", async () => {
    const r = await runClosedLoop(`${base}/ok`, "{}", 3, 0, 10_000);
    expect(r).toMatchObject({ requests: 3, capped: 0, errors: 0 });
    expect(r.p50).toBeTypeOf("number");
    expect(r.p99).toBeTypeOf("number");
  });

  it("reports a request unanswered at the cap as capped, not as a number", async () => {
    const r = await runClosedLoop(`${base}/never`, "{}", 2, 0, 200);
    expect(r).toMatchObject({ requests: 2, capped: 2, errors: 0, p50: "capped", p99: "capped" });
    expect(r.requestsPerSecond).toBe(0);
  });

  it("counts HTTP errors and still times them", async () => {
    const r = await runClosedLoop(`${base}/fail`, "{}", 2, 0, 10_000);
    expect(r).toMatchObject({ requests: 2, capped: 0, errors: 2 });
    expect(r.p99).toBeTypeOf("number");
  });
});
