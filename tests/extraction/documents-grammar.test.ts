// The document grammar rule by rule: the list rule, every noun rule and every tense cue reads its own example.
import { describe, expect, it } from "vitest";
import { startAnalysis } from "../../src/extraction/analysis.js";
import { extract } from "../../src/extraction/index.js";
import { findCountries } from "../../src/extraction/rules/countries.js";
import { documentLexicon } from "../../src/extraction/rules/documents/lexicon.js";
import { LIST_ITEM_RULE } from "../../src/extraction/rules/documents/list-items.js";
import { DOCUMENT_RULES, nounReadings } from "../../src/extraction/rules/documents/noun-rules.js";
import { TENSE_RULES, tenseRuleOf } from "../../src/extraction/rules/documents/tense.js";

/** An article date after every year the tense examples name. */
const PUBLISHED_ON = "2023-05-01";

describe("document rules", () => {
  it("have distinct ids and one-line reasons", () => {
    const ids = [LIST_ITEM_RULE.id, ...DOCUMENT_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const reasons = [LIST_ITEM_RULE, ...DOCUMENT_RULES].map((r) => r.reason);
    expect(reasons.filter((r) => !r.trim() || /\n/.test(r))).toEqual([]);
  });

  it("list-item finds its example", () => {
    const x = extract(LIST_ITEM_RULE.example);
    expect(LIST_ITEM_RULE.langs).toContain(x.language);
    expect(x.documents.map((d) => d.rule)).toContain(`${x.language}.${LIST_ITEM_RULE.fact}`);
  });

  it.each(DOCUMENT_RULES.map((r) => [r.id, r] as const))("%s finds its example", (id, rule) => {
    const x = extract(rule.example);
    expect(rule.langs).toContain(x.language);
    expect(x.documents.map((d) => d.rule)).toContain(`${x.language}.${rule.fact}`);
    // Rules that make facts with the same id are told apart by the rule that read the noun.
    const a = startAnalysis(rule.example);
    a.countries = findCountries(a);
    const readers = nounReadings(a, documentLexicon(a.lang), [])
      .filter((r) => r.found.length > 0)
      .map((r) => r.rule);
    expect(readers).toContain(id);
  });
});

describe("tense cues", () => {
  it("have distinct ids", () => {
    const ids = TENSE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TENSE_RULES.map((r) => [r.id, r] as const))("%s dates its example", (id, rule) => {
    const a = startAnalysis(rule.example);
    a.header.publishedOn = PUBLISHED_ON;
    const sentence = { start: 0, end: rule.example.length };
    expect(tenseRuleOf(a, documentLexicon(a.lang), sentence)?.id).toBe(id);
    const x = extract(rule.example, { publishedOn: PUBLISHED_ON });
    expect(x.documents.map((d) => d.tense)).toContain(rule.tense);
  });
});
