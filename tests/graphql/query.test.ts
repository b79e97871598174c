// Every contract field through executeOperation, over a hand-written graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { toGlobalId } from "../../src/graphql/ids.js";
import { ids, insertFixtures, kkQuote, ruQuote, texts } from "./fixtures.js";
import { dig, fieldRecorder, type Harness, nodesAt, openHarness } from "./harness.js";

let h: Harness;
const recorder = fieldRecorder();

beforeAll(async () => {
  h = await openHarness({}, { plugins: [recorder.plugin] });
  await insertFixtures(h.testDb.db);
});

afterAll(async () => {
  await h?.close();
});

const gid = {
  tokayev: toGlobalId("Person", ids.tokayev),
  aliyev: toGlobalId("Person", ids.aliyev),
  azToKz: toGlobalId("Visit", ids.azToKz),
  tjToKz: toGlobalId("Visit", ids.tjToKz),
  ruStatement: toGlobalId("Statement", ids.ruStatement),
  agreement: toGlobalId("SignedDocument", ids.agreement),
  ruArticle: toGlobalId("Article", ids.ruArticle),
  kz: toGlobalId("Country", "KZ"),
};

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await h.run(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

async function fails(query: string, variables?: Record<string, unknown>) {
  const r = await h.run(query, variables);
  expect(r.errors?.length).toBeGreaterThan(0);
  return r.errors?.[0];
}

describe("Country", () => {
  test.each(["KZ", "kz", "Kz", " kz "])(
    "country(code: %j) finds Kazakhstan in any case",
    async (code) => {
      const data = await ok(`query($c: String!) { country(code: $c) { id code name } }`, {
        c: code,
      });
      expect(data?.country).toEqual({ id: gid.kz, code: "KZ", name: "Казахстан" });
    },
  );

  test.each([
    ["RU", "Казахстан"],
    ["KK", "Қазақстан"],
    ["EN", "Kazakhstan"],
  ])("name(lang: %s)", async (lang, name) => {
    const data = await ok(`{ country(code: "KZ") { name(lang: ${lang}) } }`);
    expect(dig(data, "country", "name")).toBe(name);
  });

  test.each(["KZZ", "K", "12", "XX", "$gt"])(
    "a bad code %j is BAD_USER_INPUT naming the argument",
    async (code) => {
      const error = await fails(`query($c: String!) { country(code: $c) { code } }`, { c: code });
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error?.message).toMatch(/^code:/);
    },
  );

  test("a valid code the graph does not know is null", async () => {
    const data = await ok(`{ country(code: "FR") { code } }`);
    expect(data?.country).toBeNull();
  });

  test("visitsMade, visitsHosted, documents, people, partners", async () => {
    const data = await ok(`{ country(code: "KZ") {
      visitsMade { totalCount edges { node { id } } }
      visitsHosted { totalCount edges { node { id } } }
      documents { totalCount edges { node { id } } }
      people { totalCount edges { node { id } } }
      partners { country { code } visits documents }
    } }`);
    expect(nodesAt(data, "country", "visitsMade").map((n) => n.id)).toEqual([
      toGlobalId("Visit", ids.kzToAz),
    ]);
    // Newest first.
    expect(nodesAt(data, "country", "visitsHosted").map((n) => n.id)).toEqual([
      gid.tjToKz,
      gid.azToKz,
    ]);
    expect(dig(data, "country", "documents", "totalCount")).toBe(2);
    expect(nodesAt(data, "country", "people").map((n) => n.id)).toEqual([gid.tokayev]);
    expect(dig(data, "country", "partners")).toEqual([
      { country: { code: "AZ" }, visits: 2, documents: 1 },
      { country: { code: "TJ" }, visits: 1, documents: 1 },
    ]);
  });

  test("countries lists every stored country by code", async () => {
    const data = await ok(`{ countries { totalCount edges { cursor node { code } } } }`);
    expect(nodesAt(data, "countries").map((n) => n.code)).toEqual(["AZ", "KZ", "TJ"]);
    expect(dig(data, "countries", "totalCount")).toBe(3);
  });
});

