import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/extraction/text/language.js";

describe("detectLanguage", () => {
  it.each([
    ["Қасым-Жомарт Тоқаев пен Ильхам Әлиев келіссөздер жүргізді", "kk"],
    ["Президент келіссөздер қорытындысы бойынша мәлімдеме жасады, деп хабарлайды ҚазАқпарат", "kk"],
    ["Президент Казахстана провел встречу с президентом Азербайджана", "ru"],
    [
      "Касым-Жомарт Токаев вручил главе Узбекистана высшую государственную награду своей страны – орден «Алтын Қыран» за исключительный вклад в укрепление дружбы.",
      "ru",
    ],
    [
      "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev signed a joint declaration",
      "en",
    ],
    ["", "ru"],
  ] as const)("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
