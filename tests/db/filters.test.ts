// The filter forms the store and API send, checked for MongoDB's meaning on the test server:
// scalars and arrays, strings with escapes and non-ASCII text, ranges, filters combined with
// sort, sorts of mixed types, pages through keyset cursors, counts, updates and deletes.
import { type Document, Double, type Filter, ObjectId, type Sort } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planSort, planVerdict } from "../../src/bench/plans.js";
import { afterFilter, type Ordering } from "../../src/graphql/pagination.js";
import { openTestDb, type TestDb } from "../helpers/db.js";

interface Thing {
  _id: string;
  tag?: unknown;
  n?: number;
  other?: string;
  "odd?key"?: string;
  rowid?: string;
}

const THINGS: Thing[] = [
  { _id: "scalar", tag: "KZ", n: 1 },
  { _id: "array", tag: ["RU", "KZ"], n: 2 },
  { _id: "other-array", tag: ["RU", "UZ"], n: 3 },
  { _id: "nested", tag: [{ code: "KZ" }], n: 4 },
  { _id: "object", tag: { code: "KZ" }, n: 5 },
  { _id: "missing", n: 6 },
  { _id: "null", tag: null, n: 7 },
  { _id: "quote", tag: 'say "да"\\', n: 8 },
  { _id: "cyrillic", tag: ["Токаев", "<&>"], n: 9, other: "x" },
  { _id: "number", tag: 5, n: 10 },
  { _id: "html", tag: "<&>", n: 11, "odd?key": "x", rowid: "r" },
];

const CASES: { name: string; filter: Filter<Thing>; ids: string[] }[] = [
  {
    name: "equality matches a scalar and an array holding it",
    filter: { tag: "KZ" },
    ids: ["array", "scalar"],
  },
  { name: "$eq is equality", filter: { tag: { $eq: "RU" } }, ids: ["array", "other-array"] },
  {
    name: "$in over scalars and arrays",
    filter: { tag: { $in: ["UZ", "KZ"] } },
    ids: ["array", "other-array", "scalar"],
  },
  { name: "$all needs every string", filter: { tag: { $all: ["RU", "KZ"] } }, ids: ["array"] },
  {
    name: "$all of one string matches a scalar too",
    filter: { tag: { $all: ["KZ"] } },
    ids: ["array", "scalar"],
  },
  { name: "escaped characters", filter: { tag: 'say "да"\\' }, ids: ["quote"] },
  {
    name: "non-ASCII and HTML characters",
    filter: { tag: { $all: ["Токаев", "<&>"] } },
    ids: ["cyrillic"],
  },
  {
    name: "HTML characters in a scalar and an array",
    filter: { tag: "<&>" },
    ids: ["cyrillic", "html"],
  },
  { name: "a key with a question mark", filter: { "odd?key": "x", tag: "<&>" }, ids: ["html"] },
  { name: "a key SQLite also knows as a column", filter: { rowid: "r" }, ids: ["html"] },
  { name: "no match", filter: { tag: "AZ" }, ids: [] },
  { name: "a number is not its string", filter: { tag: "5" }, ids: [] },
  { name: "a number", filter: { tag: 5 }, ids: ["number"] },
  {
    name: "null matches null and a missing field",
    filter: { tag: null },
    ids: ["missing", "null"],
  },
  { name: "two fields", filter: { tag: "KZ", n: 2 }, ids: ["array"] },
  { name: "a string and an absent field", filter: { tag: "Токаев", other: "y" }, ids: [] },
  { name: "_id equality", filter: { _id: "array" }, ids: ["array"] },
  {
    name: "_id $in",
    filter: { _id: { $in: ["array", "nested", "absent"] } },
    ids: ["array", "nested"],
  },
  {
    name: "_id $in with another field",
    filter: { _id: { $in: ["array", "scalar"] }, n: 1 },
    ids: ["scalar"],
  },
  { name: "_id $in of none", filter: { _id: { $in: [] } }, ids: [] },
  { name: "$in of none", filter: { tag: { $in: [] } }, ids: [] },
  { name: "$all of none", filter: { tag: { $all: [] } }, ids: [] },
  {
    name: "$all where the text holds the string elsewhere",
    filter: { other: { $all: ["KZ"] } },
    ids: [],
  },
  {
    name: "$or of pairs",
    filter: { $or: [{ tag: "UZ" }, { tag: "KZ", n: 1 }] },
    ids: ["other-array", "scalar"],
  },
  {
    name: "$or with a branch of any row",
    filter: { $or: [{ tag: "UZ" }, { n: { $gt: 8 } }] },
    ids: ["cyrillic", "html", "number", "other-array"],
  },
  {
    name: "$and of $in clauses",
    filter: { $and: [{ tag: { $in: ["RU", "x"] } }, { tag: { $in: ["KZ"] } }] },
    ids: ["array"],
  },
  {
    name: "$and inside $or",
    filter: { $or: [{ $and: [{ tag: "RU" }, { n: 3 }] }, { _id: { $in: ["scalar"] } }] },
    ids: ["other-array", "scalar"],
  },
  { name: "dotted path", filter: { "tag.code": "KZ" } as Filter<Thing>, ids: ["nested", "object"] },
  {
    name: "$gt of a string: strings and arrays holding one above it",
    filter: { tag: { $gt: "RU" } },
    ids: ["cyrillic", "other-array", "quote"],
  },
  {
    name: "$lt of a string: no number, null or object",
    filter: { tag: { $lt: "L" } },
    ids: ["array", "cyrillic", "html", "scalar"],
  },
  {
    name: "$gte and $lte of numbers",
    filter: { n: { $gte: 3, $lte: 5 } },
    ids: ["nested", "object", "other-array"],
  },
  { name: "$lte of a number: no string", filter: { tag: { $lte: 5 } }, ids: ["number"] },
  {
    name: "$ne null: present and not null",
    filter: { tag: { $ne: null }, n: { $lt: 8 } },
    ids: ["array", "nested", "object", "other-array", "scalar"],
  },
  {
    name: "a keyset cursor's $or over a range and null",
    filter: { $or: [{ tag: { $lt: "KZ" } }, { tag: null }, { tag: "KZ", n: { $gt: 1 } }] },
    ids: ["array", "cyrillic", "html", "missing", "null"],
  },
];

