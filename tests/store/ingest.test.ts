// Ingest against the real test database: dedup, entity resolution across articles, reruns, reprocess.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import { ingestArticle, ingestArticles } from "../../src/store/ingest.js";
import { reprocess } from "../../src/store/reprocess.js";
import { openTestDb, type TestDb } from "../helpers/db.js";
import { dumpStore, type Script, scriptedExtractor } from "./fixtures.js";

let t: TestDb;
beforeEach(async () => {
  t = await openTestDb();
});
afterEach(async () => {
  await t.close();
});

const TOKAYEV_RU = "Касым-Жомарт Токаев";
const TOKAYEV_KK = "Қасым-Жомарт Тоқаев";
const ALIYEV = "Ильхам Алиев";

const texts = {
  a: `Переговоры в Астане alpha\n${TOKAYEV_RU} встретился с ${ALIYEV}. "Мы друзья", сказал он.\nПодписан Меморандум о сотрудничестве.`,
  b: `Астанадағы келіссөздер bravo\n${TOKAYEV_KK} ${ALIYEV} қабылдады. "Бауырлас ел" деді.\nМеморандум о сотрудничестве подписан.`,
  c: `Новый визит charlie\n${ALIYEV} снова прибыл в Казахстан.`,
  d: `Воспоминание delta\nВ Баку побывал ${TOKAYEV_RU}.`,
  e: `Воспоминание echo\nВ Баку ранее побывал ${TOKAYEV_RU}.`,
  f: `Ничего нет foxtrot\nПогода хорошая.`,
};

const scripts: Script[] = [
  {
    marker: "alpha",
    publishedOn: "2023-04-10",
    countries: ["KZ", "AZ"],
    people: [
      { name: TOKAYEV_RU, country: "KZ", role: "president" },
      { name: ALIYEV, country: "AZ", role: "president" },
    ],
    visits: [
      {
        guestCountry: "AZ",
        hostCountry: "KZ",
        guest: ALIYEV,
        host: TOKAYEV_RU,
        startDate: "2023-04-10",
        city: "Астана",
      },
    ],
    statements: [{ speaker: TOKAYEV_RU, text: "Мы друзья" }],
    documents: [{ title: "Меморандум о сотрудничестве", countries: ["KZ", "AZ"] }],
  },
  {
    marker: "bravo",
    language: "kk",
    publishedOn: "2023-04-12",
    countries: ["KZ", "AZ"],
    people: [
      { name: TOKAYEV_KK, country: "KZ", role: "president", aliases: ["Тоқаев"] },
      { name: ALIYEV, country: "AZ", role: "president" },
    ],
    visits: [
      { guestCountry: "AZ", hostCountry: "KZ", guest: ALIYEV, startDate: null, city: "Астана" },
    ],
    statements: [{ speaker: TOKAYEV_KK, text: "Бауырлас ел" }],
    documents: [{ title: "Меморандум о сотрудничестве", countries: ["AZ", "KZ"] }],
  },
  {
    marker: "charlie",
    publishedOn: "2023-09-01",
    countries: ["AZ", "KZ"],
    people: [{ name: ALIYEV, country: "AZ", role: "president" }],
    visits: [{ guestCountry: "AZ", hostCountry: "KZ", guest: ALIYEV, startDate: "2023-09-01" }],
  },
  {
    marker: "delta",
    countries: ["KZ", "AZ"],
    people: [{ name: TOKAYEV_RU, country: "KZ" }],
    visits: [{ guestCountry: "KZ", hostCountry: "AZ", tense: "past", city: "Баку" }],
  },
  {
    marker: "echo",
    countries: ["KZ", "AZ"],
    people: [{ name: TOKAYEV_RU, country: "KZ" }],
    visits: [{ guestCountry: "KZ", hostCountry: "AZ", tense: "past", city: "Баку" }],
  },
];
const v1 = scriptedExtractor("test-1", scripts);

