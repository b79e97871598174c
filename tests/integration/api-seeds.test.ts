// Real answers from the seed articles, loaded through the same path as `npm run load`.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { loadPaths } from "../../src/store/load.js";
import { dig, type Harness, nodesAt, openHarness } from "../graphql/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
  const summary = await loadPaths(h.testDb.db, [join(projectRoot(), "seeds")]);
  expect(summary.byStatus.failed).toBe(0);
});

afterAll(async () => {
  await h?.close();
});

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await h.run(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe("seed articles", () => {
  test("the visits Azerbaijan made to Kazakhstan", async () => {
    const data = await ok(`{ visits(filter: { guestCountry: "az", hostCountry: "KZ" }) {
      edges { node { startDate kind city status guest { name } host { name } } } } }`);
    const visits = nodesAt(data, "visits");
    const dated = visits.filter((v) => v.startDate);
    // Newest first: the 2025 state visit, then the 2023 official one, both to Astana.
    expect(dated.map((v) => [v.startDate, v.kind, v.city])).toEqual([
      ["2025-10-21", "STATE", "Астана"],
      ["2023-04-10", "OFFICIAL", "Астана"],
    ]);
    for (const v of dated) {
      expect(dig(v, "guest", "name")).toMatch(/Алиев/);
      expect(dig(v, "host", "name")).toMatch(/Токаев/);
    }
  });

  test("every fact's evidence names the rule that read it", async () => {
    const data = await ok(`{ visits(first: 20) { edges { node {
      evidence { rule excerpt }
      guest { evidence { rule } }
      statements(first: 5) { edges { node { quote { rule } } } }
      documents(first: 5) { edges { node { evidence { rule } } } }
    } } } }`);
    const rules: unknown[] = [];
    for (const v of nodesAt(data, "visits")) {
      rules.push(...(v.evidence as { rule: unknown }[]).map((e) => e.rule));
      rules.push(
        ...((dig(v, "guest", "evidence") ?? []) as { rule: unknown }[]).map((e) => e.rule),
      );
      for (const s of nodesAt(v, "statements")) rules.push(dig(s, "quote", "rule"));
      for (const d of nodesAt(v, "documents")) {
        rules.push(...(d.evidence as { rule: unknown }[]).map((e) => e.rule));
      }
    }
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) expect(rule).toMatch(/^[a-z][\w.:-]*$/i);
  });

  test("articles are found by words of their text, and by a Latin spelling of a name", async () => {
    const search = async (q: string) =>
      (
        await ok(
          `query($q: String!) { search(query: $q, types: [ARTICLE], first: 10) {
          ... on Article { id text } } }`,
          { q },
        )
      )?.search as { id: string; text: string }[];
    const cyrillic = await search("Токаев");
    expect(cyrillic.length).toBeGreaterThan(1);
    for (const a of cyrillic) expect(a.text).toMatch(/То[кқ]аев/);
    expect((await search("Tokayev")).map((a) => a.id).sort()).toEqual(
      cyrillic.map((a) => a.id).sort(),
    );
  });

  test("what each side said during visits between Azerbaijan and Kazakhstan, and only that", async () => {
    const data = await ok(`{ relations(a: "KZ", b: "AZ") { statements(first: 100) {
      totalCount edges { node { speaker { country { code } } visit { guestCountry { code } hostCountry { code } } } }
    } } }`);
    const statements = nodesAt(data, "relations", "statements");
    expect(statements.length).toBeGreaterThan(0);
    expect(dig(data, "relations", "statements", "totalCount")).toBe(statements.length);
    for (const s of statements) {
      const pair = [
        dig(s, "visit", "guestCountry", "code"),
        dig(s, "visit", "hostCountry", "code"),
      ];
      expect(pair.sort()).toEqual(["AZ", "KZ"]);
      expect(["AZ", "KZ"]).toContain(dig(s, "speaker", "country", "code"));
    }
  });

  test("the documents signed during the Tajik president's visit", async () => {
    const data =
      await ok(`{ visits(filter: { guestCountry: "TJ", hostCountry: "KZ" }) { edges { node {
      guest { name }
      documents(first: 50) { totalCount edges { node { title kind countries { code } } } }
    } } } }`);
    const [visit] = nodesAt(data, "visits");
    expect(dig(visit, "guest", "name")).toMatch(/Рахмон/);
    const documents = nodesAt(visit, "documents");
    expect(documents.length).toBeGreaterThanOrEqual(7);
    const kinds = new Set(documents.map((d) => d.kind));
    for (const kind of ["DECLARATION", "MEMORANDUM", "ROADMAP", "PROTOCOL"])
      expect(kinds).toContain(kind);
    expect(documents.map((d) => String(d.title))).toContainEqual(
      expect.stringMatching(/^Декларация о союзническом/),
    );
    for (const d of documents)
      expect(d.countries).toEqual(expect.arrayContaining([{ code: "KZ" }, { code: "TJ" }]));
  });

  test("Tokayev's statements in Russian and Kazakh, with their exact words", async () => {
    const found = await ok(`{ people(filter: { name: "Тоқаев" }) { edges { node { id name } } } }`);
    const people = nodesAt(found, "people");
    expect(people).toHaveLength(1);
    const data = await ok(
      `query($id: ID!) { person(id: $id) { statements(first: 100) { edges { node {
        language text quote { excerpt article { language text } } } } } } }`,
      { id: people[0]?.id },
    );
    const statements = nodesAt(data, "person", "statements");
    const languages = new Set(statements.map((s) => s.language));
    expect(languages).toEqual(new Set(["RU", "KK"]));
    for (const s of statements) {
      const excerpt = String(dig(s, "quote", "excerpt"));
      expect(excerpt.length).toBeGreaterThan(0);
      expect(String(dig(s, "quote", "article", "text"))).toContain(excerpt);
      expect(dig(s, "quote", "article", "language")).toBe(s.language);
    }
  });

  test.each(["Токаеву", "Тоқаев", "токаев", "Тоқаевтың"])(
    "search(%j) finds Tokayev first",
    async (query) => {
      const data = await ok(
        `query($q: String!) { search(query: $q) { __typename ... on Person { name aliases } } }`,
        {
          q: query,
        },
      );
      expect(dig(data, "search", 0, "__typename")).toBe("Person");
      expect(dig(data, "search", 0, "name")).toMatch(/Токаев|Тоқаев/);
    },
  );

  test("Kazakhstan's most active partner is Azerbaijan", async () => {
    const data = await ok(
      `{ country(code: "kz") { partners { country { code } visits documents } } }`,
    );
    expect(dig(data, "country", "partners", 0, "country", "code")).toBe("AZ");
  });

  test("relations in either order agree", async () => {
    const q = `query($a: String!, $b: String!) { relations(a: $a, b: $b) {
      visits { totalCount } documents { totalCount } statements { totalCount } } }`;
    const ab = await ok(q, { a: "KZ", b: "AZ" });
    const ba = await ok(q, { a: "az", b: "kz" });
    expect(ab).toEqual(ba);
    expect(dig(ab, "relations", "visits", "totalCount")).toBeGreaterThanOrEqual(3);
    expect(dig(ab, "relations", "statements", "totalCount")).toBeGreaterThan(0);
  });
});
