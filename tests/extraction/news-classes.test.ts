// Error classes of visit, statement and document extraction found on independent news, one table row per example.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.js";

function statements(text: string): Array<[string | null, string, string]> {
  return extract(text).statements.map((s) => [s.speaker, s.kind, s.text]);
}

describe("statement classes", () => {
  it.each([
    [
      "a Kazakh quote led by the speaker and a colon, closed by a bare verb",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев: «Біз өңірдегі бейбітшілік пен тұрақтылықты әрдайым қолдаймыз», - деді.",
      [
        [
          "Қасым-Жомарт Тоқаев",
          "direct",
          "Біз өңірдегі бейбітшілік пен тұрақтылықты әрдайым қолдаймыз",
        ],
      ],
    ],
    [
      "a Russian quote led by the speaker and a colon, closed by a bare verb",
      "Министр иностранных дел Казахстана Мурат Нуртлеу: «Мы продолжим многовекторную внешнюю политику», — сказал.",
      [["Мурат Нуртлеу", "direct", "Мы продолжим многовекторную внешнюю политику"]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it.each([
    [
      "a sentence that only reports who signed what",
      "Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев подписали соглашение о стратегическом партнерстве.",
    ],
    [
      "a sentence that only reports how the meeting went",
      "Встреча президентов Казахстана Касым-Жомарта Токаева и Узбекистана Шавката Мирзиёва прошла в теплой и дружественной атмосфере.",
    ],
  ])("no statement in %s", (_label, text) => {
    expect(statements(text)).toEqual([]);
  });
});
