// Relay connections: stable opaque cursors, page size bounds and refusal of foreign cursors.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collections } from "../../src/db/collections.js";
import type { VisitDoc } from "../../src/db/types.js";
import { toGlobalId } from "../../src/graphql/ids.js";
import { dig, type Harness, nodesAt, openHarness } from "./harness.js";

let h: Harness;
const visits: VisitDoc[] = [];

beforeAll(async () => {
  h = await openHarness();
  // Repeated dates and undated visits, so that the id tie-break and null handling are exercised.
  for (let i = 0; i < 45; i++) {
    visits.push({
      _id: `v_${(i * 7919) % 1000}`,
      guestCountry: i % 2 ? "KZ" : "UZ",
      hostCountry: "AZ",
      guestId: null,
      hostId: null,
      kind: "working",
      level: "other",
      city: null,
      startDate: i % 9 === 0 ? null : `2024-0${(i % 3) + 1}-1${i % 4}`,
      endDate: null,
      status: "COMPLETED",
      tense: "past",
      articleIds: [],
      evidence: [],
    });
  }
  await collections(h.testDb.db).visits.insertMany(visits);
  await collections(h.testDb.db).countries.insertOne({
    _id: "AZ",
    names: { ru: "Азербайджан", kk: "Әзербайжан", en: "Azerbaijan" },
  });
});

afterAll(async () => {
  await h?.close();
});

/** Newest first, undated last, ties by id: the documented order, computed independently. */
function expectedOrder(): string[] {
  return [...visits]
    .sort((a, b) => {
      const da = a.startDate ?? "";
      const db = b.startDate ?? "";
      if (da !== db) return da < db ? 1 : -1;
      return a._id < b._id ? -1 : 1;
    })
    .map((v) => toGlobalId("Visit", v._id));
}

const PAGE = `fragment Page on VisitConnection {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
}`;

/** The same visits as a root list and as a child list (batched, paged in memory). */
const LISTS: Record<string, { query: string; path: string[] }> = {
  visits: {
    query: `query($first: Int, $after: String) { visits(first: $first, after: $after) { ...Page } } ${PAGE}`,
    path: ["visits"],
  },
  "Country.visitsHosted": {
    query: `query($first: Int, $after: String) {
      country(code: "AZ") { visitsHosted(first: $first, after: $after) { ...Page } } } ${PAGE}`,
    path: ["country", "visitsHosted"],
  },
};

async function walk(list: string, pageSize: number): Promise<{ ids: string[]; pages: number }> {
  const { query, path } = LISTS[list] ?? { query: "", path: [] };
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const r = await h.run(query, { first: pageSize, after });
    expect(r.errors).toBeUndefined();
    const conn = dig(r.data, ...path);
    expect(dig(conn, "totalCount")).toBe(visits.length);
    expect(dig(conn, "pageInfo", "hasPreviousPage")).toBe(after !== null);
    ids.push(...nodesAt(r.data, ...path).map((n) => String(n.id)));
    pages++;
    if (!dig(conn, "pageInfo", "hasNextPage")) break;
    after = String(dig(conn, "pageInfo", "endCursor"));
    if (pages > 100) throw new Error("pagination does not end");
  }
  return { ids, pages };
}

describe("cursor pagination", () => {
  test.each([
    ["visits", 7],
    ["visits", 100],
    ["Country.visitsHosted", 6],
  ])("%s pages of %i walk the whole list once, in order", async (list, size) => {
    const { ids, pages } = await walk(list, size);
    expect(ids).toEqual(expectedOrder());
    expect(pages).toBe(Math.ceil(visits.length / size));
  });

  test("cursors are stable across requests", async () => {
    const q = `{ visits(first: 5) { edges { cursor } } }`;
    const [a, b] = await Promise.all([h.run(q), h.run(q)]);
    expect(a.data).toEqual(b.data);
  });

  test("first defaults to 20", async () => {
    const r = await h.run(`{ visits { edges { cursor } pageInfo { hasNextPage } } }`);
    expect(nodesAt(r.data, "visits")).toHaveLength(20);
    expect(dig(r.data, "visits", "pageInfo", "hasNextPage")).toBe(true);
  });

  test("first: 0 gives no edges and still a count", async () => {
    const r = await h.run(`{ visits(first: 0) { totalCount edges { cursor } } }`);
    expect(r.data).toEqual({ visits: { totalCount: visits.length, edges: [] } });
  });

  test.each([101, -1, 1000])("first: %i is BAD_USER_INPUT", async (first) => {
    const r = await h.run(`query($f: Int) { visits(first: $f) { totalCount } }`, { f: first });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/^first:/);
  });

  test.each([
    ["not base64", "%%%"],
    ["base64 of garbage", Buffer.from("hello").toString("base64url")],
    ["wrong shape", Buffer.from(JSON.stringify(["v", 1])).toString("base64url")],
    ["an operator", Buffer.from(JSON.stringify(["v", { $gt: "" }, "x"])).toString("base64url")],
  ])("a malformed cursor (%s) is BAD_USER_INPUT", async (_, after) => {
    const r = await h.run(`query($a: String) { visits(after: $a) { totalCount } }`, { a: after });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/^after:/);
  });

  test("a cursor of another list is refused", async () => {
    const countries = await h.run(`{ countries(first: 1) { edges { cursor } } }`);
    const cursor = dig(countries.data, "countries", "edges", 0, "cursor");
    const r = await h.run(`query($a: String) { visits(after: $a) { totalCount } }`, { a: cursor });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