describe("Person", () => {
  test("fields", async () => {
    const data = await ok(
      `query($id: ID!) { person(id: $id) {
        id name nameKk: name(lang: KK) nameEn: name(lang: EN) aliases role title country { code }
        statements { totalCount edges { node { id } } }
        visits { totalCount edges { node { id } } }
        mentionedIn { totalCount edges { node { id } } }
        evidence { excerpt start end article { id } }
      } }`,
      { id: gid.tokayev },
    );
    expect(data?.person).toMatchObject({
      id: gid.tokayev,
      name: "Касым-Жомарт Токаев",
      nameKk: "Қасым-Жомарт Тоқаев",
      nameEn: "Касым-Жомарт Токаев",
      role: "PRESIDENT",
      title: "Президент Казахстана",
      country: { code: "KZ" },
      evidence: [{ excerpt: "Касым-Жомарт Токаев", article: { id: gid.ruArticle } }],
    });
    expect(dig(data, "person", "aliases")).toContain("Тоқаев");
    expect(dig(data, "person", "statements", "totalCount")).toBe(2);
    expect(dig(data, "person", "visits", "totalCount")).toBe(2);
    expect(dig(data, "person", "mentionedIn", "totalCount")).toBe(2);
  });

  test.each([
    ["an unknown id", toGlobalId("Person", "p_nobody")],
    ["another type's id", gid.azToKz],
    ["garbage", "not-an-id!"],
  ])("person(id) with %s is null", async (_, id) => {
    const data = await ok(`query($id: ID!) { person(id: $id) { id } }`, { id });
    expect(data?.person).toBeNull();
  });

  test.each([
    [{ country: "az" }, ["Ильхам Алиев"]],
    [{ name: "Тоқаев" }, ["Касым-Жомарт Токаев"]],
    [{ name: "токаев" }, ["Касым-Жомарт Токаев"]],
    [{ role: "PRESIDENT" }, ["Ильхам Алиев", "Касым-Жомарт Токаев", "Эмомали Рахмон"]],
    [{ name: "Рахмон", country: "KZ" }, []],
  ])("people(filter: %j)", async (filter, names) => {
    const data = await ok(
      `query($f: PersonFilter) { people(filter: $f) { edges { node { name } } } }`,
      {
        f: filter,
      },
    );
    expect(nodesAt(data, "people").map((n) => n.name)).toEqual(names);
  });
});

describe("Visit", () => {
  test("fields", async () => {
    const data = await ok(
      `query($id: ID!) { node(id: $id) { ... on Visit {
        id guestCountry { code } hostCountry { code } guest { name } host { name }
        kind level status city startDate endDate
        statements { edges { node { id } } }
        documents { edges { node { id } } }
        sources { id title }
        evidence { excerpt }
      } } }`,
      { id: gid.azToKz },
    );
    expect(data?.node).toEqual({
      id: gid.azToKz,
      guestCountry: { code: "AZ" },
      hostCountry: { code: "KZ" },
      guest: { name: "Ильхам Алиев" },
      host: { name: "Касым-Жомарт Токаев" },
      kind: "OFFICIAL",
      level: "HEAD_OF_STATE",
      status: "COMPLETED",
      city: "Астана",
      startDate: "2023-04-10",
      endDate: null,
      statements: { edges: [{ node: { id: gid.ruStatement } }] },
      documents: { edges: [{ node: { id: gid.agreement } }] },
      sources: [
        { id: gid.ruArticle, title: "Президенты Казахстана и Азербайджана провели переговоры" },
      ],
      evidence: [{ excerpt: "провел переговоры" }],
    });
  });

  test.each([
    [{}, [ids.tjToKz, ids.kzToAz, ids.azToKz]],
    [{ country: "AZ" }, [ids.kzToAz, ids.azToKz]],
    [{ guestCountry: "az" }, [ids.azToKz]],
    [{ hostCountry: "KZ" }, [ids.tjToKz, ids.azToKz]],
    [{ kind: "STATE" }, [ids.tjToKz]],
    [{ status: "PLANNED" }, [ids.tjToKz]],
    [{ from: "2024-01-01" }, [ids.tjToKz, ids.kzToAz]],
    [{ to: "2024-01-01" }, [ids.azToKz]],
    [{ from: "2024-01-01", to: "2024-12-31" }, [ids.kzToAz]],
    [{ person: toGlobalId("Person", ids.tokayev) }, [ids.kzToAz, ids.azToKz]],
    [{ person: "not-an-id" }, []],
    [{ person: toGlobalId("Visit", ids.azToKz) }, []],
  ])("visits(filter: %j) newest first", async (filter, expected) => {
    const data = await ok(
      `query($f: VisitFilter) { visits(filter: $f) { totalCount edges { node { id } } } }`,
      {
        f: filter,
      },
    );
    expect(nodesAt(data, "visits").map((n) => n.id)).toEqual(
      expected.map((id) => toGlobalId("Visit", id)),
    );
    expect(dig(data, "visits", "totalCount")).toBe(expected.length);
  });

  test.each([
    [{ country: "Kazakhstan" }, "filter.country"],
    [{ guestCountry: "" }, "filter.guestCountry"],
    [{ hostCountry: "ZZ" }, "filter.hostCountry"],
  ])("visits(filter: %j) is BAD_USER_INPUT", async (filter, argument) => {
    const error = await fails(`query($f: VisitFilter) { visits(filter: $f) { totalCount } }`, {
      f: filter,
    });
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message.startsWith(`${argument}:`)).toBe(true);
  });

  test("a malformed Date is refused", async () => {
    const error = await fails(`{ visits(filter: { from: "2024-13-01" }) { totalCount } }`);
    expect(error?.message).toMatch(/Date/);
  });
});