describe("filters on the test server", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb();
    const c = t.db.collection<Thing>("things");
    await c.createIndex({ tag: 1 });
    await c.insertMany(THINGS.map((x) => ({ ...x })));
  });
  afterAll(async () => {
    await t.close();
  });

  const ids = (docs: Document[]) => docs.map((d) => String(d._id)).sort();

  it.each(CASES)("find: $name", async ({ filter, ids: expected }) => {
    const c = t.db.collection<Thing>("things");
    expect(ids(await c.find(filter).toArray())).toEqual(expected);
    expect(await c.countDocuments(filter)).toBe(expected.length);
  });

  it.each(CASES)("find with sort and limit: $name", async ({ filter, ids: expected }) => {
    const c = t.db.collection<Thing>("things");
    const docs = await c.find(filter).sort({ n: -1 }).limit(2).toArray();
    const byN = THINGS.filter((x) => expected.includes(x._id))
      .sort((a, b) => (b.n ?? 0) - (a.n ?? 0))
      .slice(0, 2)
      .map((x) => x._id);
    expect(docs.map((d) => d._id)).toEqual(byN);
  });

  // The first three are the forms the API's loaders send; the server must not read every row.
  it.each([
    { name: "string equality", filter: { tag: "KZ" } },
    { name: "$in of strings", filter: { tag: { $in: ["KZ", "UZ"] } } },
    { name: "$or of equalities", filter: { $or: [{ tag: "KZ", n: 1 }, { tag: "UZ" }] } },
    { name: "_id $in", filter: { _id: { $in: ["array", "scalar"] } } },
  ] as { name: string; filter: Filter<Thing> }[])("an index serves $name", async ({ filter }) => {
    const plan = await t.db.collection<Thing>("things").find(filter).explain("queryPlanner");
    expect(planVerdict(plan), JSON.stringify(plan)).toBe("index");
  });

  it("updates and deletes reach every matching document and no other", async () => {
    const c = t.db.collection<Thing>("changed");
    await c.insertMany(THINGS.map((x) => ({ ...x })));
    const updated = await c.updateMany({ tag: "KZ" }, { $set: { other: "seen" } });
    expect(updated.modifiedCount).toBe(2);
    expect(ids(await c.find({ other: "seen" }).toArray())).toEqual(["array", "scalar"]);
    const deleted = await c.deleteMany({ tag: { $in: ["UZ", "Токаев"] } });
    expect(deleted.deletedCount).toBe(2);
    expect(await c.countDocuments()).toBe(THINGS.length - 2);
    const replaced = await c.replaceOne({ _id: { $in: ["number"] } } as Filter<Thing>, {
      tag: "changed",
    });
    expect(replaced.modifiedCount).toBe(1);
    expect(await c.findOne({ _id: "number" })).toEqual({ _id: "number", tag: "changed" });
  });

  it("answers one bulk write of more replaces than the server has connections", async () => {
    const c = t.db.collection<{ _id: string; n: number }>("replaced");
    const docs = Array.from({ length: 500 }, (_, i) => ({ _id: `d${i}`, n: i }));
    await c.insertMany(docs);
    const r = await c.bulkWrite(
      docs.map((d) => ({
        replaceOne: { filter: { _id: d._id }, replacement: { n: d.n + 1 }, upsert: true },
      })),
    );
    expect(r.modifiedCount).toBe(500);
    expect(await c.countDocuments({ n: { $gt: 0 } })).toBe(500);
  });
});

// Sort keys of every kind, as MongoDB orders them: null and missing alike, then numbers by value
// (int and double alike), strings by their UTF-8 bytes, then objects, booleans and dates.
const MIXED: Document[] = [
  { _id: "k01", g: "a", k: null },
  { _id: "k02", g: "a" },
  { _id: "k03", g: "a", k: 10 },
  { _id: "k04", g: "a", k: 2.5 },
  { _id: "k05", g: "a", k: -3 },
  { _id: "k06", g: "a", k: "10" },
  { _id: "k07", g: "a", k: "" },
  { _id: "k08", g: "a", k: "<b>&" },
  { _id: "k09", g: "a", k: 'q"\\' },
  { _id: "k10", g: "a", k: "Токаев" },
  { _id: "k11", g: "a", k: "Zebra" },
  { _id: "k12", g: "a", k: "apple" },
  { _id: "k13", g: "a", k: true },
  { _id: "k14", g: "a", k: new Date("2024-01-01T00:00:00Z") },
  { _id: "k15", g: "a", k: { x: 1 } },
  { _id: "k16", g: "a", k: new Double(10) },
  { _id: "k17", g: "b", k: "apple" },
  { _id: "k18", g: "a", k: "é" },
  { _id: "k19", g: "a", k: false },
  { _id: "k20", g: "a", k: new Date("2020-01-01T00:00:00Z") },
  { _id: "k21", g: "c", k: "a\u0000b" },
  { _id: "k22", g: "c", k: "a" },
  { _id: "k23", g: "c", k: "a\u0001" },
  { _id: "k24", g: "c", k: "a\u0000" },
  { _id: "k25", g: "d", k: new ObjectId("65a1b2c3d4e5f60718293a4b") },
  { _id: "k26", g: "d", k: "65a1b2c3d4e5f60718293a4b" },
  { _id: "k27", g: "d", k: 1 },
  { _id: "k28", g: "d", k: true },
];

