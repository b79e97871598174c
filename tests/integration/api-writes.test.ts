// Who may write: DISABLE_WRITES refuses ingestArticle as FORBIDDEN; production without a key never writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import { type Harness, openHarness } from "../graphql/harness.js";

const ARTICLE =
  "Астана. 12 марта 2025 года. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым.";
const INGEST = `mutation($t: String!) { ingestArticle(input: { text: $t }) { created } }`;
const KEY = "k3y-for-tests-only";

async function articlesStored(h: Harness): Promise<number> {
  return collections(h.testDb.db).articles.countDocuments({});
}

describe.each([
  ["with a key", { API_KEY: KEY, DISABLE_WRITES: "true" }],
  ["without a key", { DISABLE_WRITES: "true" }],
])("DISABLE_WRITES=true, %s", (_, env) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ NODE_ENV: "production", ...env });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers ingestArticle with FORBIDDEN and stores nothing, even with the key", async () => {
    const r = await h.run(INGEST, { t: ARTICLE }, { "x-api-key": KEY });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(r.errors?.[0]?.message).toMatch(/DISABLE_WRITES=true/);
    expect(await articlesStored(h)).toBe(0);
  });

  it("still answers queries", async () => {
    const r = await h.run(`{ countries(first: 1) { totalCount } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe("production configured without a key (only possible around start-up checks)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ NODE_ENV: "production" });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("does not treat the missing key as open writes", async () => {
    const r = await h.run(INGEST, { t: ARTICLE });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await articlesStored(h)).toBe(0);
  });
});
