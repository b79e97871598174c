import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/corpus-files.js";
import { generateCorpus } from "../../src/bench/synth.js";
import { kkCase, ruName } from "../../src/bench/synth-morph.js";
import { needsShared, sharedPath } from "../helpers/shared.js";

const SCORER = sharedPath("tools", "score-extraction.mjs");
const scorer = needsShared(SCORER);
const corpus = generateCorpus(150, 7);

describe("generateCorpus", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const again = generateCorpus(150, 7);
    expect(again.map((a) => a.text)).toEqual(corpus.map((a) => a.text));
    expect(again.map((a) => a.expected)).toEqual(corpus.map((a) => a.expected));
    const other = generateCorpus(20, 8);
    expect(other.filter((a, i) => a.text === corpus[i]?.text)).toHaveLength(0);
  });

  it("makes a smaller corpus the prefix of a larger one", () => {
    expect(generateCorpus(40, 7).map((a) => a.text)).toEqual(
      corpus.slice(0, 40).map((a) => a.text),
    );
  });

  it("writes Russian and Kazakh about 2:1 and articles of about 5 KB", () => {
    const ru = corpus.filter((a) => a.expected.language === "ru").length;
    expect(ru / corpus.length).toBeGreaterThan(0.55);
    expect(ru / corpus.length).toBeLessThan(0.78);
    const sizes = corpus.map((a) => Buffer.byteLength(a.text)).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(3500);
    expect(median).toBeLessThan(7500);
  });

  it("gives every fact evidence in the text and cross-references that resolve", () => {
    for (const a of corpus) {
      const e = a.expected;
      const names = new Set(e.people.map((p) => p.name));
      const codes = new Set(e.countries.map((c) => c.code));
      expect(a.text).toContain(e.title);
      for (const s of e.statements) {
        expect(a.text).toContain(s.text);
        expect(names.has(s.speaker ?? "")).toBe(true);
      }
      for (const v of e.visits) {
        expect(codes.has(v.guestCountry) && codes.has(v.hostCountry)).toBe(true);
        for (const p of [v.guest, v.host]) if (p !== null) expect(names.has(p)).toBe(true);
      }
      for (const d of e.documents) {
        // Inline mentions inflect the head noun ("Декларацию"), never the title's last words.
        expect(a.text).toContain(d.title.split(" ").slice(-3).join(" "));
        for (const c of d.countries) expect(codes.has(c)).toBe(true);
        for (const s of d.signatories) expect(names.has(s)).toBe(true);
      }
      for (const p of e.people) {
        const surname = p.name.split(" ").at(-1) ?? "";
        expect(a.text).toContain(surname.slice(0, Math.max(3, surname.length - 2)));
      }
    }
  });
});

describe("inflection", () => {
  it.each([
    ["Қазақстан", "dat", "Қазақстанға"],
    ["Ресей", "gen", "Ресейдің"],
    ["Тоқаев", "dat", "Тоқаевқа"],
    ["Әлиев", "dat", "Әлиевке"],
    ["Мәскеу", "loc", "Мәскеуде"],
    ["Астана", "abl", "Астанадан"],
    ["Ташкент", "loc", "Ташкентте"],
    ["Путин", "ins", "Путинмен"],
    ["АҚШ", "dat", "АҚШ-қа"],
  ] as const)("kk %s in %s is %s", (word, c, want) => {
    expect(kkCase(word, c)).toBe(want);
  });

  it.each([
    [{ first: "Ильхам", last: "Алиев" }, "m", "ins", "Ильхамом Алиевым"],
    [{ first: "Андрей", last: "Соколов" }, "m", "gen", "Андрея Соколова"],
    [{ first: "Арам", last: "Маргарян" }, "m", "dat", "Араму Маргаряну"],
    [{ first: "Леван", last: "Беридзе" }, "m", "gen", "Левана Беридзе"],
    [{ first: "Динара", last: "Есенова" }, "f", "ins", "Динарой Есеновой"],
  ] as const)("ru %o (%s) in %s is %s", (parts, gender, c, want) => {
    expect(ruName({ ...parts, gender, fixedFirst: false }, c)).toBe(want);
  });
});

describe("written corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "synth-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(scorer.skip)(
    scorer.title(
      "writes gold files the extraction scorer reads: the truth scores 1.0 against itself",
    ),
    async () => {
      await writeCorpus(dir, 25, 3);
      const gold = readdirSync(dir).filter((f) => f.endsWith(".json"));
      expect(gold).toHaveLength(25);
      const preds = gold.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
      const predPath = join(dir, "..", `${dir.split("/").at(-1)}-pred.json`);
      writeFileSync(predPath, JSON.stringify(preds));
      const out = execFileSync("node", [SCORER, dir, predPath, "--json"], { encoding: "utf8" });
      rmSync(predPath);
      const summary = JSON.parse(out) as {
        micro: { f1: number };
        lists: Record<string, { tp: number }>;
      };
      expect(summary.micro.f1).toBe(1);
      for (const list of ["countries", "people", "visits", "statements", "documents"]) {
        expect(summary.lists[list]?.tp).toBeGreaterThan(0);
      }
    },
  );
});