// prettier-ignore
const MIXED_ASCENDING = [
  "k01",
  "k02",
  "k05",
  "k04",
  "k03",
  "k16",
  "k07",
  "k06",
  "k08",
  "k11",
  "k12",
  "k09",
  "k18",
  "k10",
  "k15",
  "k19",
  "k13",
  "k20",
  "k14",
];
// prettier-ignore
const MIXED_DESCENDING = [
  "k14",
  "k20",
  "k13",
  "k19",
  "k15",
  "k10",
  "k18",
  "k09",
  "k12",
  "k11",
  "k08",
  "k06",
  "k07",
  "k03",
  "k16",
  "k04",
  "k05",
  "k01",
  "k02",
];

const MIXED_CASES: {
  name: string;
  filter: Filter<Document>;
  sort: Sort;
  limit: number;
  ids: string[];
}[] = [
  { name: "ascending", filter: { g: "a" }, sort: { k: 1, _id: 1 }, limit: 0, ids: MIXED_ASCENDING },
  {
    name: "descending",
    filter: { g: "a" },
    sort: { k: -1, _id: 1 },
    limit: 0,
    ids: MIXED_DESCENDING,
  },
  {
    name: "descending, the first 4 (booleans and dates first)",
    filter: { g: "a" },
    sort: { k: -1, _id: 1 },
    limit: 4,
    ids: ["k14", "k20", "k13", "k19"],
  },
  {
    name: "ascending, the first 6 (ties of null and of 10 by _id)",
    filter: { g: "a" },
    sort: { k: 1, _id: 1 },
    limit: 6,
    ids: ["k01", "k02", "k05", "k04", "k03", "k16"],
  },
  {
    name: "descending _id within equal keys ($in of null matches missing too)",
    filter: { g: "a", k: { $in: [10, null] } },
    sort: { k: -1, _id: -1 },
    limit: 0,
    ids: ["k16", "k03", "k02", "k01"],
  },
  {
    name: "null and missing alike, ordered by _id",
    filter: { g: "a", k: null },
    sort: { k: -1, _id: -1 },
    limit: 0,
    ids: ["k02", "k01"],
  },
  {
    name: "strings in a range, descending",
    filter: { k: { $gte: "10", $lt: "é" } },
    sort: { k: -1, _id: 1 },
    limit: 0,
    ids: ["k09", "k12", "k17", "k23", "k21", "k24", "k22", "k11", "k08", "k26", "k06"],
  },
  {
    name: "numbers above a number, not strings",
    filter: { g: "a", k: { $gt: 2.5 } },
    sort: { k: 1, _id: 1 },
    limit: 0,
    ids: ["k03", "k16"],
  },
  {
    name: "strings holding NUL and control characters, by their bytes",
    filter: { g: "c" },
    sort: { k: 1, _id: 1 },
    limit: 3,
    ids: ["k22", "k24", "k21"],
  },
  {
    name: "a string is not the ObjectId of the same hex digits",
    filter: { k: "65a1b2c3d4e5f60718293a4b" },
    sort: { k: 1 },
    limit: 0,
    ids: ["k26"],
  },
  {
    name: "a number is not a boolean",
    filter: { k: { $in: [1, "x"] } },
    sort: { k: -1 },
    limit: 0,
    ids: ["k27"],
  },
  {
    name: "numbers above zero, not dates (kept as milliseconds) or booleans",
    filter: { k: { $gt: 0 } },
    sort: { k: 1, _id: 1 },
    limit: 0,
    ids: ["k27", "k04", "k03", "k16"],
  },
  {
    name: "every group, by group then key",
    filter: { k: "apple" },
    sort: { g: -1, k: 1, _id: 1 },
    limit: 0,
    ids: ["k17", "k12"],
  },
];

interface PagedCase {
  name: string;
  collection: string;
  filter: Filter<Document>;
  ordering: Ordering<Document>;
  size: number;
  pages: string[][];
}

const VISITS: Document[] = [
  { _id: "v1", hostCountry: "KZ", startDate: "2025-05-01" },
  { _id: "v2", hostCountry: "KZ", startDate: "2025-06-10" },
  { _id: "v3", hostCountry: "KZ", startDate: "2025-05-01" },
  { _id: "v4", hostCountry: "KZ", startDate: null },
  { _id: "v5", hostCountry: "KZ" },
  { _id: "v6", hostCountry: "RU", startDate: "2025-07-01" },
  { _id: "v7", hostCountry: "KZ", startDate: "2024-12-31" },
  { _id: "v8", hostCountry: "KZ", startDate: "2025-05-01" },
];

const STATEMENTS: Document[] = [
  { _id: "s1", visitId: "X", articleId: "a2", start: 5 },
  { _id: "s2", visitId: "X", articleId: "a1", start: 30 },
  { _id: "s3", visitId: "X", articleId: "a1", start: 7 },
  { _id: "s4", visitId: "X", articleId: "a2", start: 5 },
  { _id: "s5", visitId: "Y", articleId: "a1", start: 1 },
  { _id: "s6", visitId: "X", articleId: "a1", start: 100 },
  { _id: "s7", visitId: "X", articleId: null, start: 3 },
];

const PEOPLE: Document[] = [
  { _id: "p1", countryCode: "KZ", name: "Б" },
  { _id: "p2", countryCode: "KZ", name: null },
  { _id: "p3", countryCode: "KZ" },
  { _id: "p4", countryCode: "KZ", name: "A" },
  { _id: "p5", countryCode: "KZ", name: "a" },
  { _id: "p6", countryCode: "RU", name: "A" },
];

const ARTICLES: Document[] = [
  { _id: "a1", publishedOn: "2025-01-02" },
  { _id: "a2", publishedOn: "2025-01-03" },
  { _id: "a3" },
  { _id: "a4", publishedOn: "2025-01-02" },
  { _id: "a5", publishedOn: "2024-12-30" },
];

