// The load benchmark's progress lines: spaced through the load, never one for the last file.
import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/bench/load-bench.js";

describe("load progress", () => {
  it.each([
    [10_000, 500, 19],
    [30_000, 1_500, 19],
    [200_000, 5_000, 39],
    [400, 500, 0],
  ])("reports %i files every %i, %i lines", (files, every, lines) => {
    const seen: string[] = [];
    const p = progressReporter(performance.now(), (l) => seen.push(l));
    p.start(files);
    for (let i = 0; i < files; i++) p.file();
    expect(seen).toHaveLength(lines);
    if (lines === 0) return;
    expect(seen[0]).toMatch(
      new RegExp(
        `^loaded ${every} of ${files} in \\d+ s: [\\d.]+/s overall, [\\d.]+/s over the last ${every}$`,
      ),
    );
  });
});
