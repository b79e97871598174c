import { describe, expect, it } from "vitest";
import {
  cyrillicOf,
  foldText,
  queryTokenGroups,
  searchTokens,
} from "../../src/extraction/text/search-tokens.js";

/** Whether a query finds a text: every query word meets one of the text's tokens. */
function finds(query: string, text: string): boolean {
  const stored = new Set(searchTokens(text));
  return queryTokenGroups(query).every((forms) => forms.some((f) => stored.has(f)));
}

describe("searchTokens", () => {
  it("lets every case form and spelling of a name meet", () => {
    const forms = ["Токаеву", "Тоқаев", "токаев", "Тоқаевтың", "Токаевым"];
    const sets = forms.map((f) => new Set(searchTokens(f)));
    for (const s of sets) expect(s.has("токаев")).toBe(true);
  });

  it("folds Kazakh letters, ё and punctuation", () => {
    expect(foldText("Қазақстан, Ёлка!")).toBe("казакстан елка");
  });

  it.each([
    ["Алиев", "Ильхам Алиев", true],
    ["Алиев", "Али Асадов", false],
    ["Али", "Ильхам Алиев", false],
    ["министров", "министр", true],
    ["Tokayev", "Касым-Жомарт Тоқаев", true],
    ["Aliyev", "Президенту Алиеву", true],
    ["Nazarbayev", "Назарбаев", true],
    ["Mirziyoyev", "Шавкат Мирзиёев", true],
    ["Tokayev", "Токио", false],
  ])("%s finds %s: %s", (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  it.each([
    ["Tokayev", "токаев"],
    ["Zhaparov", "жапаров"],
    ["Erdogan", "эрдоган"],
    ["Kyrgyzstan", "кыргызстан"],
    ["Dmitriy", "дмитрий"],
    ["Токаев", null],
  ])("spells %s in Cyrillic as %s", (latin, cyrillic) => {
    expect(cyrillicOf(latin)).toBe(cyrillic);
  });
});