describe("visitFlows", () => {
  test("counts visits per guest and host country, most first, under the visit filter", async () => {
    const flows = async (filter: Record<string, unknown>) =>
      (
        await ok(
          `query($f: VisitFilter) { visitFlows(filter: $f) {
            guestCountry { code } hostCountry { code } visits } }`,
          { f: filter },
        )
      )?.visitFlows as { guestCountry: { code: string }; hostCountry: { code: string } }[];
    const pairs = (f: Record<string, unknown>) =>
      flows(f).then((rows) => rows.map((r) => `${r.guestCountry.code}>${r.hostCountry.code}`));
    expect(await pairs({})).toEqual(["AZ>KZ", "KZ>AZ", "TJ>KZ"]);
    expect(await pairs({ hostCountry: "kz" })).toEqual(["AZ>KZ", "TJ>KZ"]);
    expect(await pairs({ kind: "STATE" })).toEqual(["TJ>KZ"]);
    expect(await pairs({ from: "2024-01-01" })).toEqual(["KZ>AZ", "TJ>KZ"]);
    expect((await flows({}))[0]).toMatchObject({ visits: 1 });
  });
});

describe("Statement", () => {
  test("fields and quote evidence", async () => {
    const data = await ok(
      `query($id: ID!) { node(id: $id) { ... on Statement {
        id speaker { name } kind text language visit { id } article { id }
        quote { start end excerpt context article { id } }
      } } }`,
      { id: gid.ruStatement },
    );
    const start = texts.ru.indexOf(ruQuote);
    expect(data?.node).toEqual({
      id: gid.ruStatement,
      speaker: { name: "Касым-Жомарт Токаев" },
      kind: "DIRECT",
      text: ruQuote,
      language: "RU",
      visit: { id: gid.azToKz },
      article: { id: gid.ruArticle },
      quote: {
        start,
        end: start + ruQuote.length,
        excerpt: ruQuote,
        context: `«${ruQuote}», – сказал Токаев.`,
        article: { id: gid.ruArticle },
      },
    });
  });

  test.each([
    // In article order: the Kazakh article's id sorts first.
    [{ speaker: gid.tokayev }, [kkQuote, ruQuote]],
    [{ speaker: gid.aliyev }, []],
    [{ country: "KZ" }, [kkQuote, ruQuote]],
    [{ visit: gid.azToKz }, [ruQuote]],
    [{ language: "KK" }, [kkQuote]],
    [{ text: "партнера" }, [ruQuote]],
    [{ text: "келіссөз" }, [kkQuote]],
  ])("statements(filter: %j)", async (filter, texts) => {
    const data = await ok(
      `query($f: StatementFilter) { statements(filter: $f) { edges { node { text } } } }`,
      {
        f: filter,
      },
    );
    expect(nodesAt(data, "statements").map((n) => n.text)).toEqual(texts);
  });
});

