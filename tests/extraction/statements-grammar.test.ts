// The statement grammar rule by rule: every quote, reported-speech and Kazakh verb rule finds its own example.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.js";
import { KAZAKH_VERB_RULES } from "../../src/extraction/rules/statements/kazakh-rules.js";
import { QUOTE_RULES } from "../../src/extraction/rules/statements/quote-rules.js";
import { REPORTED_RULES } from "../../src/extraction/rules/statements/reported-rules.js";

const statementRules = (text: string): string[] => extract(text).statements.map((s) => s.rule);

describe("statement rules", () => {
  it("have distinct ids and one-line reasons", () => {
    const ids = [
      ...QUOTE_RULES.map((r) => `direct.${r.id}`),
      ...REPORTED_RULES.map((r) => r.id),
      ...KAZAKH_VERB_RULES.map((r) => r.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const reasons = [...QUOTE_RULES, ...REPORTED_RULES, ...KAZAKH_VERB_RULES].map((r) => r.reason);
    expect(reasons.filter((r) => !r.trim() || /\n/.test(r))).toEqual([]);
  });
});

describe("quote rules", () => {
  // A quote rule's id is the last part of the fact's: the quote shape comes from the passage.
  it.each(QUOTE_RULES.map((r) => [r.id, r] as const))("%s finds its example", (id, rule) => {
    expect(statementRules(rule.example)).toContainEqual(
      expect.stringMatching(new RegExp(`^(?:ru|kk|en)\\.direct\\.[a-z-]+\\.${id}$`)),
    );
  });
});

describe("reported-speech rules", () => {
  it.each(REPORTED_RULES.map((r) => [r.id, r] as const))("%s finds its example", (id, rule) => {
    const x = extract(rule.example);
    expect(rule.langs).toContain(x.language);
    expect(x.statements.map((s) => s.rule)).toContain(`${x.language}.${id}`);
  });
});

describe("Kazakh verb rules", () => {
  it.each(KAZAKH_VERB_RULES.map((r) => [r.id, r] as const))("%s finds its example", (id, rule) => {
    expect(statementRules(rule.example)).toContain(id);
  });
});
