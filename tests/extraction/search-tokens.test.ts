import { describe, expect, it } from "vitest";
import { foldText, searchTokens } from "../../src/extraction/text/search-tokens.js";

describe("searchTokens", () => {
  it("lets every case form and spelling of a name meet", () => {
    const forms = ["Токаеву", "Тоқаев", "токаев", "Тоқаевтың", "Токаевым"];
    const sets = forms.map((f) => new Set(searchTokens(f)));
    for (const s of sets) expect(s.has("токаев")).toBe(true);
  });

  it("folds Kazakh letters, ё and punctuation", () => {
    expect(foldText("Қазақстан, Ёлка!")).toBe("казакстан елка");
  });
});
