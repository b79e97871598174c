// The API over HTTP: the IDE page, the hint for other clients, Sandbox, /health, the API key, abuse limits and production mode.
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collections } from "../../src/db/collections.js";
import type { Limits } from "../../src/server/build-server.js";
import { insertFixtures } from "../graphql/fixtures.js";
import { dig, type Harness, openHarness } from "../graphql/harness.js";
import { buildWeb } from "../helpers/web.js";

beforeAll(() => {
  buildWeb();
}, 120_000);

interface Running {
  h: Harness;
  url: string;
}

async function start(env: Record<string, string>, limits?: Partial<Limits>): Promise<Running> {
  const h = await openHarness(env, { limits });
  await insertFixtures(h.testDb.db);
  const { url } = await h.server.listen(0, "127.0.0.1");
  return { h, url };
}

async function post(r: Running, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${r.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Non-JSON answers (413 from a proxy, HTML) are checked through the status alone.
  }
  return { status: res.status, json };
}

const ARTICLE = `Астана. 12 марта 2025 года. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым, который прибыл в Астану с государственным визитом.`;

describe("development server", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ NODE_ENV: "development" });
  });
  afterAll(async () => {
    await r?.h.close();
  });

  test("a browser at / gets the bundled IDE, with its script served here", async () => {
    const res = await fetch(r.url, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('id="graphiql"');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(new URL(script!, r.url));
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
  });

  test.each([
    ["/", "*/*"],
    ["/", undefined],
    ["/graphql", "*/*"],
  ])("GET %s with Accept %s gets a short hint, no stack trace", async (path, accept) => {
    const res = await fetch(new URL(path, r.url), { headers: accept ? { accept } : {} });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(text).toContain("curl");
    expect(text).not.toMatch(/Error|stacktrace|at .*\.[jt]s/);
  });

  test("a client asking for JSON gets the hint as JSON", async () => {
    const res = await fetch(r.url, { headers: { accept: "application/json" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      graphql: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/),
      method: "POST",
    });
  });

  test("a GET with an operation still runs it", async () => {
    const url = new URL("graphql", r.url);
    url.searchParams.set("query", "{ __typename }");
    const res = await fetch(url, { headers: { "apollo-require-preflight": "1" } });
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });

  test("/sandbox serves Apollo Sandbox on an example operation, and answers its posts", async () => {
    const res = await fetch(`${r.url}sandbox`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("embeddable-sandbox");
    expect(html).toContain("relations(a:");
    const posted = await fetch(`${r.url}sandbox`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await posted.json()).toEqual({ data: { __typename: "Query" } });
  });

  test("/health reports the database up", async () => {
    const res = await fetch(`${r.url}health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  test("CORS preflight allows the API key header", async () => {
    const res = await fetch(`${r.url}graphql`, { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-headers")).toContain("x-api-key");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  test("an unknown path is 404", async () => {
    expect((await fetch(`${r.url}nope`)).status).toBe(404);
  });

  test("a query over POST", async () => {
    const { status, json } = await post(r, {
      query: `{ country(code: "kz") { code name(lang: EN) } }`,
    });
    expect(status).toBe(200);
    expect(json.data).toEqual({ country: { code: "KZ", name: "Kazakhstan" } });
  });

  test("the full introspection query Sandbox sends passes the limits", async () => {
    const { json } = await post(r, { query: getIntrospectionQuery() });
    expect(json.errors).toBeUndefined();
    expect(dig(json.data, "__schema", "queryType", "name")).toBe("Query");
  });

  test("without API_KEY the mutation needs no key and stores an article once", async () => {
    const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id language } } }`;
    const first = await post(r, {
      query: mutation,
      variables: { input: { text: ARTICLE, sourceName: "test" } },
    });
    expect(first.json.errors).toBeUndefined();
    expect(first.json.data?.ingestArticle).toMatchObject({
      created: true,
      article: { language: "RU" },
    });
    const again = await post(r, { query: mutation, variables: { input: { text: ARTICLE } } });
    expect(again.json.data?.ingestArticle).toMatchObject({ created: false });
  });

  test("an empty article is BAD_USER_INPUT", async () => {
    const { json } = await post(r, {
      query: `mutation { ingestArticle(input: { text: "   " }) { created } }`,
    });
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("API key", () => {
  let r: Running;
  const key = "k3y-for-tests-only";
  beforeAll(async () => {
    r = await start({ API_KEY: key });
  });
  afterAll(async () => {
    await r?.h.close();
  });

  const mutation = {
    query: `mutation($t: String!) { ingestArticle(input: { text: $t }) { created } }`,
    variables: { t: ARTICLE },
  };

  test.each([
    ["no header", {}],
    ["a wrong key", { "x-api-key": "wrong-key-123456" }],
    ["a prefix of the key", { "x-api-key": key.slice(0, 5) }],
  ])("with %s the mutation is UNAUTHENTICATED", async (_, headers) => {
    const { status, json } = await post(r, mutation, headers);
    expect(status).toBe(401);
    expect(json.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      await collections(r.h.testDb.db).articles.countDocuments({ text: { $regex: "Мирзиёев" } }),
    ).toBe(0);
  });

  test("with the key the mutation runs", async () => {
    const { json } = await post(r, mutation, { "x-api-key": key });
    expect(json.errors).toBeUndefined();
    expect(json.data?.ingestArticle).toEqual({ created: true });
  });

  test("queries need no key", async () => {
    const { json } = await post(r, { query: `{ country(code: "TJ") { code } }` });
    expect(json.data).toEqual({ country: { code: "TJ" } });
  });
});

describe("limits", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({}, { maxBodyBytes: 40_000 });
  });
  afterAll(async () => {
    await r?.h.close();
  });

  const deep = `{ visits { edges { node { guest { visits { edges { node { host { statements { edges { node {
    speaker { visits { edges { node { id } } } } } } } } } } } } } } } }`;

  test.each([
    ["too deep", deep],
    [
      "too many aliases",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: countries { totalCount }`).join(" ")} }`,
    ],
    ["too many tokens", `{ countries { ${"totalCount ".repeat(2100)} } }`],
    [
      "too costly",
      "{ visits(first: 100) { edges { node { statements(first: 100) { edges { node { text quote { excerpt } } } } } } } }",
    ],
  ])("a query %s is refused before it runs", async (_, query) => {
    const { status, json } = await post(r, { query });
    expect(status).toBe(400);
    expect(json.errors?.length).toBeGreaterThan(0);
    expect(json.data).toBeUndefined();
  });

  test("a body over the limit is 413", async () => {
    const res = await fetch(`${r.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ countries { totalCount } }`, pad: "x".repeat(50_000) }),
    });
    expect(res.status).toBe(413);
  });

  test("batched requests are refused", async () => {
    const { status } = await post(r, [
      { query: "{ countries { totalCount } }" },
      { query: "{ countries { totalCount } }" },
    ]);
    expect(status).toBe(400);
  });

  test("malformed JSON is 400", async () => {
    const { status } = await post(r, "{ not json");
    expect(status).toBe(400);
  });
});

