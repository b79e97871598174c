import { describe, expect, it } from "vitest";
import {
  kazakhNameStem,
  kazakhStem,
  lemma,
  parseNameWord,
  toNominative,
} from "../../src/extraction/text/morphology/index.js";

describe("toNominative", () => {
  it.each([
    ["совместное заявление", "совместное заявление"],
    [
      "декларацию об укреплении стратегических отношений",
      "декларация об укреплении стратегических отношений",
    ],
    ["Совместной декларации", "Совместная декларация"],
    ["меморандума о взаимопонимании", "меморандум о взаимопонимании"],
    ["дорожную карту", "дорожная карта"],
    ["Договора о стратегическом партнерстве", "Договор о стратегическом партнерстве"],
    [
      "Комплексную программу развития сотрудничества",
      "Комплексная программа развития сотрудничества",
    ],
  ])("%s → %s", (input, expected) => {
    expect(toNominative(input)).toBe(expected);
  });
});

describe("parseNameWord", () => {
  it.each([
    ["Ильхамом", "given", "Ильхам"],
    ["Алиевым", "surname", "Алиев"],
    ["Токаеву", "surname", "Токаев"],
    ["Касым-Жомарту", "given", "Касым-Жомарт"],
    ["Касым-Жомарта", "given", "Касым-Жомарт"],
    ["Бектеновым", "surname", "Бектенов"],
    ["Асадов", "surname", "Асадов"],
    ["Гейдара", "given", "Гейдар"],
    ["Тоқаевтың", "surname", "Тоқаев"],
    ["Әлиевпен", "surname", "Әлиев"],
    ["Пашиняном", "surname", "Пашинян"],
    ["Владимиром", "given", "Владимир"],
  ])("%s is a %s, nominative %s", (word, kind, nominative) => {
    const r = parseNameWord(word);
    expect(r.kind).toBe(kind);
    expect(r.nominative).toBe(nominative);
  });
});

describe("Kazakh stems", () => {
  it.each([
    ["Тоқаевтың", "Тоқаев"],
    ["келісімді", "келісім"],
    ["Астанада", "Аста"],
  ])("kazakhStem(%s) = %s", (word, stem) => {
    expect(kazakhStem(word)).toBe(stem);
  });

  it("gives one stem for a name in different cases", () => {
    const forms = ["Тоқаев", "Тоқаевтың", "Тоқаевқа", "Тоқаевты", "Тоқаевпен"];
    expect(new Set(forms.map(kazakhNameStem))).toEqual(new Set(["Тоқаев"]));
  });
});

describe("lemma", () => {
  it("lemmatises Russian and Kazakh words", () => {
    expect(lemma("Казахстана")).toBe("казахстан");
    expect(lemma("Тоқаевтың")).toBe("тоқаев");
  });
});