const MENTIONS: Document[] = [
  { _id: "m1", kind: "person", group: "g1", start: 5 },
  { _id: "m2", kind: "person", group: "g1", start: 50 },
  { _id: "m3", kind: "place", group: "g1", start: 7 },
  { _id: "m4", kind: "person", group: "g2", start: 9 },
  { _id: "m5", kind: "person", group: "g1" },
  { _id: "m6", kind: "person", group: "g1", start: 5 },
  { _id: "m7", kind: "person", group: "g1", start: -1.5 },
];

const PAGED: PagedCase[] = [
  {
    name: "a group's mentions of a kind, latest offset first (two equalities)",
    collection: "mentions",
    filter: { kind: "person", group: "g1" },
    ordering: {
      tag: "m",
      keys: [
        { field: "start", dir: -1 },
        { field: "_id", dir: 1 },
      ],
    },
    size: 2,
    pages: [["m2", "m1"], ["m6", "m7"], ["m5"]],
  },
  {
    name: "a country's people by name, unnamed first",
    collection: "people",
    filter: { countryCode: "KZ" },
    ordering: {
      tag: "p",
      keys: [
        { field: "name", dir: 1 },
        { field: "_id", dir: 1 },
      ],
    },
    size: 2,
    pages: [["p2", "p3"], ["p4", "p5"], ["p1"]],
  },
  {
    name: "all articles, latest first",
    collection: "articles",
    filter: {},
    ordering: {
      tag: "a",
      keys: [
        { field: "publishedOn", dir: -1 },
        { field: "_id", dir: 1 },
      ],
    },
    size: 2,
    pages: [["a2", "a1"], ["a4", "a5"], ["a3"]],
  },
  {
    name: "a country's visits, latest first, undated last",
    collection: "visits",
    filter: { hostCountry: "KZ" },
    ordering: {
      tag: "v",
      keys: [
        { field: "startDate", dir: -1 },
        { field: "_id", dir: 1 },
      ],
    },
    size: 3,
    pages: [["v2", "v1", "v3"], ["v8", "v7", "v4"], ["v5"]],
  },
  {
    name: "a visit's statements by article and offset (numbers, not text)",
    collection: "statements",
    filter: { visitId: "X" },
    ordering: {
      tag: "s",
      keys: [
        { field: "articleId", dir: 1 },
        { field: "start", dir: 1 },
        { field: "_id", dir: 1 },
      ],
    },
    size: 2,
    pages: [
      ["s7", "s3"],
      ["s2", "s6"],
      ["s1", "s4"],
    ],
  },
];

