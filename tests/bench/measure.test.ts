import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import {
  formatLatency,
  formatMb,
  formatTable,
  latencyPercentile,
  parseProcStatus,
  percentile,
  RssSampler,
  readProcMemory,
  summarize,
} from "../../src/bench/measure.js";
import { ensureFerretdbBinary, startFerretdb } from "../../src/db/ferretdb.js";

describe("percentile", () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [1, 1],
    [0, 1],
  ])("p%d of 1..100 is %d (nearest rank)", (p, want) => {
    expect(percentile(xs, p)).toBe(want);
  });

  it("is NaN for no samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("sorts unsorted samples before taking ranks", () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ count: 5, meanMs: 3, p50Ms: 3, p99Ms: 5, maxMs: 5 });
  });
});

describe("formatTable", () => {
  it("aligns the first column left and the others right", () => {
    const t = formatTable(
      ["name", "n"],
      [
        ["a", 10],
        ["long", 2],
      ],
    ).split("\n");
    expect(t).toEqual(["name   n", "----  --", "a     10", "long   2"]);
  });
});

describe("formatTable with missing figures", () => {
  it("prints a number that is not finite as n/a, never NaN", () => {
    const t = formatTable(["q", "p99"], [["a", Number.NaN]]);
    expect(t).not.toContain("NaN");
    expect(t.split("\n")[2]).toBe("a  n/a");
  });
});

describe("latencyPercentile", () => {
  it("ranks requests unanswered at the cap above every answered one", () => {
    expect(latencyPercentile([10, 20, 30], 1, 50)).toBe(20);
    expect(latencyPercentile([10, 20, 30], 1, 99)).toBe("capped");
    expect(latencyPercentile([], 3, 50)).toBe("capped");
  });

  it("is a number when every request answered", () => {
    expect(latencyPercentile([3, 1, 2], 0, 99)).toBe(3);
  });
});

describe("formatLatency", () => {
  it.each([
    [12.345, "12.3 ms"],
    [999, "999 ms"],
    [4567, "4.6 s"],
    ["capped" as const, "> 60 s (cap)"],
    [Number.NaN, "n/a"],
    [null, "n/a"],
  ])("%s → %s", (l, want) => {
    expect(formatLatency(l, 60_000)).toBe(want);
  });
});

describe("formatMb", () => {
  it("gives megabytes, or n/a when the memory was not read", () => {
    expect(formatMb(512 * 1024 * 1024)).toBe("512");
    expect(formatMb(null)).toBe("n/a");
  });
});

describe("parseProcStatus", () => {
  it("reads VmRSS and VmHWM in kB", () => {
    const text =
      "Name:\tferretdb\nVmPeak:\t  900000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";
    expect(parseProcStatus(text)).toEqual({
      rssBytes: 100 * 1024 * 1024,
      peakBytes: 200 * 1024 * 1024,
    });
  });

  it("is null when the fields are missing (a kernel thread, another system)", () => {
    expect(parseProcStatus("Name:\tkthreadd\nState:\tS (sleeping)\n")).toBeNull();
  });
});

describe.skipIf(process.platform !== "linux")("memory of another process (Linux /proc)", () => {
  it("follows the other process's memory, not this one's", async () => {
    // The child reports its pid, then allocates 100 MB when told to, then reports again.
    const child = spawn(
      process.execPath,
      [
        "-e",
        `const rl = require("node:readline").createInterface({ input: process.stdin });
         let kept; console.log("idle");
         rl.on("line", () => { kept = Buffer.alloc(100 * 1024 * 1024, 1); console.log("allocated"); });`,
      ],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    const lines = createInterface({ input: child.stdout! });
    const next = () => new Promise<string>((resolve) => lines.once("line", resolve));
    try {
      await next();
      const pid = child.pid!;
      const before = readProcMemory(pid);
      expect(before).not.toBeNull();
      const sampler = new RssSampler(pid).start(10);
      child.stdin!.write("go\n");
      await next();
      const peak = sampler.stop();
      expect(peak! - before!.rssBytes).toBeGreaterThan(90 * 1024 * 1024);
      expect(readProcMemory(pid)!.peakBytes).toBeGreaterThanOrEqual(peak!);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((resolve) => child.once("exit", resolve));
    expect(readProcMemory(child.pid!)).toBeNull();
  });

  it("the fallback database server reports its process id, whose memory can be read", async () => {
    const { path } = await ensureFerretdbBinary();
    const server = await startFerretdb(path);
    try {
      expect(server.pid).toBeTypeOf("number");
      expect(server.pid).not.toBe(process.pid);
      const m = readProcMemory(server.pid!);
      expect(m?.rssBytes).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