describe("SignedDocument", () => {
  test("fields", async () => {
    const data = await ok(
      `query($id: ID!) { node(id: $id) { ... on SignedDocument {
        id title kind status countries { code } parties signatories { name } signedOn visit { id }
        sources { id } evidence { excerpt }
      } } }`,
      { id: gid.agreement },
    );
    expect(data?.node).toEqual({
      id: gid.agreement,
      title: "Соглашение о стратегическом партнерстве",
      kind: "AGREEMENT",
      status: "SIGNED",
      countries: [{ code: "AZ" }, { code: "KZ" }],
      parties: ["Казахстан", "Азербайджан"],
      signatories: [{ name: "Касым-Жомарт Токаев" }, { name: "Ильхам Алиев" }],
      signedOn: "2023-04-10",
      visit: { id: gid.azToKz },
      sources: [{ id: gid.ruArticle }],
      evidence: [{ excerpt: "Соглашение о стратегическом партнерстве" }],
    });
  });

  test.each([
    [{}, [ids.agreement, ids.declaration]],
    [{ country: "tj" }, [ids.declaration]],
    [{ kind: "AGREEMENT" }, [ids.agreement]],
    [{ status: "PLANNED" }, [ids.declaration]],
    [{ visit: gid.azToKz }, [ids.agreement]],
    [{ text: "соглашения" }, [ids.agreement]],
  ])("documents(filter: %j)", async (filter, expected) => {
    const data = await ok(
      `query($f: DocumentFilter) { documents(filter: $f) { edges { node { id } } } }`,
      {
        f: filter,
      },
    );
    expect(nodesAt(data, "documents").map((n) => n.id)).toEqual(
      expected.map((id) => toGlobalId("SignedDocument", id)),
    );
  });
});

describe("Article", () => {
  test("fields", async () => {
    const data = await ok(
      `query($id: ID!) { article(id: $id) {
        id title language publishedOn sourceName url text ingestedAt
        countries { code } people { name } visits { id } statements { id } documents { id }
      } }`,
      { id: gid.ruArticle },
    );
    expect(data?.article).toEqual({
      id: gid.ruArticle,
      title: "Президенты Казахстана и Азербайджана провели переговоры",
      language: "RU",
      publishedOn: "2023-04-10",
      sourceName: "Kazakhstan Today",
      url: "https://example.org/kz-az",
      text: texts.ru,
      ingestedAt: "2025-01-01T00:00:00.000Z",
      countries: [{ code: "KZ" }, { code: "AZ" }],
      people: [{ name: "Касым-Жомарт Токаев" }, { name: "Ильхам Алиев" }],
      visits: [{ id: gid.azToKz }],
      statements: [{ id: gid.ruStatement }],
      documents: [{ id: gid.agreement }],
    });
  });

  test("articles newest first", async () => {
    const data = await ok(`{ articles { totalCount edges { node { publishedOn } } } }`);
    expect(nodesAt(data, "articles").map((n) => n.publishedOn)).toEqual([
      "2025-08-21",
      "2024-08-20",
      "2023-04-10",
    ]);
  });
});

describe("relations", () => {
  test.each([
    ["KZ", "AZ"],
    ["az", "kz"],
  ])("relations(%s, %s) in either order", async (a, b) => {
    const data = await ok(
      `query($a: String!, $b: String!) { relations(a: $a, b: $b) {
        a { code } b { code }
        visits { totalCount edges { node { id } } }
        documents { edges { node { id } } }
        statements { edges { node { text } } }
      } }`,
      { a, b },
    );
    expect(dig(data, "relations", "a", "code")).toBe(a.toUpperCase());
    expect(nodesAt(data, "relations", "visits").map((n) => n.id)).toEqual([
      toGlobalId("Visit", ids.kzToAz),
      gid.azToKz,
    ]);
    expect(nodesAt(data, "relations", "documents").map((n) => n.id)).toEqual([gid.agreement]);
    expect(nodesAt(data, "relations", "statements").map((n) => n.text)).toEqual([kkQuote, ruQuote]);
  });

  test("a bad code names its argument", async () => {
    const error = await fails(`{ relations(a: "KZ", b: "Azerbaijan") { a { code } } }`);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^b:/);
  });
});

describe("node", () => {
  test.each([
    [gid.kz, "Country"],
    [gid.tokayev, "Person"],
    [gid.azToKz, "Visit"],
    [gid.ruStatement, "Statement"],
    [gid.agreement, "SignedDocument"],
    [gid.ruArticle, "Article"],
  ])("node(%s) is a %s with the same id", async (id, typename) => {
    const data = await ok(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(data?.node).toEqual({ __typename: typename, id });
  });

  test.each([
    "",
    "x",
    toGlobalId("Visit", "v_missing"),
    Buffer.from("Planet:1").toString("base64url"),
  ])("node(%j) is null", async (id) => {
    const data = await ok(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(data?.node).toBeNull();
  });

  test("nodes keeps the order asked and nulls unknown ids", async () => {
    const data = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [gid.agreement, "nope", gid.kz],
    });
    expect(data?.nodes).toEqual([{ id: gid.agreement }, null, { id: gid.kz }]);
  });
});