describe("sorts, ranges, pages and counts on the test server", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb();
    await t.db.collection("mixed").createIndex({ g: 1, k: -1, _id: 1 });
    await t.db.collection("mixed").createIndex({ k: 1 });
    await t.db.collection("mixed").insertMany(MIXED.map((x) => ({ ...x })));
    await t.db.collection("visits").createIndex({ hostCountry: 1, startDate: -1, _id: 1 });
    await t.db.collection("visits").insertMany(VISITS.map((x) => ({ ...x })));
    await t.db.collection("statements").createIndex({ visitId: 1, articleId: 1, start: 1, _id: 1 });
    await t.db.collection("statements").insertMany(STATEMENTS.map((x) => ({ ...x })));
    await t.db.collection("mentions").createIndex({ kind: 1, group: 1, start: -1, _id: 1 });
    await t.db.collection("mentions").insertMany(MENTIONS.map((x) => ({ ...x })));
    await t.db.collection("people").createIndex({ countryCode: 1, name: 1, _id: 1 });
    await t.db.collection("people").insertMany(PEOPLE.map((x) => ({ ...x })));
    await t.db.collection("articles").createIndex({ publishedOn: -1, _id: 1 });
    await t.db.collection("articles").insertMany(ARTICLES.map((x) => ({ ...x })));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(MIXED_CASES)("sort: $name", async ({ filter, sort, limit, ids }) => {
    const docs = await t.db.collection("mixed").find(filter).sort(sort).limit(limit).toArray();
    expect(docs.map((d) => d._id)).toEqual(ids);
    const total = ids.length < limit || limit === 0 ? ids.length : undefined;
    if (total !== undefined) {
      expect(await t.db.collection("mixed").countDocuments(filter)).toBe(total);
    }
  });

  it("sorts by a field that holds arrays by their least and greatest elements", async () => {
    const c = t.db.collection<{ _id: string; k: unknown }>("arrays");
    await c.createIndex({ k: 1 });
    await c.insertMany([
      { _id: "a1", k: ["m", "b"] },
      { _id: "a2", k: "c" },
      { _id: "a3", k: ["a", "z"] },
      { _id: "a4", k: 4 },
    ]);
    const asc = await c.find({}).sort({ k: 1, _id: 1 }).toArray();
    expect(asc.map((d) => d._id)).toEqual(["a4", "a3", "a1", "a2"]);
    const desc = await c.find({}).sort({ k: -1, _id: 1 }).limit(2).toArray();
    expect(desc.map((d) => d._id)).toEqual(["a3", "a1"]);
  });

  it("orders keys of every type in the index, sorting only the run of other types apart", async () => {
    const find = () => t.db.collection("mixed").find({ g: "a" }).sort({ k: -1, _id: 1 });
    const plan = await find().limit(3).explain("queryPlanner");
    expect(planSort(plan), JSON.stringify(plan)).toBe("index order");
    expect((await find().limit(3).toArray()).map((d) => d._id)).toEqual(
      MIXED_DESCENDING.slice(0, 3),
    );
  });

  it("a unique index serves equality and $in on its field", async () => {
    const c = t.db.collection<{ _id: string; key: unknown }>("keyed");
    await c.createIndex({ key: 1 }, { unique: true });
    await c.insertMany([
      { _id: "u1", key: "kz:tokayev" },
      { _id: "u2", key: "ru:putin" },
      { _id: "u3", key: ["kz:tokayev", "x"] },
      { _id: "u4", key: new ObjectId("65a1b2c3d4e5f60718293a4b") },
    ]);
    for (const [filter, ids] of [
      [{ key: "kz:tokayev" }, ["u1", "u3"]],
      [{ key: { $in: ["ru:putin", "65a1b2c3d4e5f60718293a4b"] } }, ["u2"]],
    ] as const) {
      const found = await c.find(filter).sort({ _id: 1 }).toArray();
      expect(found.map((d) => d._id)).toEqual(ids);
      expect(await c.countDocuments(filter)).toBe(ids.length);
      const plan = await c.find(filter).explain("queryPlanner");
      expect(planVerdict(plan), JSON.stringify(plan)).toBe("index");
    }
  });

  it("$collStats counts every document, alone or beside the storage statistics", async () => {
    const stats = async (stage: Document) =>
      (
        await t.db
          .collection("mixed")
          .aggregate([{ $collStats: stage }])
          .toArray()
      )[0] ?? {};
    expect((await stats({ count: {} })).count).toBe(MIXED.length);
    const both = await stats({ count: {}, storageStats: {} });
    expect(both.count).toBe(MIXED.length);
    expect(both.storageStats?.count).toBe(MIXED.length);
  });

  it("returns a sorted find in small batches, in order, across getMore", async () => {
    const docs = await t.db
      .collection("visits")
      .find({ hostCountry: "KZ" })
      .sort({ startDate: -1, _id: 1 })
      .batchSize(2)
      .toArray();
    expect(docs.map((d) => d._id)).toEqual(["v2", "v1", "v3", "v8", "v7", "v4", "v5"]);
  });

  it.each(PAGED)("pages through keyset cursors: $name", async (p) => {
    const c = t.db.collection(p.collection);
    const sort = Object.fromEntries(p.ordering.keys.map((k) => [k.field, k.dir])) as Sort;
    const pages: string[][] = [];
    let where: Filter<Document> = p.filter;
    for (let i = 0; i < 5; i++) {
      const docs = await c
        .find(where)
        .sort(sort)
        .limit(p.size + 1)
        .toArray();
      const page = docs.slice(0, p.size);
      pages.push(page.map((d) => String(d._id)));
      expect(await c.countDocuments(where)).toBe(p.pages.slice(i).flat().length);
      const last = page.at(-1);
      if (docs.length <= p.size || !last) break;
      const values = p.ordering.keys.map((k) => (last[k.field] ?? null) as string | number | null);
      where = { $and: [p.filter, afterFilter(p.ordering, values)] };
    }
    expect(pages).toEqual(p.pages);
  });

  it.each(PAGED)("counts each page's filter: $name", async (p) => {
    const c = t.db.collection(p.collection);
    const total = p.pages.flat().length;
    expect(await c.countDocuments(p.filter)).toBe(total);
    expect(await c.countDocuments(p.filter, { skip: 1, limit: 2 })).toBe(Math.min(2, total - 1));
    const counted = await t.db.command({ count: p.collection, query: p.filter });
    expect(counted.n).toBe(total);
    const first = p.pages[0] ?? [];
    const last = (await c.findOne({ _id: first.at(-1) } as Filter<Document>)) ?? ({} as Document);
    const values = p.ordering.keys.map((k) => (last[k.field] ?? null) as string | number | null);
    const after = { $and: [p.filter, afterFilter(p.ordering, values)] };
    expect(await c.countDocuments(after)).toBe(total - first.length);
    expect((await t.db.command({ count: p.collection, query: after })).n).toBe(
      total - first.length,
    );
  });

  it.each([
    { name: "a country's visits", collection: "visits", page: 0 },
    { name: "a country's visits after a cursor", collection: "visits", page: 1 },
    { name: "a visit's statements", collection: "statements", page: 0 },
    { name: "a visit's statements after a cursor", collection: "statements", page: 1 },
    { name: "a country's people after an unnamed one", collection: "people", page: 1 },
    { name: "a group's mentions after a cursor", collection: "mentions", page: 1 },
    { name: "all articles", collection: "articles", page: 0 },
    { name: "all articles after a cursor", collection: "articles", page: 2 },
  ])("an index serves the filter and the order: $name", async ({ collection, page }) => {
    const p = PAGED.find((x) => x.collection === collection) as PagedCase;
    const sort = Object.fromEntries(p.ordering.keys.map((k) => [k.field, k.dir])) as Sort;
    let where: Filter<Document> = p.filter;
    if (page > 0) {
      const lastId = p.pages[page - 1]?.at(-1);
      const last =
        (await t.db.collection(collection).findOne({ _id: lastId } as Filter<Document>)) ??
        ({} as Document);
      const values = p.ordering.keys.map((k) => (last[k.field] ?? null) as string | number | null);
      where = { $and: [p.filter, afterFilter(p.ordering, values)] };
    }
    const plan = await t.db
      .collection(collection)
      .find(where)
      .sort(sort)
      .limit(p.size + 1)
      .explain("queryPlanner");
    // With no filter, walking the whole index in order is the plan: the limit stops it.
    const walks =
      Object.keys(where).length === 0 && /SCAN \w+ USING INDEX/.test(JSON.stringify(plan));
    expect(walks || planVerdict(plan) === "index", JSON.stringify(plan)).toBe(true);
    expect(planSort(plan), JSON.stringify(plan)).toBe("index order");
  });
});

// Lists of documents by an element of an array field, as MongoDB's multikey indexes serve them:
// arrays with repeated values, empty arrays, scalars and missing values in the same field.
interface Listed {
  _id: string;
  codes?: unknown;
  d?: unknown;
  other?: string;
}

const LISTED: Listed[] = [
  { _id: "m01", codes: ["KZ", "RU"], d: "2025-03-01" },
  { _id: "m02", codes: ["KZ", "KZ"], d: "2025-02-01" },
  { _id: "m03", codes: "KZ", d: "2025-02-01" },
  { _id: "m04", codes: [], d: "2025-04-01" },
  { _id: "m05", d: "2025-05-01" },
  { _id: "m06", codes: ["RU"], d: null },
  { _id: "m07", codes: ["UZ", "KZ", "RU"] },
  { _id: "m08", codes: [{ c: "KZ" }], d: "2025-01-01" },
  { _id: "m09", codes: ["kz", 5], d: "2025-01-15" },
  { _id: "m10", codes: [null, "UZ"], d: "2025-03-15" },
  { _id: "m11", codes: ["UZ"], d: ["2025-06-01", "2024-01-01"] },
];