describe("production", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ NODE_ENV: "production" });
    // A statement whose article is gone: resolving its quote fails inside the server.
    await collections(r.h.testDb.db).statements.insertOne({
      _id: "s_orphan",
      articleId: "a_gone",
      speakerId: null,
      speakerCountry: null,
      kind: "direct",
      text: "orphan",
      language: "ru",
      visitId: null,
      visitCountries: null,
      start: 0,
      end: 6,
      searchTokens: ["orphan"],
      tokenCount: 1,
    });
  });
  afterAll(async () => {
    await r?.h.close();
  });

  test("no IDE and no Sandbox, only the hint", async () => {
    const page = await fetch(r.url, { headers: { accept: "text/html" } });
    const text = await page.text();
    expect(text).not.toContain("graphiql");
    expect(text).toContain("/graphql");
    const sandbox = await fetch(`${r.url}sandbox`, { headers: { accept: "text/html" } });
    expect(await sandbox.text()).not.toContain("embeddable-sandbox");
  });

  test("no introspection", async () => {
    const { json } = await post(r, { query: "{ __schema { queryType { name } } }" });
    expect(json.errors?.[0]?.message).toMatch(/introspection/i);
  });

  test("internal errors are masked, without stack traces", async () => {
    const { json } = await post(r, {
      query: `{ statements(filter: { text: "orphan" }) { edges { node { quote { excerpt } } } } }`,
    });
    const error = json.errors?.[0];
    expect(error?.message).toBe("Internal server error");
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(json)).not.toMatch(/a_gone|stacktrace|at .*\.ts/);
  });

  test("user errors keep their message, without stack traces", async () => {
    const { json } = await post(r, { query: `{ country(code: "XYZ") { code } }` });
    expect(json.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName: "code" });
  });
});

describe("production with INTROSPECTION=true", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ NODE_ENV: "production", INTROSPECTION: "true" });
  });
  afterAll(async () => {
    await r?.h.close();
  });

  test("introspection, the IDE and Sandbox are on", async () => {
    const { json } = await post(r, { query: "{ __schema { queryType { name } } }" });
    expect(json.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const res = await fetch(r.url, { headers: { accept: "text/html" } });
    expect(await res.text()).toContain('id="graphiql"');
    const sandbox = await fetch(`${r.url}sandbox`, { headers: { accept: "text/html" } });
    expect(await sandbox.text()).toContain("embeddable-sandbox");
  });
});
