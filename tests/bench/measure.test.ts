import { describe, expect, it } from "vitest";
import { formatTable, percentile, summarize } from "../../src/bench/measure.js";

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