const BY_DATE = { d: -1, _id: 1 } as const;

const LISTED_ORDERING: Ordering<Document> = {
  tag: "l",
  keys: [
    { field: "d", dir: -1 },
    { field: "_id", dir: 1 },
  ],
};

const LISTED_CASES: { name: string; filter: Filter<Listed>; sort?: Sort; ids: string[] }[] = [
  {
    name: "an element, newest first (repeated value once, scalar, missing date last)",
    filter: { codes: "KZ" },
    ids: ["m01", "m02", "m03", "m07"],
  },
  {
    name: "an element, ordered by a field the index does not follow with",
    filter: { codes: "KZ" },
    sort: { _id: -1 },
    ids: ["m07", "m03", "m02", "m01"],
  },
  {
    name: "an element of lists one of which has an array of dates (its greatest first)",
    filter: { codes: "UZ" },
    ids: ["m11", "m10", "m07"],
  },
  {
    name: "$in of two elements: each list once, null and missing dates alike by _id",
    filter: { codes: { $in: ["KZ", "RU"] } },
    ids: ["m01", "m02", "m03", "m06", "m07"],
  },
  {
    name: "$in with a repeated element, some lists with arrays of dates",
    filter: { codes: { $in: ["KZ", "KZ", "UZ"] } },
    ids: ["m11", "m10", "m01", "m02", "m03", "m07"],
  },
  { name: "$all of two strings", filter: { codes: { $all: ["KZ", "RU"] } }, ids: ["m01", "m07"] },
  {
    name: "$all of one string matches the scalar too",
    filter: { codes: { $all: ["KZ"] } },
    ids: ["m01", "m02", "m03", "m07"],
  },
  {
    name: "$and of $in clauses (the search form)",
    filter: { $and: [{ codes: { $in: ["KZ"] } }, { codes: { $in: ["RU", "UZ"] } }] },
    ids: ["m01", "m07"],
  },
  { name: "a number element", filter: { codes: 5 }, ids: ["m09"] },
  { name: "a number is not its string", filter: { codes: "5" }, ids: [] },
  { name: "strings are compared by their bytes", filter: { codes: "kz" }, ids: ["m09"] },
  {
    name: "null: a missing field and an array holding null, not an empty array",
    filter: { codes: null },
    ids: ["m05", "m10"],
  },
  {
    name: "an element and a range of the following key",
    filter: { codes: "KZ", d: { $gte: "2025-02-01" } },
    ids: ["m01", "m02", "m03"],
  },
  {
    name: "after a keyset cursor",
    filter: {
      $and: [
        { codes: "KZ" },
        afterFilter(LISTED_ORDERING, ["2025-02-01", "m02"]) as Filter<Listed>,
      ],
    },
    ids: ["m03", "m07"],
  },
  {
    name: "an element in one branch of $or",
    filter: { $or: [{ codes: "KZ" }, { _id: "m09" }] },
    ids: ["m01", "m02", "m03", "m09", "m07"],
  },
  { name: "an array equal to the whole field", filter: { codes: ["KZ", "RU"] }, ids: ["m01"] },
  { name: "$in of none", filter: { codes: { $in: [] } }, ids: [] },
];

/** MongoDB's equality with a value on a field that may hold an array. */
const holds = (doc: Listed, v: unknown) =>
  doc.codes === v || (Array.isArray(doc.codes) && doc.codes.includes(v));

/** Newest first, undated last, then by _id: the order of the lists below (no arrays of dates). */
const byDate = (a: Listed, b: Listed) => {
  const da = typeof a.d === "string" ? a.d : "";
  const db = typeof b.d === "string" ? b.d : "";
  if (da !== db) return da < db ? 1 : -1;
  return a._id < b._id ? -1 : 1;
};

