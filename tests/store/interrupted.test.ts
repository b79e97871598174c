// A batch that stops at any write and is ingested again ends as if it had never stopped: people
// and documents count each change once, visits and their references are whole, no marks are left.
import type { Collection, Db } from "mongodb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import { ingestArticles } from "../../src/store/ingest.js";
import { reprocess } from "../../src/store/reprocess.js";
import { openTestDb, type TestDb } from "../helpers/db.js";
import { dumpStore, type Script, scriptedExtractor } from "./fixtures.js";

let t: TestDb;
let clean: TestDb;
beforeEach(async () => {
  [t, clean] = await Promise.all([openTestDb(), openTestDb()]);
});
afterEach(async () => {
  await Promise.all([t.close(), clean.close()]);
});

const TOKAYEV = "Касым-Жомарт Токаев";
const TOKAYEV_KK = "Қасым-Жомарт Тоқаев";
const ALIYEV = "Ильхам Алиев";

const scripts: Script[] = [
  {
    marker: "alpha",
    publishedOn: "2023-04-12",
    countries: ["KZ", "AZ"],
    people: [
      { name: TOKAYEV, country: "KZ", role: "president" },
      { name: ALIYEV, country: "AZ", role: "president" },
    ],
    visits: [{ guestCountry: "AZ", hostCountry: "KZ", guest: ALIYEV, startDate: "2023-04-12" }],
    statements: [{ speaker: TOKAYEV, text: "Мы друзья" }],
    // Signed during alpha's visit, whose id bravo's report changes.
    documents: [{ title: "Меморандум о дружбе", countries: ["AZ", "KZ"] }],
  },
  {
    // Dated three days before alpha's report: alpha's visit starts earlier and changes its id.
    marker: "bravo",
    publishedOn: "2023-04-09",
    countries: ["KZ", "AZ", "UZ"],
    people: [{ name: ALIYEV, country: "AZ" }],
    visits: [{ guestCountry: "AZ", hostCountry: "KZ", guest: ALIYEV, startDate: "2023-04-09" }],
  },
  {
    marker: "charlie",
    language: "kk",
    publishedOn: "2023-05-01",
    countries: ["KZ"],
    people: [{ name: TOKAYEV_KK, country: "KZ", role: "president", aliases: ["Тоқаев"] }],
    visits: [{ guestCountry: "KZ", hostCountry: "AZ", tense: "future", city: "Баку" }],
    documents: [{ title: "Соглашение о транзите", countries: ["AZ", "KZ"] }],
    statements: [{ speaker: TOKAYEV_KK, text: "Бауырлас ел" }],
  },
];
const texts = {
  alpha: `Переговоры alpha\n${TOKAYEV} и ${ALIYEV}. "Мы друзья". Меморандум о дружбе.`,
  bravo: `Прибытие bravo\n${ALIYEV} прибыл.`,
  charlie: `Жоспар charlie\n${TOKAYEV_KK}. Соглашение о транзите. "Бауырлас ел".`,
};
const v1 = scriptedExtractor("test-1", scripts);

class Stop extends Error {}

/** Every run finished: no journal is left, so every mark a person or document holds is spent. */
async function expectNoLiveMarks(db: Db): Promise<void> {
  const c = collections(db);
  expect(await c.marks.find().toArray()).toEqual([]);
  const marked = [...(await c.people.find().toArray()), ...(await c.documents.find().toArray())];
  for (const mark of marked.flatMap((d) => Object.values(d.applied ?? {}))) {
    expect(mark).toMatch(/^[0-9a-f]{16}:[0-9a-f]{12}$/);
  }
}

/**
 * The database as a writer sees it, except that one method of one collection fails: the run
 * stops there as a killed process would, with every earlier write done.
 */
function failingAt(db: Db, name: string, method: string): Db {
  const wrap = (coll: Collection) =>
    new Proxy(coll, {
      get(target, prop, receiver) {
        if (prop === method) {
          return () => Promise.reject(new Stop(`${name}.${method} stopped`));
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "collection") {
        return (n: string) => (n === name ? wrap(target.collection(n)) : target.collection(n));
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const stops: [string, string][] = [
  ["pending_marks", "insertOne"],
  ["people", "bulkWrite"],
  ["visits", "bulkWrite"],
  ["documents", "insertMany"],
  ["documents", "bulkWrite"],
  ["articles", "bulkWrite"],
  ["statements", "bulkWrite"],
  ["mentions", "bulkWrite"],
  ["mentions", "insertMany"],
  ["statements", "insertMany"],
  ["pending_marks", "deleteMany"],
  ["articles", "insertMany"],
];

describe("a batch stopped at a write and ingested again", () => {
  it.each(stops)("ends as one clean run (stopped at %s.%s)", async (name, method) => {
    await ingestArticles(t.db, [{ text: texts.alpha }], { extractor: v1 });
    const rest = [{ text: texts.bravo }, { text: texts.charlie }];
    await expect(
      ingestArticles(failingAt(t.db, name, method), rest, { extractor: v1 }),
    ).rejects.toThrow(Stop);
    await ingestArticles(t.db, rest, { extractor: v1 });

    await ingestArticles(clean.db, [{ text: texts.alpha }, ...rest], { extractor: v1 });
    await expectNoLiveMarks(t.db);
    expect(await dumpStore(t.db)).toEqual(await dumpStore(clean.db));
  });

  it.each([
    ["people", "bulkWrite"],
    ["mentions", "insertMany"],
    ["statements", "deleteMany"],
    ["documents", "bulkWrite"],
    ["mentions", "deleteMany"],
    ["pending_marks", "deleteMany"],
    ["articles", "insertMany"],
  ])("ends as a fresh load when reprocessing stopped at %s.%s", async (name, method) => {
    // The newer extractor drops Aliyev from alpha, gives Tokayev a title and drops bravo's visit.
    const v2 = scriptedExtractor("test-2", [
      { ...scripts[0]!, people: [{ name: TOKAYEV, country: "KZ", role: "minister" }] },
      { ...scripts[1]!, visits: [] },
      scripts[2]!,
    ]);
    const all = Object.values(texts).map((text) => ({ text }));
    await ingestArticles(t.db, all, { extractor: v1 });
    await expect(reprocess(failingAt(t.db, name, method), { extractor: v2 })).rejects.toThrow(Stop);
    await reprocess(t.db, { extractor: v2 });
    await ingestArticles(clean.db, all, { extractor: v2 });
    await expectNoLiveMarks(t.db);
    expect(await dumpStore(t.db)).toEqual(await dumpStore(clean.db));
  });
});

describe("marks", () => {
  it("are spent when their run finishes and removed when the entity is next written", async () => {
    for (const text of Object.values(texts)) {
      await ingestArticles(t.db, [{ text }], { extractor: v1 });
    }
    const c = collections(t.db);
    const bravo = (await c.articles.find().toArray()).find((a) => a.text.includes("bravo"));
    // Aliyev is named by alpha and by bravo, each in a run of its own: alpha's mark went when
    // bravo's run wrote him, and bravo's is spent.
    const aliyev = (await c.people.find().toArray()).find((p) => p.aliases.includes(ALIYEV));
    expect(Object.keys(aliyev?.applied ?? {})).toEqual([bravo?._id]);
    await expectNoLiveMarks(t.db);
  });
});
