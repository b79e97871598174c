// Lexicon files are checked when loaded: a bad line fails at start-up, naming its file and line.

import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkAllLexicons,
  checkTagged,
  type LexiconLanguage,
  loadLexiconLines,
  loadTagged,
  parseLexicon,
  validateLexicon,
} from "../../src/extraction/lexicons/load.js";
import { LEXICON_SCHEMAS } from "../../src/extraction/lexicons/schemas.js";
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

describe("lexicon schemas", () => {
  const lexiconDir = join(dirname(fileURLToPath(import.meta.url)), "../../src/extraction/lexicons");
  const shipped = (["ru", "kk", "en"] as const).flatMap((lang) =>
    readdirSync(join(lexiconDir, lang))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => [lang, f.replace(/\.txt$/, "")] as const),
  );

  it.each(shipped)("the shipped %s/%s has a schema and passes it", (lang, name) => {
    expect(LEXICON_SCHEMAS[name]).toBeDefined();
    expect(loadLexiconLines(lang, name).length).toBeGreaterThan(0);
  });

  it("checks every shipped file at once, as extraction does at start-up", () => {
    expect(checkAllLexicons()).toBe(shipped.length);
  });

  const check = (lang: LexiconLanguage, name: string, content: string): void => {
    const schema = LEXICON_SCHEMAS[name];
    if (!schema) throw new Error(`no schema for ${name}`);
    validateLexicon(`${lang}/${name}.txt`, lang, parseLexicon(content), schema);
  };

  it.each([
    ["ru", "cities", "KZ Астана\nKZ Алматы\n"],
    ["en", "cities", "AE Abu Dhabi\nRU St. Petersburg\n"],
    ["ru", "months", "1 январь января\n12 декабрь декабря\n"],
    ["kk", "suffixes", "# genitive\nның genitive stem,place\n"],
    ["ru", "endings", "ами key,search\n"],
    ["ru", "signing-now", "подписал*\n"],
    ["en", "visit-words", "meet met$\n-trip-\n"],
    ["ru", "speaker-titles", "глава государства|head_of_state\n"],
  ] as const)("accepts a valid %s/%s", (lang, name, content) => {
    expect(() => check(lang, name, content)).not.toThrow();
  });

  it.each([
    [
      "kk",
      "suffixes",
      "ның genitive stem\nға datve stem\n",
      /kk\/suffixes\.txt line 2: unknown case "datve"/,
    ],
    ["kk", "suffixes", "ның genitive stem,plase\n", /line 1: unknown uses "plase"/],
    ["kk", "suffixes", "ның genitive\n", /line 1: expected suffix, case, uses/],
    ["kk", "suffixes", "Ның genitive stem\n", /line 1: suffix "Ның" is not a lower-case word/],
    ["ru", "endings", "ами key,serch\n", /ru\/endings\.txt line 1: unknown uses "serch"/],
    ["ru", "months", "13 январь\n", /ru\/months\.txt line 1: month "13" is not a month number/],
    ["ru", "months", "январь января\n", /line 1: month "январь" is not a month number/],
    [
      "ru",
      "cities",
      "KZ Астана\nkz Алматы\n",
      /ru\/cities\.txt line 2: code "kz" is not two capital/,
    ],
    ["ru", "cities", "KZ Aстана\n", /line 1: name "Aстана" is not a word in Russian letters/],
    [
      "kk",
      "given-names",
      "Қасым\nKasym\n",
      /kk\/given-names\.txt line 2: words "Kasym" is not a word in Kazakh/,
    ],
    ["en", "given-names", "Kassym,\n", /line 1: words "Kassym," is not a word in Latin/],
    ["ru", "countries", "KZ nane Казахстан\n", /ru\/countries\.txt line 1: unknown kind "nane"/],
    ["ru", "person-roles", "presdent президент\n", /line 1: unknown value "presdent"/],
    ["ru", "person-cues", "-футболист\n", /line 1: an exclusion .* where none is allowed/],
    [
      "ru",
      "speaker-titles",
      "глава государства head_of_state\n",
      /expected words, a bar and a value/,
    ],
    ["ru", "signing-now", "подписал$\n", /line 1: words "подписал\$" is not a word/],
  ] as const)(
    "rejects a malformed %s/%s, naming file, line and reason",
    (lang, name, content, message) => {
      expect(() => check(lang, name, content)).toThrow(message);
    },
  );
});
