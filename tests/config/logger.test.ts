import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/logger.js";

function captured(pretty: boolean): { lines: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (d: Buffer) => {
    text += d.toString();
  });
  const logger = createLogger({ logLevel: "info" }, { pretty, destination: stream });
  logger.info({ kind: "ferretdb" }, "database ready");
  return { lines: () => text };
}

describe("createLogger", () => {
  it("writes one JSON object a line for machines", async () => {
    const out = captured(false);
    await new Promise((r) => setImmediate(r));
    const line = JSON.parse(out.lines().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: "database ready", kind: "ferretdb", app: "diplograph" });
  });

  it("writes readable lines for a person at a terminal", async () => {
    const out = captured(true);
    await new Promise((r) => setImmediate(r));
    const text = out.lines();
    expect(text).toMatch(/INFO.*database ready/);
    expect(() => JSON.parse(text)).toThrow();
  });
});
