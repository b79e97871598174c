// The rule registry against the extractor: every emitted id is listed, and each example triggers its rule.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/db/project-root.js";
import { extract } from "../../src/extraction/index.js";
import { scanDates } from "../../src/extraction/rules/dates.js";
import {
  idsOf,
  RULES,
  type RuleDefinition,
  type RuleId,
} from "../../src/extraction/rules/registry.js";
import { decodeArticle } from "../../src/extraction/text/decode.js";
import type { ArticleExtraction } from "../../src/extraction/types.js";
import { needsShared, sharedPath } from "../helpers/shared.js";

const SEEDS = join(projectRoot(), "seeds");
const DEV_CORPUS = process.env.DEV_CORPUS_DIR ?? sharedPath("dev-corpus", "articles");
const dev = needsShared(DEV_CORPUS);

const REGISTERED = new Set(RULES.flatMap((r: RuleDefinition) => idsOf(r)));

function factRules(x: ArticleExtraction): string[] {
  return [
    ...x.people.map((p) => p.rule),
    ...x.visits.map((v) => v.rule),
    ...x.statements.map((s) => s.rule),
    ...x.documents.map((d) => d.rule),
  ];
}

/** Rule ids of the facts extracted from every article of a folder, with the file each came from. */
function emitted(dir: string): Array<[id: string, file: string]> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => {
      const decoded = decodeArticle(readFileSync(join(dir, f)));
      if (!decoded.ok) throw new Error(`cannot decode ${f}: ${decoded.reason}`);
      return factRules(extract(decoded.text)).map((id): [string, string] => [id, f]);
    });
}

function unregistered(found: Array<[string, string]>): string[] {
  return found.filter(([id]) => !REGISTERED.has(id)).map(([id, f]) => `${id} (${f})`);
}

// The type check of the tests fails when RuleId widens to string and these typos compile.
// @ts-expect-error: no such rule
const _misspelt: RuleId = "person.title-nam";
// @ts-expect-error: verb-that runs on Russian and English only
const _wrongLanguage: RuleId = "kk.indirect.verb-that";

describe("rule registry", () => {
  it("lists each id once", () => {
    const ids = RULES.flatMap((r: RuleDefinition) => idsOf(r));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("gives each rule an example and a one-line description of what it reads", () => {
    const bad = RULES.filter((r: RuleDefinition) => !r.example.trim() || /\n/.test(r.reads));
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it("lists every id emitted over the seeds", () => {
    expect(unregistered(emitted(SEEDS))).toEqual([]);
  });

  it.skipIf(dev.skip)(dev.title("lists every id emitted over the development corpus"), () => {
    expect(unregistered(emitted(DEV_CORPUS))).toEqual([]);
  });
});

// Rules whose example, extracted alone, must yield a fact carrying the rule's id.
const FACT_RULES = RULES.filter(
  (r: RuleDefinition) => r.untested === undefined && r.fact !== "date",
).map((r: RuleDefinition): [string, RuleDefinition] => [r.id, r]);

describe("each rule's example triggers it", () => {
  it.each(FACT_RULES)("%s", (_id, rule) => {
    const x = extract(rule.example);
    // A rule run per language is checked in the language its example is written in.
    if (rule.langs) expect(rule.langs).toContain(x.language);
    const id = rule.langs ? `${x.language}.${rule.id}` : rule.id;
    expect(factRules(x)).toContain(id);
  });
});

// Dates are read inside the pipeline and carried on no fact: the scanner shows their rule ids.
const DATE_RULES = RULES.filter((r: RuleDefinition) => r.fact === "date").map(
  (r: RuleDefinition): [string, RuleDefinition] => [r.id, r],
);

describe("each date rule reads its example", () => {
  it.each(DATE_RULES)("%s", (id, rule) => {
    expect(scanDates(rule.example).map((d) => d.rule)).toContain(id);
  });
});
