// A signed document kept as counts of its mentions equals the document built from all its
// mentions, whatever order the mentions came and went in, and follows its visit when it moves.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import type { MentionDoc, SignedDocumentDoc } from "../../src/db/types.js";
import { buildDocument, type Mention } from "../../src/store/derive.js";
import { ingestArticles } from "../../src/store/ingest.js";
import { openTestDb, type TestDb } from "../helpers/db.js";
import { type Script, scriptedExtractor } from "./fixtures.js";

let t: TestDb;
beforeEach(async () => {
  t = await openTestDb();
});
afterEach(async () => {
  await t.close();
});

/** A seeded generator, so a failing order can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const TITLE = "Соглашение о транзите";
const COUNTRIES = ["AZ", "KZ"];

/** Articles that each name the one document, in ways that differ (tense, kind, parties, date). */
const variants: Omit<Script, "marker">[] = [
  { publishedOn: "2023-04-10", documents: [{ title: TITLE, countries: COUNTRIES }] },
  {
    publishedOn: "2023-04-11",
    visits: [{ guestCountry: "AZ", hostCountry: "KZ", startDate: "2023-04-11" }],
    documents: [{ title: TITLE, countries: COUNTRIES, parties: ["Казахстан", "Азербайджан"] }],
  },
  {
    publishedOn: "2023-04-09",
    visits: [{ guestCountry: "AZ", hostCountry: "KZ", startDate: "2023-04-09" }],
    documents: [
      { title: TITLE, countries: COUNTRIES, kind: "agreement", parties: ["Азербайджан"] },
    ],
  },
  {
    publishedOn: "2023-03-01",
    documents: [{ title: TITLE, countries: COUNTRIES, tense: "future" }],
  },
  {
    publishedOn: null,
    documents: [
      { title: TITLE, countries: COUNTRIES, tense: "past", parties: ["Азербайджан", "Казахстан"] },
    ],
  },
];
const ARTICLES = ["alpha", "bravo", "charlie", "delta", "echo"];
const text = (marker: string) => `Новость ${marker}\n${TITLE}.`;

/** An extractor version under which each article reads as the given variant (none: no document). */
function extractorOf(version: string, choice: (number | null)[]) {
  return scriptedExtractor(
    version,
    ARTICLES.map((marker, i) => {
      const v = choice[i];
      return v === null || v === undefined
        ? { marker, publishedOn: "2023-04-10" }
        : { marker, ...variants[v]! };
    }),
  );
}

/** Every stored document beside the one built from all stored mentions of it. */
async function compared(): Promise<{ stored: unknown[]; built: unknown[] }> {
  const c = collections(t.db);
  const mentions = await c.mentions.find().toArray();
  const visitOf = new Map(mentions.map((m) => [m._id, m.entityId]));
  const byGroup = new Map<string, Mention<"document">[]>();
  for (const m of mentions) {
    if (m.kind !== "document") continue;
    byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), m]);
  }
  const strip = ({ counts: _c, applied: _a, ...rest }: SignedDocumentDoc) => rest;
  const built = [...byGroup].map(([key, list]) =>
    strip(buildDocument(key, list, (id) => visitOf.get(id) ?? null)),
  );
  const stored = (await c.documents.find().toArray()).map(strip);
  const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1);
  return { stored: stored.sort(byId), built: built.sort(byId) };
}

describe("a document from its counts", () => {
  it.each([1, 2, 3])("equals the one built from every mention (order %i)", async (seed) => {
    const next = random(seed);
    const choice: (number | null)[] = ARTICLES.map(() => null);
    for (let step = 0; step < 8; step++) {
      // Each step reads a few articles anew: some start naming the document, some change how,
      // some stop.
      const picked = ARTICLES.map((_, i) => i).filter(() => next() < 0.5);
      for (const i of picked) {
        const r = Math.floor(next() * (variants.length + 1));
        choice[i] = r === variants.length ? null : r;
      }
      const extractor = extractorOf(`test-${seed}-${step}`, choice);
      await ingestArticles(
        t.db,
        picked.map((i) => ({ text: text(ARTICLES[i]!) })),
        { extractor },
      );
      const { stored, built } = await compared();
      expect(stored).toEqual(built);
    }
  });

  it("follows the visit it was signed during when another article moves it", async () => {
    const all = [0, 1, 2, null, null];
    const extractor = extractorOf("test-1", all);
    await ingestArticles(t.db, [{ text: text("bravo") }], { extractor });
    const c = collections(t.db);
    const [before] = await c.documents.find().toArray();
    // charlie's report starts two days earlier: bravo's visit takes a new id.
    await ingestArticles(t.db, [{ text: text("charlie") }], { extractor });
    const [after] = await c.documents.find().toArray();
    const visits = await c.visits.find().toArray();
    expect(visits).toHaveLength(1);
    expect(before!.visitId).not.toBe(visits[0]!._id);
    expect(after!.visitId).toBe(visits[0]!._id);
    expect(after!.counts?.visits).toEqual({ [visits[0]!._id]: 2 });
    const { stored, built } = await compared();
    expect(stored).toEqual(built);
  });

  it("keeps the order of the parties of the most frequent list", async () => {
    const extractor = extractorOf("test-1", [1, 2, null, null, 4]);
    await ingestArticles(
      t.db,
      ["alpha", "bravo", "echo"].map((m) => ({ text: text(m) })),
      { extractor },
    );
    const [doc] = await collections(t.db).documents.find().toArray();
    // Three lists once each: the longest first, then the alphabetically first of equal length.
    expect(doc!.parties).toEqual(["Азербайджан", "Казахстан"]);
    expect(doc).toMatchObject({ kind: "memorandum", status: "SIGNED", signedOn: "2023-04-09" });
  });

  it("is deleted with the last mention of it", async () => {
    await ingestArticles(t.db, [{ text: text("alpha") }], {
      extractor: extractorOf("test-1", [0]),
    });
    expect(await collections(t.db).documents.countDocuments()).toBe(1);
    await ingestArticles(t.db, [{ text: text("alpha") }], {
      extractor: extractorOf("test-2", [null]),
    });
    expect(await collections(t.db).documents.countDocuments()).toBe(0);
    const left: MentionDoc[] = await collections(t.db)
      .mentions.find({ kind: "document" })
      .toArray();
    expect(left).toEqual([]);
  });
});
