import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.js";

function codes(text: string): string[] {
  return extract(text)
    .countries.map((c) => c.code)
    .sort();
}

describe("countries", () => {
  it.each([
    ["Президент Республики Казахстан выступил.", ["KZ"]],
    ["Делегация Азербайджанской Республики прибыла.", ["AZ"]],
    ["Развитие казахстанско-азербайджанского сотрудничества.", ["AZ", "KZ"]],
    ["Итоги азербайджано-казахстанских переговоров.", ["AZ", "KZ"]],
    ["Он пожелал таджикскому народу благополучия.", ["TJ"]],
    ["Представители США и КНР.", ["CN", "US"]],
    ["Соединенных Штатов Америки и Объединенных Арабских Эмиратов.", ["AE", "US"]],
    ["Қазақстан Республикасының Президенті Ресейге барды.", ["KZ", "RU"]],
    ["АҚШ-тың елшісі келді.", ["US"]],
    ["Kazakhstan's President met the Chinese delegation.", ["CN", "KZ"]],
    ["Россияне и узбеки.", ["RU", "UZ"]],
    ["В Грузии, Беларуси и Кыргызстане.", ["BY", "GE", "KG"]],
    ["Он прилетел в Баку, затем в Ташкент.", []],
    ["Того же мнения придерживается сторона.", []],
    ["Визит в Того и Мали.", ["ML", "TG"]],
    ["Малом бизнесе говорили.", []],
    ["Гонконг и Гренландия.", []],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("gives spans into the input", () => {
    const text = "Встреча в Казахстане.";
    const kz = extract(text).countries.find((c) => c.code === "KZ");
    expect(kz?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Казахстане"]);
  });
});
