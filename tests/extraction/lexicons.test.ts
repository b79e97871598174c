// Lexicon files are checked when loaded: a bad line fails at start-up, naming its file and line.
import { describe, expect, it } from "vitest";
import { checkTagged, loadTagged, parseLexicon } from "../../src/extraction/lexicons/load.js";
import { DOCUMENT_KINDS, TENSES, VISIT_KINDS } from "../../src/extraction/types.js";

const file = "ru/test.txt";

describe("tagged lexicons", () => {
  it("reads entries with their line numbers, skipping comments and blank lines", () => {
    const lines = parseLexicon("# kinds\n\nofficial официальн\nstate государственн # comment\n");
    expect(checkTagged(file, lines, { values: VISIT_KINDS, layout: "value-first" })).toEqual({
      entries: [
        { value: "official", words: "официальн", line: 3 },
        { value: "state", words: "государственн", line: 4 },
      ],
      exclusions: [],
    });
  });

  it("keeps exclusions apart where the file allows them", () => {
    const lines = parseLexicon("future посетит$\n-прибыль\n");
    expect(checkTagged(file, lines, { values: TENSES, layout: "value-first" }, true)).toEqual({
      entries: [{ value: "future", words: "посетит$", line: 1 }],
      exclusions: ["прибыль"],
    });
  });

  it.each([
    [
      "an unknown value",
      "official официальн\nofficail рабоч\n",
      "value-first",
      /lexicon ru\/test\.txt line 2: unknown value "officail"/,
    ],
    [
      "a value with no words",
      "official официальн\nstate\n",
      "value-first",
      /lexicon ru\/test\.txt line 2: expected a value, a space and words/,
    ],
    [
      "a line without its bar",
      "совместный заявление|joint_statement\nдорожная карта roadmap\n",
      "bar-last",
      /lexicon ru\/test\.txt line 2: expected words, a bar and a value/,
    ],
    [
      "an exclusion where none is allowed",
      "-прибыль\n",
      "value-first",
      /lexicon ru\/test\.txt line 1: /,
    ],
  ] as const)("throws on %s, naming the file and line", (_label, content, layout, message) => {
    const values = layout === "bar-last" ? DOCUMENT_KINDS : VISIT_KINDS;
    expect(() => checkTagged(file, parseLexicon(content), { values, layout })).toThrow(message);
  });

  it.each([
    ["ru", "document-kinds"],
    ["kk", "document-kinds"],
    ["en", "document-kinds"],
  ] as const)("the shipped %s/%s passes", (lang, name) => {
    expect(
      loadTagged(lang, name, { values: DOCUMENT_KINDS, layout: "bar-last" }).length,
    ).toBeGreaterThan(0);
  });
});
