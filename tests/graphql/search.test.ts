// Search ranks every candidate, not the first `first` ids: a strong match stored last comes first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import type { PersonDoc, StatementDoc } from "../../src/db/types.js";
import { searchFields } from "../../src/store/search-tokens.js";
import { type Harness, openHarness } from "./harness.js";

let h: Harness;

function statement(id: string, text: string, start: number): StatementDoc {
  return {
    _id: id,
    articleId: "a_1",
    speakerId: null,
    speakerCountry: null,
    kind: "direct",
    text,
    language: "ru",
    visitId: null,
    visitCountries: null,
    start,
    end: start + text.length,
    ...searchFields(text),
  };
}

const FILLER = "стороны обсудили сотрудничество в сфере энергетики транспорта и торговли";

beforeAll(async () => {
  h = await openHarness();
  const c = collections(h.testDb.db);
  const long = Array.from({ length: 40 }, (_, i) =>
    statement(
      `s_${String(i).padStart(3, "0")}`,
      `Токаев заявил, что ${FILLER} номер ${i}`,
      i * 200,
    ),
  );
  // Ids that sort after every other hit: a search that ranks only the first ids misses them.
  const focused = statement("s_zzz", "Токаев поблагодарил хозяев", 100_000);
  const person: PersonDoc = {
    _id: "p_zzz",
    key: "токаев",
    name: "Касым-Жомарт Токаев",
    names: { ru: "Касым-Жомарт Токаев" },
    aliases: ["Токаев"],
    countryCode: "KZ",
    role: "president",
    title: null,
    ...searchFields("Касым-Жомарт Токаев Токаев"),
  };
  const aliyev: PersonDoc = {
    ...person,
    _id: "p_aliyev",
    key: "алиев",
    name: "Ильхам Алиев",
    names: { ru: "Ильхам Алиев" },
    aliases: ["Алиев"],
    countryCode: "AZ",
    ...searchFields("Ильхам Алиев Алиев"),
  };
  const asadov: PersonDoc = {
    ...person,
    _id: "p_asadov",
    key: "асадов",
    name: "Али Асадов",
    names: { ru: "Али Асадов" },
    aliases: ["Асадов"],
    countryCode: "AZ",
    ...searchFields("Али Асадов Асадов"),
  };
  await c.statements.insertMany([...long, focused]);
  await c.people.insertMany([person, aliyev, asadov]);
});

afterAll(async () => {
  await h?.close();
});

async function hits(query: string, first: number, types?: string[]) {
  const r = await h.run(
    `query($q: String!, $first: Int, $types: [SearchHitType!]) {
      search(query: $q, first: $first, types: $types) {
        __typename ... on Statement { id text } ... on Person { id name }
      }
    }`,
    { q: query, first, types },
  );
  expect(r.errors).toBeUndefined();
  return r.data?.search as { __typename: string; text?: string; name?: string }[];
}

describe("search ranking", () => {
  it("puts the most focused statement first though its id comes last", async () => {
    const found = await hits("Токаеву", 5, ["STATEMENT"]);
    expect(found).toHaveLength(5);
    expect(found[0]?.text).toBe("Токаев поблагодарил хозяев");
  });

  it("ranks across kinds: the person named, then the short statement, then long ones", async () => {
    const found = await hits("Токаев", 3);
    expect(found.map((f) => f.__typename)).toEqual(["Person", "Statement", "Statement"]);
    expect(found[0]?.name).toBe("Касым-Жомарт Токаев");
    expect(found[1]?.text).toBe("Токаев поблагодарил хозяев");
  });

  it("finds people by Latin spellings, and by whole words only", async () => {
    const names = async (q: string) => (await hits(q, 10, ["PERSON"])).map((h) => h.name);
    expect(await names("Tokayev")).toEqual(["Касым-Жомарт Токаев"]);
    expect(await names("Aliyev")).toEqual(["Ильхам Алиев"]);
    expect(await names("Алиев")).toEqual(["Ильхам Алиев"]);
    expect(await names("Али")).toEqual(["Али Асадов"]);
  });
});
