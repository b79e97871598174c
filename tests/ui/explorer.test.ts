// The explorer as an analyst uses it: a real headless Chromium against the API server over the seed graph.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { loadPaths } from "../../src/store/load.js";
import { type Harness, openHarness } from "../graphql/harness.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SKIP_REASON = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
const SCREENSHOTS = join(projectRoot(), ".cache", "screenshots");

/** axe-core, the accessibility rules engine, run inside the page (contrast, names, roles, WCAG 2 A/AA). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

let h: Harness;
let base: string;

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(new URL("/graphql", base), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  // The same bundle `npm run build` makes; the server serves it from dist/explorer.
  execFileSync(process.execPath, ["web/explorer/build.mjs"], {
    cwd: projectRoot(),
    stdio: "pipe",
  });
  h = await openHarness();
  const summary = await loadPaths(h.testDb.db, [join(projectRoot(), "seeds")]);
  expect(summary.byStatus.failed).toBe(0);
  ({ url: base } = await h.server.listen(0, "127.0.0.1"));
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe("serving /explore", () => {
  it("answers the page and its bundle with a policy that allows only this server", async () => {
    const page = await fetch(new URL("/explore", base));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('src="/explore/explorer.js"');
    // No CDN: every script and stylesheet the page names is served here.
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)];
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const [, src] of assets) {
      expect(src, `${src} is a local path`).toMatch(/^\/explore\//);
      const asset = await fetch(new URL(src ?? "", base));
      expect(asset.status, src).toBe(200);
    }
    const script = await fetch(new URL("/explore/explorer.js", base));
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1000);
  });

  it.each([
    ["/explore/../package.json", 404],
    ["/explore/%2e%2e%2fpackage.json", 404],
    ["/explore/nothing.js", 404],
    ["/explorer", 404],
  ])("refuses %s", async (path, status) => {
    const res = await fetch(`${base.replace(/\/$/, "")}${path}`);
    expect(res.status).toBe(status);
  });

  it("is read-only", async () => {
    const res = await fetch(new URL("/explore", base), { method: "POST", body: "x" });
    expect(res.status).toBe(405);
  });
});

describe.skipIf(!hasChromium)(
  `explorer in Chromium${hasChromium ? "" : ` (${SKIP_REASON})`}`,
  () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const blocked: string[] = [];
    const failures: string[] = [];

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      // No internet: anything but this server is refused, and the test fails if the page asked for it.
      await context.route("**/*", (route) => {
        const { hostname } = new URL(route.request().url());
        if (hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
        blocked.push(route.request().url());
        return route.abort();
      });
      page = await context.newPage();
      page.on("pageerror", (err) => failures.push(err.message));
      page.on("console", (msg) => {
        if (msg.type() === "error") failures.push(msg.text());
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("goes from the Azerbaijan → Kazakhstan edge to the 2025 state visit and the words behind it", async () => {
      const flows = await api<{
        visitFlows: {
          visits: number;
          guestCountry: { code: string };
          hostCountry: { code: string };
        }[];
      }>(`{ visitFlows { visits guestCountry { code } hostCountry { code } } }`);
      const azkz = flows.visitFlows.find(
        (f) => f.guestCountry.code === "AZ" && f.hostCountry.code === "KZ",
      );
      expect(azkz?.visits).toBeGreaterThan(0);

      await page.goto(new URL("/explore", base).href);
      const edge = page.locator('svg a.edge[data-guest="AZ"][data-host="KZ"]');
      await expect
        .poll(() => edge.getAttribute("aria-label"))
        .toBe(`Azerbaijan → Kazakhstan: ${azkz?.visits} visit${azkz?.visits === 1 ? "" : "s"}`);
      // The drawing has a text twin: the same edge as a table row.
      expect(await page.locator(".flow-table tbody tr").count()).toBe(flows.visitFlows.length);
      await page.screenshot({ path: join(SCREENSHOTS, "01-network.png") });

      // A real pointer click on the drawn arrow, at the middle of its line.
      const point = await edge.locator("path.edge-line").evaluate((path) => {
        const line = path as unknown as {
          getTotalLength(): number;
          getPointAtLength(at: number): { x: number; y: number };
          getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number };
        };
        const at = line.getPointAtLength(line.getTotalLength() / 2);
        const m = line.getScreenCTM();
        return { x: m.a * at.x + m.c * at.y + m.e, y: m.b * at.x + m.d * at.y + m.f };
      });
      await page.mouse.click(point.x, point.y);
      await page.waitForURL(/#\/relations\/AZ\/KZ$/);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Azerbaijan and Kazakhstan");

      const stateVisit = page
        .locator("#visits-title + ul li.visit")
        .filter({ hasText: "2025-10-21" })
        .filter({ hasText: "State visit: Azerbaijan → Kazakhstan" });
      await stateVisit.waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, "02-relations.png"), fullPage: true });
      // Keyboard: focus the visit's link and follow it with Enter.
      await stateVisit.locator("a.fact-title").focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(/#\/visit\//);
      await expect
        .poll(() => page.locator("h1").textContent())
        .toBe("State visit: Azerbaijan → Kazakhstan");
      // Focus moves to the new view's heading, for keyboard and screen reader users.
      await expect
        .poll(() => page.locator("h1").evaluate((h) => h === h.ownerDocument.activeElement))
        .toBe(true);

      const evidence = page.locator("li.evidence").first();
      await evidence.waitFor();
      const excerpt = (await evidence.locator("mark").textContent()) ?? "";
      const context = (await evidence.locator("blockquote").textContent()) ?? "";
      expect(excerpt.length).toBeGreaterThan(0);
      expect(context).toContain(excerpt);
      // The fact names the extraction rule that read it, so a wrong one can be traced.
      expect(await evidence.locator(".rule code").textContent()).toMatch(/^[a-z][\w.:-]*$/i);
      await page.screenshot({ path: join(SCREENSHOTS, "03-visit.png"), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      await evidence.locator("a.evidence-link").click();
      await page.waitForURL(/#\/article\/[^?]+\?start=\d+&end=\d+$/);
      const mark = page.locator("article.article-text mark");
      await mark.waitFor();
      expect(await mark.textContent()).toBe(excerpt);
      await expect.poll(() => mark.isVisible()).toBe(true);
      // The marked words stand inside the shaded sentence, which is the one the visit page quoted.
      const sentence =
        (await page.locator("article.article-text .sentence").textContent())?.trim() ?? "";
      expect(sentence).toContain(excerpt);
      expect(context.replace(/\s+/g, " ")).toContain(sentence.replace(/\s+/g, " "));
      expect(sentence).toMatch(/посетил Астану с государственным визитом/);
      // The mark is at the characters the API gave, not at some other occurrence of the words.
      const [, id, start, end] =
        /#\/article\/([^?]+)\?start=(\d+)&end=(\d+)$/.exec(page.url()) ?? [];
      const article = await api<{ article: { text: string } }>(
        "query($id: ID!) { article(id: $id) { text } }",
        { id: decodeURIComponent(id ?? "") },
      );
      expect(article.article.text.slice(Number(start), Number(end))).toBe(excerpt);
      // How many characters of the article come before the mark, counted in the page itself.
      const before = await page.locator("article.article-text").evaluate((article) => {
        const m = article.querySelector("mark");
        const range = article.ownerDocument.createRange();
        range.setStart(article, 0);
        if (m) range.setEndBefore(m);
        return range.toString().length;
      });
      expect(before).toBe(Number(start));
      await page.screenshot({ path: join(SCREENSHOTS, "04-evidence.png") });
      expect(await axeViolations(page)).toEqual([]);

      expect(blocked).toEqual([]);
      expect(failures).toEqual([]);
    });

    it("filters the network by kind and years, and keeps the filter in the address", async () => {
      const { visitFlows } = await api<{
        visitFlows: {
          visits: number;
          guestCountry: { name: string };
          hostCountry: { name: string };
        }[];
      }>(
        `{ visitFlows(filter: { kind: STATE, from: "2025-01-01", to: "2025-12-31" }) {
        visits guestCountry { name(lang: EN) } hostCountry { name(lang: EN) } } }`,
      );
      expect(visitFlows.length).toBeGreaterThan(0);
      await page.goto(new URL("/explore", base).href);
      await page.getByLabel("Kind").selectOption("STATE");
      await page.getByLabel("From year").fill("2025");
      await page.getByLabel("To year").fill("2025");
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL(/#\/\?from=2025&to=2025&kind=STATE$/);
      const rows = page.locator(".flow-table tbody tr");
      await expect.poll(() => rows.count()).toBe(visitFlows.length);
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
      );
      expect(shown).toEqual(
        visitFlows.map((f) => [f.guestCountry.name, f.hostCountry.name, String(f.visits)]),
      );
      expect(await page.locator("svg a.edge").count()).toBe(visitFlows.length);
      expect(blocked).toEqual([]);
      expect(failures).toEqual([]);
    });

    it("reaches the drawn arrows with the Tab key alone", async () => {
      await page.goto(new URL("/explore", base).href);
      const edge = page.locator('svg a.edge[data-guest="AZ"][data-host="KZ"]');
      await edge.waitFor();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await edge.evaluate((e) => e === e.ownerDocument.activeElement);
      }
      expect(reached).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/#\/relations\/AZ\/KZ$/);
    });

    it("shows a country's visits on a timeline and in paged lists", async () => {
      await page.goto(new URL("/explore#/country/KZ", base).href);
      await expect.poll(() => page.locator("h1").textContent()).toMatch(/^Kazakhstan KZ/);
      const hosted = page.locator("#hosted-title + ul li.visit");
      await hosted.first().waitFor();
      const { country } = await api<{ country: { visitsHosted: { totalCount: number } } }>(
        `{ country(code: "KZ") { visitsHosted(first: 1) { totalCount } } }`,
      );
      expect(await hosted.count()).toBe(Math.min(20, country.visitsHosted.totalCount));
      const mark = page.locator('.timeline a.mark[aria-label^="2025-10-21: State visit"]');
      expect(await mark.count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, "05-country.png"), fullPage: true });
      expect(blocked).toEqual([]);
      expect(failures).toEqual([]);
    });

    it.each([
      ["network", "/explore", "svg a.edge"],
      ["country", "/explore#/country/KZ", "#made-title + ul li"],
      ["relations", "/explore#/relations/AZ/KZ", "#visits-title + ul li"],
      ["search", "/explore#/search?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2", "main ul.facts > li"],
    ])("the %s page passes axe's WCAG 2 A and AA rules", async (_name, path, ready) => {
      await page.goto(new URL(path, base).href);
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    it("searches any case form of a name", async () => {
      await page.goto(new URL("/explore", base).href);
      await page.getByRole("searchbox").fill("Токаеву");
      await page.keyboard.press("Enter");
      await page.waitForURL(/#\/search\?q=/);
      const first = page.locator("main ul.facts > li").first();
      await first.waitFor();
      expect(await first.textContent()).toMatch(/^Person\s+Касым-Жомарт (Токаев|Тоқаев)/);
      await page.screenshot({ path: join(SCREENSHOTS, "06-search.png") });
      expect(blocked).toEqual([]);
      expect(failures).toEqual([]);
    });
  },
);

/** axe's WCAG 2 A and AA violations on the page as it stands. */
async function axeViolations(page: Page) {
  // Evaluated over the DevTools protocol, so the page's script policy does not apply to it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run({ runOnly: ["wcag2a", "wcag2aa"] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}
