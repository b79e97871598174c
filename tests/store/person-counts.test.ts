// A person from the counts of their mentions: the most frequent values, whatever the order the
// counts were added and taken away in, and values a field name cannot hold kept intact.
import { describe, expect, it } from "vitest";
import type { PersonMentionFields } from "../../src/db/types.js";
import {
  buildPerson,
  flattenCounts,
  mentionCountPaths,
  mentionTotal,
  nestCounts,
} from "../../src/store/derive.js";

function mention(over: Partial<PersonMentionFields>): PersonMentionFields {
  return {
    key: "k",
    name: "Ильхам Алиев",
    language: "ru",
    aliases: [],
    countryCode: "AZ",
    role: "president",
    title: null,
    spans: [],
    ...over,
  };
}

/** Counts of the mentions added (+1) and removed (-1) in the given order. */
function counted(steps: [1 | -1, PersonMentionFields][]) {
  const flat = new Map<string, number>();
  for (const [sign, m] of steps) {
    for (const path of mentionCountPaths(m)) flat.set(path, (flat.get(path) ?? 0) + sign);
  }
  return nestCounts(flat);
}

const a = mention({ name: "И. Алиев", aliases: ["Алиев"], title: "Президент Азерб. Респ." });
const b = mention({ name: "Ильхам Алиев", aliases: ["Алиев", "$Алиев"] });
const c = mention({ name: "Ильхам Әлиев", language: "kk", countryCode: null, role: null });
const d = mention({ name: "Ilham Aliyev", language: "en", role: "minister" });

describe("buildPerson from counts", () => {
  it("takes each field's most frequent value; ties go to the longer, then the first", () => {
    const p = buildPerson(
      "k",
      counted([
        [1, a],
        [1, b],
        [1, c],
      ]),
    );
    expect(p).toMatchObject({
      // "И. Алиев" and "Ильхам Алиев" once each in Russian: the longer wins.
      name: "Ильхам Алиев",
      names: { ru: "Ильхам Алиев", kk: "Ильхам Әлиев" },
      aliases: ["$Алиев", "Алиев", "И. Алиев", "Ильхам Алиев", "Ильхам Әлиев"].sort(),
      countryCode: "AZ",
      role: "president",
      title: "Президент Азерб. Респ.",
    });
    expect(mentionTotal(p.counts!)).toBe(3);
  });

  it("ends the same whatever order mentions come and go in", () => {
    const once = counted([
      [1, a],
      [1, c],
      [1, d],
    ]);
    const churned = counted([
      [1, d],
      [1, b],
      [1, a],
      [-1, b],
      [1, c],
      [1, b],
      [-1, b],
    ]);
    expect(churned).toEqual(once);
    expect(buildPerson("k", churned)).toEqual(buildPerson("k", once));
    // Nothing is kept of a value no mention carries any more.
    expect(JSON.stringify(churned)).not.toContain("%24");
  });

  it("reads its counts back as the paths they were added at", () => {
    const counts = counted([
      [1, a],
      [1, b],
    ]);
    expect(nestCounts(flattenCounts(counts))).toEqual(counts);
    expect([...flattenCounts(counts).keys()].every((k) => k.split(".").length <= 3)).toBe(true);
  });
});
