// Reads bounded by the request: at 2,000 stored visits a page fetches what it shows and one more,
// per list and per level, whatever the store holds; counts and article text only when selected.
import type { CommandStartedEvent, CommandSucceededEvent, Document } from "mongodb";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collections } from "../../src/db/collections.js";
import type {
  ArticleDoc,
  PersonDoc,
  SignedDocumentDoc,
  StatementDoc,
  VisitDoc,
} from "../../src/db/types.js";
import { dig, type Harness, nodesAt, openHarness } from "./harness.js";

const VISITS = 2_000;
const STATEMENTS_PER_VISIT = 3;
const PEOPLE = 40;
const ARTICLES = 300;
const CODES = ["KZ", "AZ", "TJ", "UZ", "KG"];

let h: Harness;
const started: CommandStartedEvent[] = [];
const succeeded: CommandSucceededEvent[] = [];

const pad = (i: number) => String(i).padStart(4, "0");

beforeAll(async () => {
  h = await openHarness({}, { mongo: { monitorCommands: true } });
  h.testDb.client.on("commandStarted", (e) => started.push(e));
  h.testDb.client.on("commandSucceeded", (e) => succeeded.push(e));
  const c = collections(h.testDb.db);
  const people: PersonDoc[] = Array.from({ length: PEOPLE }, (_, i) => ({
    _id: `p_${i}`,
    key: `person${i}`,
    name: `Person ${i}`,
    names: {},
    aliases: [],
    countryCode: CODES[i % CODES.length] ?? "KZ",
    role: "minister",
    title: null,
    searchTokens: [],
    tokenCount: 0,
  }));
  const visits: VisitDoc[] = [];
  const statements: StatementDoc[] = [];
  const documents: SignedDocumentDoc[] = [];
  for (let i = 0; i < VISITS; i++) {
    // Every other visit is hosted by Kazakhstan, so one country holds a thousand of them.
    const hostCountry = i % 2 === 0 ? "KZ" : (CODES[(i % 4) + 1] ?? "AZ");
    const guestCountry = hostCountry === "KZ" ? (CODES[(i % 4) + 1] ?? "AZ") : "KZ";
    const id = `v_${pad(i)}`;
    visits.push({
      _id: id,
      guestCountry,
      hostCountry,
      guestId: `p_${i % PEOPLE}`,
      hostId: `p_${(i + 1) % PEOPLE}`,
      kind: "working",
      level: "minister",
      city: null,
      startDate: i % 10 === 0 ? null : `20${10 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`,
      endDate: null,
      status: "COMPLETED",
      tense: "past",
      articleIds: [],
      evidence: [],
    });
    for (let k = 0; k < STATEMENTS_PER_VISIT; k++) {
      statements.push({
        _id: `s_${pad(i)}_${k}`,
        articleId: `a_${pad(i % ARTICLES)}`,
        speakerId: `p_${i % PEOPLE}`,
        speakerCountry: guestCountry,
        kind: "direct",
        text: `statement ${k} of visit ${i}`,
        language: "en",
        visitId: id,
        visitCountries: [guestCountry, hostCountry].sort().join("|"),
        start: i * 100 + k * 10,
        end: i * 100 + k * 10 + 5,
        searchTokens: [],
        tokenCount: 0,
      });
    }
    documents.push({
      _id: `d_${pad(i)}`,
      title: `Agreement ${i}`,
      kind: "agreement",
      status: "SIGNED",
      tense: "past",
      countries: [guestCountry, hostCountry].sort(),
      parties: [],
      signatoryIds: [`p_${i % PEOPLE}`],
      signedOn: null,
      visitId: id,
      searchTokens: [],
      tokenCount: 0,
    });
  }
  const articles: ArticleDoc[] = Array.from({ length: ARTICLES }, (_, i) => ({
    _id: `a_${pad(i)}`,
    contentHash: `hash${i}`,
    title: `Article ${i}`,
    language: "en",
    publishedOn: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
    sourceName: null,
    url: null,
    fileName: null,
    text: `A long article text number ${i}. `.repeat(200),
    ingestedAt: new Date(0),
    extractorVersion: "test",
    empty: false,
    countryCodes: ["KZ", CODES[(i % 4) + 1] ?? "AZ"],
    personIds: [`p_${i % PEOPLE}`],
    visitIds: [],
    documentIds: [],
    searchTokens: [],
    tokenCount: 0,
  }));
  await c.countries.insertMany(
    CODES.map((code) => ({ _id: code, names: { ru: code, kk: code, en: code } })),
  );
  await c.people.insertMany(people);
  await c.visits.insertMany(visits);
  await c.statements.insertMany(statements);
  await c.documents.insertMany(documents);
  await c.articles.insertMany(articles);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

/** What one operation asked the database for: commands, and documents returned per collection. */
async function reads(query: string, variables: Record<string, unknown> = {}) {
  started.length = 0;
  succeeded.length = 0;
  const r = await h.run(query, variables);
  expect(r.errors).toBeUndefined();
  const fetched: Record<string, number> = {};
  for (const e of succeeded) {
    const cursor = (e.reply as Document).cursor as Document | undefined;
    if (!cursor) continue;
    const collection = String(cursor.ns).split(".").slice(1).join(".");
    const batch = (cursor.firstBatch ?? cursor.nextBatch ?? []) as unknown[];
    fetched[collection] = (fetched[collection] ?? 0) + batch.length;
  }
  const commands = started.map((c) => `${c.commandName}:${String(c.command[c.commandName])}`);
  const finds = (coll: string) => started.filter((c) => c.command.find === coll);
  return { data: r.data, fetched, commands, finds };
}

const HOSTED = `query($after: String) { country(code: "KZ") { visitsHosted(first: 5, after: $after) {
  pageInfo { endCursor hasNextPage }
  edges { node { startDate guest { name } statements(first: 2) { edges { node { text speaker { name } } } } } }
} } }`;

describe("a page fetches what it shows and one more, per level", () => {
  test("a country's hosted visits with their statements, on the first page and the next", async () => {
    let after: string | null = null;
    const seen = new Set<string>();
    for (let page = 0; page < 2; page++) {
      const { data, fetched, finds } = await reads(HOSTED, { after });
      const visits = nodesAt(data, "country", "visitsHosted");
      expect(visits).toHaveLength(5);
      for (const v of visits) {
        expect(nodesAt(v, "statements")).toHaveLength(2);
        seen.add(JSON.stringify(v));
      }
      expect(fetched.visits).toBeLessThanOrEqual(5 + 1);
      expect(fetched.statements).toBeLessThanOrEqual(5 * (2 + 1));
      expect(fetched.people).toBeLessThanOrEqual(5 + 5);
      // One page query per list: the visits once, each visit's statements once.
      expect(finds("visits")).toHaveLength(1);
      expect(finds("statements").length).toBeLessThanOrEqual(5);
      after = dig(data, "country", "visitsHosted", "pageInfo", "endCursor") as string;
    }
    expect(seen.size).toBe(10);
  });

  test.each([5, 50])("%i visits with documents and their signatories", async (first) => {
    const { data, fetched } = await reads(
      `query($first: Int) { visits(first: $first) { edges { node {
        hostCountry { code } documents(first: 1) { edges { node { title signatories { name } } } }
      } } } }`,
      { first },
    );
    expect(nodesAt(data, "visits")).toHaveLength(first);
    expect(fetched.visits).toBeLessThanOrEqual(first + 1);
    expect(fetched.documents).toBeLessThanOrEqual(first * 2);
  });

  test("people, documents and articles of a country, and a person's visits", async () => {
    const { fetched } = await reads(`{ country(code: "KZ") {
      people(first: 3) { edges { node { name visits(first: 2) { edges { node { startDate } } } } } }
      documents(first: 4) { edges { node { title } } }
      mentionedIn(first: 2) { edges { node { title } } }
    } }`);
    expect(fetched.people).toBeLessThanOrEqual(3 + 1);
    expect(fetched.visits).toBeLessThanOrEqual(3 * (2 + 1));
    expect(fetched.documents).toBeLessThanOrEqual(4 + 1);
    expect(fetched.articles).toBeLessThanOrEqual(2 + 1);
  });
});

describe("only what is selected", () => {
  test("the count is asked for only when totalCount is selected", async () => {
    const without = await reads(`{ visits(first: 3) { edges { cursor } } }`);
    expect(without.commands).toEqual(["find:visits"]);
    const withCount = await reads(`{ visits(first: 3) { totalCount edges { cursor } } }`);
    expect(withCount.commands.sort()).toEqual(["aggregate:visits", "find:visits"]);
  });

  test("article text is read only when selected", async () => {
    const titles = await reads(`{ articles(first: 3) { edges { node { title } } } }`);
    const [list] = titles.finds("articles");
    expect(list?.command.projection).toMatchObject({ text: 0 });
    expect(titles.finds("articles")).toHaveLength(1);

    const texts = await reads(`{ articles(first: 3) { edges { node { title text } } } }`);
    const finds = texts.finds("articles");
    expect(finds).toHaveLength(2);
    expect(finds[1]?.command.projection).toEqual({ _id: 1, text: 1 });
    const nodes = nodesAt(texts.data, "articles");
    expect(nodes.every((n) => String(n.text).startsWith("A long article text"))).toBe(true);
  });
});
