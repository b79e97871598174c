// Search tokens: any case form, Russian or Kazakh spelling, of a word meets the others.
import { describe, expect, test } from "vitest";
import { searchTokenGroups, searchTokens } from "../../src/extraction/text/search-tokens.js";

/** True when every query word has a form among the stored tokens: what the API's search asks. */
function finds(stored: string, query: string): boolean {
  const tokens = new Set(searchTokens(stored));
  return searchTokenGroups(query).every((forms) => forms.some((f) => tokens.has(f)));
}

describe("searchTokens", () => {
  test.each([
    ["Касым-Жомарт Токаев", "Токаеву"],
    ["Касым-Жомарт Токаев", "Тоқаев"],
    ["Касым-Жомарт Токаев", "токаев"],
    ["Қасым-Жомарт Тоқаев", "Токаева"],
    ["Қасым-Жомарт Тоқаев", "Тоқаевтың"],
    ["Соглашение о стратегическом партнерстве", "соглашения"],
    ["Соглашение о стратегическом партнерстве", "партнерство"],
    ["Декларация о союзническом взаимодействии", "декларацию"],
    ["важный и надежный стратегический партнер Казахстана", "партнером Казахстан"],
    ["Біз бүгін жемісті келіссөз жүргіздік", "келіссөздер"],
  ])("%j is found by %j", (stored, query) => {
    expect(finds(stored, query)).toBe(true);
  });

  test.each([
    ["Касым-Жомарт Токаев", "Алиев"],
    ["Соглашение о стратегическом партнерстве", "меморандум"],
    ["Соглашение о стратегическом партнерстве", "соглашение Азербайджан"],
  ])("%j is not found by %j", (stored, query) => {
    expect(finds(stored, query)).toBe(false);
  });

  test("punctuation and single letters make no tokens", () => {
    expect(searchTokens("— « » , . о в")).toEqual([]);
    expect(searchTokenGroups("")).toEqual([]);
  });

  test("a long text stays linear", () => {
    const text = "Президент Казахстана провел переговоры. ".repeat(20_000);
    const started = performance.now();
    searchTokens(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
