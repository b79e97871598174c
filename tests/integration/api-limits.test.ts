// Requests refused by the query limits and by disabled introspection: a clear message, a code
// naming what was refused, HTTP 400, and nothing run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMIT_CODES } from "../../src/server/limits.js";
import { type Harness, openHarness } from "../graphql/harness.js";

async function postRaw(url: string, query: string) {
  const res = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    json: (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

const DEEP = `{ visits { edges { node { guest { visits { edges { node { host { statements { edges { node {
    speaker { visits { edges { node { id } } } } } } } } } } } } } } } }`;

describe("query limits in production", () => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await openHarness({ NODE_ENV: "production" });
    url = (await h.server.listen(0, "127.0.0.1")).url;
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    [
      "a page of 100000",
      `{ visits(first: 100000) { edges { node { id } } } }`,
      LIMIT_CODES.cost,
      /too costly.*limit is 50000/,
    ],
    ["too deep", DEEP, LIMIT_CODES.depth, /too deep: it nests 16 levels, the limit is 12/],
    [
      "too many aliases",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: countries { totalCount }`).join(" ")} }`,
      LIMIT_CODES.aliases,
      /20 aliases, the limit is 15/,
    ],
    [
      "introspection",
      `{ __schema { queryType { name } } }`,
      LIMIT_CODES.introspection,
      /INTROSPECTION=true/,
    ],
  ])("%s is refused with a clear error", async (_, query, validationErrorCode, message) => {
    const { status, json } = await postRaw(url, query);
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors).toHaveLength(1);
    const error = json.errors?.[0];
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toMatch(/Syntax Error|pass introspection/);
    expect(error?.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      validationErrorCode,
    });
  });

  it("a page within the limit runs", async () => {
    const r = await h.run(`{ visits(first: 100) { edges { node { id } } } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe("introspection switched on in production", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ NODE_ENV: "production", INTROSPECTION: "true" });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers __schema", async () => {
    const r = await h.run(`{ __schema { queryType { name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});
