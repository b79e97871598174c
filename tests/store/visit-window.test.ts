// Visits built from a window of their pair's reports end as visits built from all of them:
// many reports of one pair, dated and undated, in shuffled batches, against one batch.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import { ingestArticles } from "../../src/store/ingest.js";
import { reprocess } from "../../src/store/reprocess.js";
import { openTestDb, type TestDb } from "../helpers/db.js";
import { dumpStore, type Script, scriptedExtractor } from "./fixtures.js";

let t: TestDb;
let whole: TestDb;
beforeEach(async () => {
  [t, whole] = await Promise.all([openTestDb(), openTestDb()]);
});
afterEach(async () => {
  await Promise.all([t.close(), whole.close()]);
});

/** A small seeded generator, so that a failure can be run again as it was. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function day(base: string, plus: number): string {
  return new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Reports of two pairs over a year and a half: dated ones a few days apart (some of long stays),
 * undated ones of two cities published days to months apart, and some with no publication date.
 */
function scripts(seed: number, n: number): Script[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = r();
    const publishedOn = r() < 0.1 ? null : day("2023-01-01", Math.floor(r() * 540));
    const start = day("2023-01-01", Math.floor(r() * 540));
    const pair =
      r() < 0.8
        ? { guestCountry: "AZ", hostCountry: "KZ" }
        : { guestCountry: "KZ", hostCountry: "UZ" };
    const visit =
      kind < 0.5
        ? {
            ...pair,
            startDate: start,
            endDate: r() < 0.2 ? day(start, Math.floor(r() * 45)) : null,
            city: r() < 0.5 ? "Астана" : null,
          }
        : { ...pair, tense: "future" as const, city: r() < 0.6 ? "Астана" : "Алматы" };
    return {
      marker: `zq${i}zq`,
      publishedOn,
      countries: [pair.guestCountry, pair.hostCountry],
      visits: [visit],
    };
  });
}

function shuffled<T>(items: T[], r: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const N = 60;
const texts = Array.from({ length: N }, (_, i) => `Визит zq${i}zq\nПереговоры.`);

describe("visits from a window of their pair's reports", () => {
  it.each([
    [1, 6],
    [2, 6],
    [3, 20],
    [4, 20],
  ])("end as one batch would build them (seed %i, batches of up to %i)", async (seed, most) => {
    const extractor = scriptedExtractor("test-1", scripts(seed, N));
    const r = random(seed * 7919);
    const order = shuffled(texts, r);
    for (let at = 0; at < order.length; ) {
      const size = 1 + Math.floor(r() * most);
      await ingestArticles(
        t.db,
        order.slice(at, at + size).map((text) => ({ text })),
        { extractor },
      );
      at += size;
    }
    await ingestArticles(
      whole.db,
      texts.map((text) => ({ text })),
      { extractor },
    );
    const visits = await collections(whole.db).visits.countDocuments();
    expect(visits).toBeGreaterThan(15);
    expect(await dumpStore(t.db)).toEqual(await dumpStore(whole.db));
  });

  it("end as a fresh load would after reports move, go and come with a new extractor", async () => {
    const before = scripts(11, N);
    const r = random(4242);
    // Every third report moves by up to two months, every fifth goes.
    const after = before.map((s, i) => {
      const v = s.visits![0]!;
      if (i % 5 === 0) return { ...s, visits: [] };
      if (i % 3 !== 0) return s;
      const shift = Math.floor(r() * 120) - 60;
      return {
        ...s,
        publishedOn: s.publishedOn ? day(s.publishedOn, shift) : null,
        visits: [{ ...v, startDate: v.startDate ? day(v.startDate, shift) : null }],
      };
    });
    await ingestArticles(
      t.db,
      texts.map((text) => ({ text })),
      { extractor: scriptedExtractor("test-1", before) },
    );
    await reprocess(t.db, { extractor: scriptedExtractor("test-2", after), batchSize: 4 });
    await ingestArticles(
      whole.db,
      texts.map((text) => ({ text })),
      { extractor: scriptedExtractor("test-2", after) },
    );
    expect(await dumpStore(t.db)).toEqual(await dumpStore(whole.db));
  });
});
