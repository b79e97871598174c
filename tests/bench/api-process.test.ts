// The API server the scale benchmark queries runs as its own process, whose memory is its own.
import { describe, expect, inject, it } from "vitest";
import { startApiProcess } from "../../src/bench/api-process.js";
import { readProcMemory } from "../../src/bench/measure.js";

describe("startApiProcess", () => {
  it("serves GraphQL from a child process with its own pid, and stops it", async () => {
    const api = await startApiProcess(inject("mongoUri"), `bench_api_${process.pid}`);
    try {
      expect(api.pid).toBeTypeOf("number");
      expect(api.pid).not.toBe(process.pid);
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(await res.json()).toEqual({ data: { __typename: "Query" } });
      expect(readProcMemory(api.pid!)?.rssBytes).toBeGreaterThan(0);
    } finally {
      await api.stop();
    }
    expect(readProcMemory(api.pid!)).toBeNull();
  }, 90_000);
});