describe("ingestArticle", () => {
  it("stores the same text once, also with other whitespace", async () => {
    const first = await ingestArticle(t.db, { text: texts.a }, { extractor: v1 });
    const again = await ingestArticle(t.db, { text: texts.a }, { extractor: v1 });
    const spaced = await ingestArticle(
      t.db,
      { text: `\r\n  ${texts.a.replace(/ /g, "   ").replace(/\n/g, "\r\n\r\n")}  \n` },
      { extractor: v1 },
    );
    expect([first.created, again.created, spaced.created]).toEqual([true, false, false]);
    expect([first.status, again.status, spaced.status]).toEqual(["new", "unchanged", "unchanged"]);
    expect(spaced.article._id).toBe(first.article._id);
    expect(await collections(t.db).articles.countDocuments()).toBe(1);
  });

  it("stores an article in which nothing is found, flagged empty", async () => {
    const r = await ingestArticle(t.db, { text: texts.f }, { extractor: v1 });
    expect(r.article.empty).toBe(true);
    expect(r.article.extractorVersion).toBe("test-1");
  });

  it("rejects whitespace-only text", async () => {
    await expect(ingestArticle(t.db, { text: " \n\t " }, { extractor: v1 })).rejects.toThrow(
      /empty/,
    );
  });
});