describe("lists by an element of an array field on the test server", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb();
    const c = t.db.collection<Listed>("listed");
    await c.createIndex({ codes: 1, d: -1, _id: 1 });
    await c.insertMany(LISTED.map((x) => ({ ...x })));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(LISTED_CASES)("$name", async ({ filter, sort, ids }) => {
    const c = t.db.collection<Listed>("listed");
    const all = await c
      .find(filter)
      .sort(sort ?? BY_DATE)
      .toArray();
    expect(all.map((d) => d._id)).toEqual(ids);
    const first = await c
      .find(filter)
      .sort(sort ?? BY_DATE)
      .limit(2)
      .toArray();
    expect(first.map((d) => d._id)).toEqual(ids.slice(0, 2));
    expect(await c.countDocuments(filter)).toBe(ids.length);
  });

  it.each([
    { name: "an element", filter: { codes: "KZ" } },
    {
      name: "an element after a keyset cursor",
      filter: LISTED_CASES.find((x) => x.name === "after a keyset cursor")?.filter,
    },
    { name: "$all of strings", filter: { codes: { $all: ["KZ", "RU"] } } },
    {
      name: "$and of $in clauses of one string",
      filter: { $and: [{ codes: { $in: ["KZ"] } }, { codes: { $in: ["RU", "UZ"] } }] },
    },
  ] as { name: string; filter: Filter<Listed> }[])(
    "the index gives the rows in order, without reading the collection: $name",
    async ({ filter }) => {
      const plan = await t.db
        .collection<Listed>("listed")
        .find(filter)
        .sort(BY_DATE)
        .limit(3)
        .explain("queryPlanner");
      expect(planVerdict(plan), JSON.stringify(plan)).toBe("index");
      expect(planSort(plan), JSON.stringify(plan)).toBe("index order");
    },
  );

  it("$in of several elements is served by the index, sorted apart", async () => {
    const plan = await t.db
      .collection<Listed>("listed")
      .find({ codes: { $in: ["KZ", "RU"] } })
      .sort(BY_DATE)
      .limit(3)
      .explain("queryPlanner");
    expect(planVerdict(plan), JSON.stringify(plan)).toBe("index");
  });

  it("follows inserts, updates, replaces and deletes of the array", async () => {
    const c = t.db.collection<Listed>("listed_changes");
    await c.createIndex({ codes: 1, d: -1, _id: 1 });
    const model = new Map(LISTED.filter((x) => x._id !== "m11").map((x) => [x._id, { ...x }]));
    await c.insertMany([...model.values()].map((x) => ({ ...x })));
    const check = async (step: string) => {
      for (const v of ["KZ", "RU", "UZ"]) {
        const expected = [...model.values()]
          .filter((x) => holds(x, v))
          .sort(byDate)
          .map((x) => x._id);
        const found = await c.find({ codes: v }).sort(BY_DATE).toArray();
        expect(
          found.map((d) => d._id),
          `${step}: ${v}`,
        ).toEqual(expected);
        expect(await c.countDocuments({ codes: v }), `${step}: count of ${v}`).toBe(
          expected.length,
        );
      }
    };
    const change = (id: string, fields: Partial<Listed>) => {
      model.set(id, { ...(model.get(id) as Listed), ...fields });
    };
    await check("inserted");

    await c.updateOne({ _id: "m01" }, { $set: { codes: ["UZ"] } });
    change("m01", { codes: ["UZ"] });
    await c.updateOne({ _id: "m06" }, { $push: { codes: "KZ" } } as never);
    change("m06", { codes: ["RU", "KZ"] });
    await c.updateOne({ _id: "m02" }, { $set: { d: "2025-07-01" } });
    change("m02", { d: "2025-07-01" });
    await c.updateOne({ _id: "m07" }, { $set: { other: "x" } });
    change("m07", { other: "x" });
    await c.updateOne({ _id: "m04" }, { $set: { codes: "RU" } });
    change("m04", { codes: "RU" });
    await check("updated");

    await c.replaceOne({ _id: "m03" }, { d: "2025-02-01" });
    model.set("m03", { _id: "m03", d: "2025-02-01" });
    await check("replaced");

    await c.deleteOne({ _id: "m02" });
    model.delete("m02");
    const deleted = await c.deleteMany({ codes: "RU" });
    const ru = [...model.values()].filter((x) => holds(x, "RU"));
    expect(deleted.deletedCount).toBe(ru.length);
    for (const x of ru) model.delete(x._id);
    await check("deleted");

    await c.insertOne({ _id: "m12", codes: ["KZ", "UZ", "KZ"], d: "2025-01-02" });
    model.set("m12", { _id: "m12", codes: ["KZ", "UZ", "KZ"], d: "2025-01-02" });
    await check("inserted again");
  });

  it("follows updates and deletes made before any query reads the lists", async () => {
    const c = t.db.collection<Listed>("listed_unread");
    await c.createIndex({ codes: 1, d: -1, _id: 1 });
    await c.insertMany([
      { _id: "u1", codes: ["KZ", "RU"], d: "2025-01-01" },
      { _id: "u2", codes: ["KZ"], d: "2025-01-02" },
      { _id: "u3", codes: ["RU"], d: "2025-01-03" },
    ]);
    await c.updateOne({ _id: "u1" }, { $set: { codes: ["UZ"] } });
    await c.updateOne({ _id: "u1" }, { $set: { codes: ["KZ", "UZ"], d: "2025-01-04" } });
    await c.updateOne({ _id: "u3" }, { $set: { codes: ["KZ"] } });
    await c.deleteOne({ _id: "u2" });
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual([
      "u1",
      "u3",
    ]);
    expect(await c.countDocuments({ codes: "RU" })).toBe(0);
    expect(await c.countDocuments({ codes: "UZ" })).toBe(1);
  });

  it("finds scalars written before the field first held an array", async () => {
    const c = t.db.collection<Listed>("listed_later");
    await c.createIndex({ codes: 1, d: -1, _id: 1 });
    await c.insertMany([
      { _id: "s1", codes: "KZ", d: "2025-01-01" },
      { _id: "s2", codes: "RU", d: "2025-01-02" },
      { _id: "s3", codes: "KZ", d: "2025-01-03" },
    ]);
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual([
      "s3",
      "s1",
    ]);
    await c.insertOne({ _id: "s4", codes: ["KZ", "RU"], d: "2025-01-04" });
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual([
      "s4",
      "s3",
      "s1",
    ]);
    await c.updateOne({ _id: "s2" }, { $set: { codes: ["KZ"] } });
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual([
      "s4",
      "s3",
      "s2",
      "s1",
    ]);
    expect(await c.countDocuments({ codes: "RU" })).toBe(1);
  });

  it("an index created over arrays already stored, dropped and created again", async () => {
    const c = t.db.collection<Listed>("listed_before");
    await c.insertMany(LISTED.map((x) => ({ ...x })));
    const expected = ["m01", "m02", "m03", "m07"];
    await c.createIndex({ codes: 1, d: -1, _id: 1 }, { name: "codes_d" });
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual(
      expected,
    );
    await c.dropIndex("codes_d");
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual(
      expected,
    );
    await c.createIndex({ codes: 1, d: -1, _id: 1 }, { name: "codes_d" });
    await c.drop();
    await c.createIndex({ codes: 1, d: -1, _id: 1 }, { name: "codes_d" });
    await c.insertMany(LISTED.map((x) => ({ ...x })));
    expect((await c.find({ codes: "KZ" }).sort(BY_DATE).toArray()).map((d) => d._id)).toEqual(
      expected,
    );
  });
});

interface Counter {
  _id: string;
  n: number;
  u?: number;
  flag?: boolean;
  tags?: string[];
}

