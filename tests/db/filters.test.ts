// The filter forms the store and API send, checked for MongoDB's meaning on the test server:
// scalars and arrays, strings with escapes and non-ASCII text, filters combined with sort,
// counts, updates and deletes.
import type { Document, Filter } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planVerdict } from "../../src/bench/plans.js";
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
});