describe("entity resolution across articles", () => {
  it("makes one person of Russian and Kazakh spellings, with every alias and source", async () => {
    await ingestArticles(t.db, [{ text: texts.a }, { text: texts.b }], { extractor: v1 });
    const people = await collections(t.db).people.find().toArray();
    expect(people).toHaveLength(2);
    const tokayev = people.find((p) => p.aliases.includes(TOKAYEV_RU))!;
    expect(tokayev.aliases).toEqual(expect.arrayContaining([TOKAYEV_RU, TOKAYEV_KK, "Тоқаев"]));
    expect(tokayev.names).toEqual({ ru: TOKAYEV_RU, kk: TOKAYEV_KK });
    expect(tokayev.name).toBe(TOKAYEV_RU);
    expect(tokayev.countryCode).toBe("KZ");
    const articles = await collections(t.db).articles.find({ personIds: tokayev._id }).toArray();
    expect(articles).toHaveLength(2);
    // The words naming him, in his mention in each article.
    const mentions = await collections(t.db).mentions.find({ entityId: tokayev._id }).toArray();
    const named = mentions.flatMap((m) =>
      m.kind === "person"
        ? m.person.spans.map((s) =>
            articles.find((a) => a._id === m.articleId)!.text.slice(s.start, s.end),
          )
        : [],
    );
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const words of named) expect([TOKAYEV_RU, TOKAYEV_KK]).toContain(words);
  });

  it("merges reports of one visit within three days, keeps later visits apart", async () => {
    await ingestArticles(t.db, [{ text: texts.a }, { text: texts.b }, { text: texts.c }], {
      extractor: v1,
    });
    const visits = await collections(t.db).visits.find().sort({ startDate: 1 }).toArray();
    expect(
      visits.map((v) => [v.guestCountry, v.hostCountry, v.startDate, v.articleIds.length]),
    ).toEqual([
      ["AZ", "KZ", "2023-04-10", 2],
      ["AZ", "KZ", "2023-09-01", 1],
    ]);
    expect(visits[0]!.status).toBe("COMPLETED");
    expect(visits[0]!.city).toBe("Астана");
    const statements = await collections(t.db).statements.find().toArray();
    expect(statements).toHaveLength(2);
    for (const s of statements) expect(s.visitId).toBe(visits[0]!._id);
    expect(statements.map((s) => s.speakerCountry)).toEqual(["KZ", "KZ"]);
  });

  it("merges undated visits only with the same states and city", async () => {
    await ingestArticles(t.db, [{ text: texts.d }, { text: texts.e }], { extractor: v1 });
    const visits = await collections(t.db).visits.find().toArray();
    expect(visits).toHaveLength(1);
    expect(visits[0]!.articleIds).toHaveLength(2);
    expect(visits[0]!.startDate).toBeNull();
  });

  it("merges undated reports of a pair and city only while published within 30 days of the first", async () => {
    const recalled = (marker: string, publishedOn: string | null): Script => ({
      marker,
      publishedOn,
      countries: ["KZ", "AZ"],
      people: [{ name: TOKAYEV_RU, country: "KZ" }],
      visits: [{ guestCountry: "KZ", hostCountry: "AZ", tense: "future", city: "Баку" }],
    });
    const dated = [
      recalled("golf", "2024-01-01"),
      recalled("hotel", "2024-01-31"),
      recalled("india", "2024-02-01"),
      recalled("juliet", "2026-05-05"),
      recalled("kilo", null),
    ];
    const extractor = scriptedExtractor("test-1", dated);
    const text = (marker: string) => `Планы ${marker}\nВ Баку посетит ${TOKAYEV_RU}.`;
    await ingestArticles(
      t.db,
      dated.map((s) => ({ text: text(s.marker) })),
      { extractor },
    );
    const visits = await collections(t.db).visits.find().toArray();
    const sizes = visits.map((v) => v.articleIds.length).sort();
    expect(sizes).toEqual([1, 1, 1, 2]);
    expect(new Set(visits.map((v) => v._id)).size).toBe(4);
    expect(visits.every((v) => v.startDate === null && v.status === "PLANNED")).toBe(true);
  });

  it("splits an undated visit when an earlier report moves its first day, as one batch would", async () => {
    const planned = (marker: string, publishedOn: string): Script => ({
      marker,
      publishedOn,
      countries: ["KZ", "AZ"],
      visits: [{ guestCountry: "KZ", hostCountry: "AZ", tense: "future", city: "Баку" }],
    });
    const extractor = scriptedExtractor("test-1", [
      planned("lima", "2024-03-10"),
      planned("mike", "2024-04-04"),
      planned("november", "2024-03-01"),
    ]);
    const inputs = ["lima", "mike", "november"].map((m) => ({ text: `Планы ${m}\nВизит в Баку.` }));
    // One by one: lima and mike make one visit (25 days apart); november, published nine days
    // before lima, takes lima into a visit of its own and leaves mike alone.
    for (const input of inputs) await ingestArticle(t.db, input, { extractor });
    const visits = await collections(t.db).visits.find().toArray();
    expect(visits.map((v) => v.articleIds.length).sort()).toEqual([1, 2]);
    const together = await openTestDb();
    try {
      await ingestArticles(together.db, inputs, { extractor });
      expect(await dumpStore(t.db)).toEqual(await dumpStore(together.db));
    } finally {
      await together.close();
    }
  });

  it("rebuilds a visit that loses a report when one article is read again", async () => {
    await ingestArticles(t.db, [{ text: texts.d }, { text: texts.e }], { extractor: v1 });
    const v2 = scriptedExtractor("test-2", [{ ...scripts[3]!, visits: [] }, scripts[4]!]);
    const r = await ingestArticle(t.db, { text: texts.d }, { extractor: v2 });
    expect(r.status).toBe("updated");
    const visits = await collections(t.db).visits.find().toArray();
    expect(visits).toHaveLength(1);
    expect(visits[0]!.articleIds).toEqual([visits[0]!.evidence[0]!.articleId]);
    expect(visits[0]!.evidence).toHaveLength(1);
  });

  it("makes one document of the same title and states, tied to the visit", async () => {
    await ingestArticles(t.db, [{ text: texts.a }, { text: texts.b }], { extractor: v1 });
    const docs = await collections(t.db).documents.find().toArray();
    expect(docs).toHaveLength(1);
    const [visit] = await collections(t.db).visits.find().toArray();
    expect(docs[0]).toMatchObject({
      countries: ["AZ", "KZ"],
      status: "SIGNED",
      visitId: visit!._id,
      signedOn: "2023-04-10",
    });
    const naming = await collections(t.db).mentions.countDocuments({ entityId: docs[0]!._id });
    expect(naming).toBe(2);
  });
});