// A bulk write's updates of single documents by _id, which the fallback server writes together:
// each must still see those before it and be the only one lost when it fails.
describe("a bulk write's updates by _id on the test server", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  const fill = async (name: string, n: number) => {
    const c = t.db.collection<Counter>(name);
    await c.insertMany(Array.from({ length: n }, (_, i) => ({ _id: `c${i}`, n: i, u: i })));
    return c;
  };
  const byId = async (c: ReturnType<typeof t.db.collection<Counter>>) =>
    new Map((await c.find({}).sort({ _id: 1 }).toArray()).map((d) => [d._id, d]));

  it("applies every update, counts matched and modified, and misses an absent _id", async () => {
    const c = await fill("bulk_many", 300);
    const r = await c.bulkWrite([
      ...Array.from({ length: 300 }, (_, i) => ({
        updateOne: {
          filter: { _id: `c${i}` },
          update: { $inc: { n: 1000 }, $set: { flag: true } },
        },
      })),
      { updateOne: { filter: { _id: "absent" }, update: { $inc: { n: 1 } } } },
      { updateOne: { filter: { _id: "c0" }, update: { $set: { flag: true } } } },
    ]);
    expect(r.matchedCount).toBe(301);
    expect(r.modifiedCount).toBe(300);
    const docs = await byId(c);
    expect(docs.size).toBe(300);
    for (let i = 0; i < 300; i++)
      expect(docs.get(`c${i}`)).toMatchObject({ n: i + 1000, flag: true });
  });

  it("applies updates of one document in the command's order", async () => {
    const c = await fill("bulk_same", 3);
    await c.bulkWrite([
      { updateOne: { filter: { _id: "c1" }, update: { $inc: { n: 1 } } } },
      { updateOne: { filter: { _id: "c1" }, update: { $inc: { n: 10 } } } },
      { updateOne: { filter: { _id: "c1" }, update: { $set: { tags: ["a"] } } } },
      { updateOne: { filter: { _id: "c1" }, update: { $push: { tags: "b" } } } },
      { updateOne: { filter: { _id: "c2" }, update: { $set: { n: 7 } } } },
      { updateOne: { filter: { _id: "c2" }, update: { $mul: { n: 3 } } } },
    ]);
    const docs = await byId(c);
    expect(docs.get("c1")).toMatchObject({ n: 12, tags: ["a", "b"] });
    expect(docs.get("c2")).toMatchObject({ n: 21 });
  });

  it("an update by another filter sees the updates by _id before it", async () => {
    const c = await fill("bulk_mixed", 5);
    const r = await c.bulkWrite([
      { updateOne: { filter: { _id: "c1" }, update: { $set: { flag: true } } } },
      { updateOne: { filter: { _id: "c3" }, update: { $set: { flag: true } } } },
      { updateMany: { filter: { flag: true }, update: { $inc: { n: 100 } } } },
      { updateOne: { filter: { n: 103 }, update: { $set: { u: -1 } } } },
      { updateOne: { filter: { _id: "c3" }, update: { $inc: { n: 1 } } } },
    ]);
    expect(r.modifiedCount).toBe(6);
    const docs = await byId(c);
    expect([...docs.values()].map((d) => [d._id, d.n, d.u])).toEqual([
      ["c0", 0, 0],
      ["c1", 101, 1],
      ["c2", 2, 2],
      ["c3", 104, -1],
      ["c4", 4, 4],
    ]);
  });

  it("an ordered bulk write that breaks a unique index keeps the updates before it only", async () => {
    const c = await fill("bulk_unique", 6);
    await c.createIndex({ u: 1 }, { unique: true });
    await expect(
      c.bulkWrite([
        { updateOne: { filter: { _id: "c1" }, update: { $set: { u: 101 } } } },
        { updateOne: { filter: { _id: "c2" }, update: { $set: { u: 3 } } } },
        { updateOne: { filter: { _id: "c4" }, update: { $set: { u: 104 } } } },
      ]),
    ).rejects.toThrow();
    const docs = await byId(c);
    expect([...docs.values()].map((d) => d.u)).toEqual([0, 101, 2, 3, 4, 5]);
  });

  it("lists by an array element follow arrays changed in one bulk write", async () => {
    const c = await fill("bulk_tags", 40);
    await c.createIndex({ tags: 1, n: 1, _id: 1 });
    await c.updateMany({}, { $set: { tags: ["old"] } });
    await c.bulkWrite(
      Array.from({ length: 40 }, (_, i) => ({
        updateOne: {
          filter: { _id: `c${i}` },
          update: { $set: { tags: i % 3 === 0 ? ["new", "old"] : ["other"] } },
        },
      })),
    );
    const expected = Array.from({ length: 40 }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .map((i) => `c${i}`);
    const found = await c.find({ tags: "new" }).sort({ n: 1, _id: 1 }).toArray();
    expect(found.map((d) => d._id)).toEqual(expected);
    expect(await c.countDocuments({ tags: "old" })).toBe(expected.length);
    expect(await c.countDocuments({ tags: "other" })).toBe(40 - expected.length);
  });
});

// Updates from many connections at once, as a lease renewal beside a load's writes: MongoDB
// updates a document atomically, so none of them may be lost.
describe("concurrent updates of one document on the test server", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb({ maxPoolSize: 20 });
  });
  afterAll(async () => {
    await t.close();
  });

  it("keeps every $inc and every $set made at once", async () => {
    const c = t.db.collection<{ _id: string; n: number; owner?: string }>("contended");
    await c.insertOne({ _id: "one", n: 0 });
    await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        i % 4 === 0
          ? c.updateOne(
              { _id: "one", n: { $gte: 0 } },
              { $inc: { n: 1 }, $set: { owner: `w${i}` } },
            )
          : c.updateOne({ _id: "one" }, { $inc: { n: 1 } }),
      ),
    );
    expect((await c.findOne({ _id: "one" }))?.n).toBe(400);
  });
});