describe("search", () => {
  test.each(["Токаеву", "Тоқаев", "токаев", "ТОКАЕВ"])("%s finds Tokayev first", async (query) => {
    const data = await ok(
      `query($q: String!) { search(query: $q) { __typename ... on Person { id } } }`,
      {
        q: query,
      },
    );
    expect(dig(data, "search", 0)).toEqual({ __typename: "Person", id: gid.tokayev });
  });

  test.each([
    ["соглашению", "SignedDocument"],
    ["партнером Казахстана", "Statement"],
    ["жемісті келіссөздер", "Statement"],
    ["сапар", "Article"],
  ])("%s finds a %s", async (query, typename) => {
    const data = await ok(`query($q: String!) { search(query: $q) { __typename } }`, { q: query });
    const hits = (dig(data, "search") ?? []) as { __typename: string }[];
    expect(hits.map((h) => h.__typename)).toContain(typename);
  });

  test("types narrows the hits, first caps them", async () => {
    const data = await ok(
      `{ search(query: "Казахстан", types: [STATEMENT], first: 1) { __typename } }`,
    );
    expect(data?.search).toEqual([{ __typename: "Statement" }]);
  });

  test.each(["", "   ", "—"])("a query without words (%j) finds nothing", async (query) => {
    const data = await ok(`query($q: String!) { search(query: $q) { __typename } }`, { q: query });
    expect(data?.search).toEqual([]);
  });

  test("operators and patterns in a query are plain words", async () => {
    for (const q of ['{"$gt": ""}', ".*", "^Ток", "$where"]) {
      const data = await ok(`query($q: String!) { search(query: $q) { __typename } }`, { q });
      expect(data?.search).toEqual([]);
    }
  });
});

describe("connections", () => {
  test.each(["countries", "people", "visits", "statements", "documents", "articles"])(
    "%s pages with cursors and pageInfo",
    async (field) => {
      const q = `query($after: String) { ${field}(first: 1, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
      const first = await ok(q, { after: null });
      const info = dig(first, field, "pageInfo");
      const cursor = dig(first, field, "edges", 0, "cursor");
      expect(info).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: cursor,
        endCursor: cursor,
      });
      const second = await ok(q, { after: cursor });
      expect(dig(second, field, "pageInfo", "hasPreviousPage")).toBe(true);
      expect(dig(second, field, "edges", 0, "node", "id")).not.toBe(
        dig(first, field, "edges", 0, "node", "id"),
      );
      expect(dig(second, field, "totalCount")).toBe(dig(first, field, "totalCount"));
    },
  );
});

describe("ingestArticle", () => {
  const mutation = `mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created article { id language sourceName url publishedOn countries { code } } } }`;
  const input = {
    text: "Астана. Президент Казахстана Касым-Жомарт Токаев встретился с президентом Таджикистана Эмомали Рахмоном.",
    sourceName: "Test wire",
    url: "https://example.org/kz-tj",
    publishedOn: "2025-08-22",
  };

  test("stores an article once", async () => {
    const first = await ok(mutation, { input });
    expect(dig(first, "ingestArticle")).toMatchObject({
      created: true,
      article: {
        language: "RU",
        sourceName: "Test wire",
        url: input.url,
        publishedOn: "2025-08-22",
      },
    });
    const again = await ok(mutation, { input });
    expect(dig(again, "ingestArticle", "created")).toBe(false);
    expect(dig(again, "ingestArticle", "article", "id")).toBe(
      dig(first, "ingestArticle", "article", "id"),
    );
  });

  test("a text over MAX_FILE_BYTES is BAD_USER_INPUT", async () => {
    const error = await fails(mutation, { input: { text: "я".repeat(h.config.maxFileBytes) } });
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/^input\.text:/);
  });
});

describe("coverage", () => {
  test("the tests above resolve every field of the contract", () => {
    const contract = buildSchema(
      readFileSync(join(projectRoot(), "tests", "graphql", "contract.graphql"), "utf8"),
    );
    const missing: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith("__") || !isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!recorder.seen.has(`${type.name}.${field}`)) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