describe("order independence and reprocess", () => {
  it("ends in the same store whatever the order, one by one or in a batch", async () => {
    const all = [texts.a, texts.b, texts.c, texts.d, texts.e, texts.f];
    await ingestArticles(
      t.db,
      all.map((text) => ({ text })),
      { extractor: v1 },
    );
    const batch = await dumpStore(t.db);
    const other = await openTestDb();
    try {
      // Reversed and one at a time: the April visit is first named by its later report.
      for (const text of [...all].reverse())
        await ingestArticle(other.db, { text }, { extractor: v1 });
      expect(await dumpStore(other.db)).toEqual(batch);
    } finally {
      await other.close();
    }
  });

  it("re-extracts changed articles and leaves the store as a fresh load would", async () => {
    const all = [texts.a, texts.b, texts.c, texts.d, texts.e, texts.f];
    // The newer extractor drops a person and a visit, moves a date and finds a new document.
    const v2 = scriptedExtractor("test-2", [
      {
        ...scripts[0]!,
        people: [scripts[0]!.people![0]!],
        visits: [{ ...scripts[0]!.visits![0]!, guest: null, startDate: "2023-04-11" }],
      },
      scripts[1]!,
      {
        ...scripts[2]!,
        documents: [{ title: "Соглашение о транзите", countries: ["AZ", "KZ"], tense: "future" }],
      },
      { ...scripts[3]!, visits: [] },
      scripts[4]!,
    ]);
    await ingestArticles(
      t.db,
      all.map((text) => ({ text })),
      { extractor: v1 },
    );
    const r = await reprocess(t.db, { extractor: v2 });
    expect(r.reprocessed).toBe(6);
    const again = await reprocess(t.db, { extractor: v2 });
    expect(again.reprocessed).toBe(0);

    const fresh = await openTestDb();
    try {
      await ingestArticles(
        fresh.db,
        all.map((text) => ({ text })),
        { extractor: v2 },
      );
      expect(await dumpStore(t.db)).toEqual(await dumpStore(fresh.db));
    } finally {
      await fresh.close();
    }
  });
});

describe("writes", () => {
  it("writes a country only when it is new, and a known person only by updating its counts", async () => {
    const watched = await openTestDb({ monitorCommands: true });
    try {
      const writes: string[] = [];
      watched.client.on("commandStarted", (e) => {
        const target = (e.command as Record<string, unknown>)[e.commandName];
        if (["insert", "update", "delete"].includes(e.commandName)) {
          writes.push(`${e.commandName} ${String(target)}`);
        }
      });
      await ingestArticle(watched.db, { text: texts.a }, { extractor: v1 });
      expect(writes).toContain("insert countries");
      expect(writes).toContain("insert people");
      writes.length = 0;
      // Charlie names the same two countries and Aliyev again, with a new visit.
      await ingestArticle(watched.db, { text: texts.c }, { extractor: v1 });
      expect(writes.filter((w) => / countries$/.test(w))).toEqual([]);
      expect(writes).not.toContain("insert people");
      expect(writes).toContain("update people");
      const aliyev = await collections(watched.db).people.findOne({ name: ALIYEV });
      expect(
        await collections(watched.db).articles.countDocuments({ personIds: aliyev?._id }),
      ).toBe(2);
      // Bravo adds Tokayev's Kazakh spelling: his counts are updated in place.
      await ingestArticle(watched.db, { text: texts.b }, { extractor: v1 });
      expect(writes).toContain("update people");
      expect(writes).not.toContain("insert people");
      expect(await collections(watched.db).countries.countDocuments()).toBe(2);
    } finally {
      await watched.close();
    }
  });
});
