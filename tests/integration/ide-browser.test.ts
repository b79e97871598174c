// The IDE at / in a real headless Chromium with every request off this machine blocked: it loads,
// opens on the example operations and shows the answer to one over the seed articles.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { loadPaths } from "../../src/store/load.js";
import { type Harness, openHarness } from "../graphql/harness.js";
import { buildWeb } from "../helpers/web.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const SCREENSHOTS = join(projectRoot(), ".cache", "screenshots");

describe("GraphQL IDE in a browser", () => {
  let h: Harness | undefined;
  let browser: Browser | undefined;
  let url = "";

  beforeAll(async () => {
    if (!haveChromium) return;
    // The bundle the server serves, from the current web/ sources.
    buildWeb();
    h = await openHarness();
    const summary = await loadPaths(h.testDb.db, [join(projectRoot(), "seeds")]);
    expect(summary.byStatus.failed).toBe(0);
    url = (await h.server.listen(0, "127.0.0.1")).url;
    // Root in containers has no user namespaces for Chromium's sandbox.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("works offline: runs the examples and shows their results", async (ctx) => {
    ctx.skip(!haveChromium, `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "127.0.0.1" || host === "localhost") return route.continue();
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (err) => pageErrors.push(err.message));

    await page.goto(url);
    const query = page.locator(".graphiql-query-editor");
    await expect.poll(() => query.textContent(), { timeout: 30_000 }).toContain("CountryVisits");

    const variables = page.locator(".graphiql-editor-tool .graphiql-editor");
    await expect.poll(() => variables.first().textContent(), { timeout: 15_000 }).toContain('"KZ"');

    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith("/graphql") &&
        r.request().method() === "POST" &&
        (r.request().postData() ?? "").includes("CountryVisits"),
    );
    await page.locator(".graphiql-execute-button").click();
    const response = await answered;
    const body = (await response.json()) as {
      data?: { country?: { name: string; visitsMade: { totalCount: number } } };
    };
    expect(
      body.data?.country?.name,
      JSON.stringify({ body, sent: response.request().postData() }),
    ).toBe("Kazakhstan");
    expect(body.data?.country?.visitsMade.totalCount).toBeGreaterThan(0);

    // The answer is drawn in the response pane, not only received.
    const result = page.locator(".graphiql-response");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain("Kazakhstan");
    await expect.poll(() => result.textContent()).toContain("visitsMade");

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "ide.png") });

    // The other examples are tabs, and each finds something in the seed articles.
    const tabs = await page.locator(".graphiql-tab").allTextContents();
    expect(tabs).toHaveLength(3);
    const examples: {
      name: string;
      variable: string;
      count(data: Record<string, unknown>): number;
    }[] = [
      {
        name: "BilateralVisits",
        variable: '"AZ"',
        count: (d) => (d.relations as { visits: { totalCount: number } }).visits.totalCount,
      },
      { name: "Search", variable: "Токаев", count: (d) => (d.search as unknown[]).length },
    ];
    for (const [i, { name }] of examples.entries()) expect(tabs[i + 1]).toContain(name);
    for (const { name, variable, count } of examples) {
      await page.locator(".graphiql-tab", { hasText: name }).click();
      await expect.poll(() => query.textContent()).toContain(name);
      await expect.poll(() => variables.first().textContent()).toContain(variable);
      const answer = page.waitForResponse(
        (r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes(name),
      );
      await page.locator(".graphiql-execute-button").click();
      const json = (await (await answer).json()) as {
        data?: Record<string, unknown>;
        errors?: unknown;
      };
      expect(json.errors, name).toBeUndefined();
      expect(count(json.data ?? {}), name).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, `ide-${name}.png`) });
    }
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
