// Error classes of person extraction found on independent news, one table row per example.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.js";

function names(text: string): string[] {
  return extract(text).people.map((p) => p.name);
}

describe("person name classes", () => {
  it.each([
    [
      "a Kazakh given name whose end looks like a case ending",
      "Елбасы Нұрсұлтан Назарбаев жиынға қатысып, сөз сөйледі.",
      ["Нұрсұлтан Назарбаев"],
    ],
    [
      "a Kazakh conjunction opening the sentence",
      "Бірақ Ерлан Сейітов бұл туралы ештеңе айтпады.",
      ["Ерлан Сейітов"],
    ],
    [
      "a Kazakh profession word opening the sentence",
      "Тілшіміз Ерболат Сапаров оқиға орнынан хабарлады.",
      ["Ерболат Сапаров"],
    ],
    [
      "a Latin-script company name before a Cyrillic name",
      "Основатель компании Oracle Майкл Смирнов ушёл в отставку.",
      ["Майкл Смирнов"],
    ],
  ])("%s", (_class, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
