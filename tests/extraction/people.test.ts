import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.js";
import { personKey } from "../../src/extraction/resolve/person-key.js";

function people(text: string): Array<[string, string | null, string | null]> {
  return extract(text).people.map((p) => [p.name, p.country, p.role]);
}

describe("people", () => {
  it.each([
    [
      "Президент Казахстана Касым-Жомарт Токаев провел встречу с президентом Азербайджана Ильхамом Алиевым.",
      [
        ["Касым-Жомарт Токаев", "KZ", "president"],
        ["Ильхам Алиев", "AZ", "president"],
      ],
    ],
    [
      "Премьер-министр Республики Казахстан Олжас Бектенов встретился с коллегой. О.Бектенов отметил важность встречи.",
      [["Олжас Бектенов", "KZ", "prime_minister"]],
    ],
    [
      "Министр иностранных дел России Сергей Лавров принял гостя.",
      [["Сергей Лавров", "RU", "minister"]],
    ],
    [
      "Об этом сообщил пресс-секретарь российского президента Дмитрий Песков.",
      [["Дмитрий Песков", "RU", "other"]],
    ],
    [
      "Қазақстан Президенті Қасым-Жомарт Тоқаев сапармен барды.",
      [["Қасым-Жомарт Тоқаев", "KZ", "president"]],
    ],
    [
      "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev of Kazakhstan met.",
      [
        ["Vladimir Putin", "RU", "president"],
        ["Kassym-Jomart Tokayev", "KZ", "president"],
      ],
    ],
    ["Гости посетили улицу имени Гейдара Алиева.", [["Гейдар Алиев", null, "other"]]],
    ["Стороны обсудили сотрудничество в Центральной Азии.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("keeps one person for every form of a name and records each mention", () => {
    const text =
      "Президент Азербайджана Ильхам Гейдар оглу Алиев прибыл в Астану. Ильхама Алиева встретили. Алиев поблагодарил хозяев.";
    const [p, ...rest] = extract(text).people;
    expect(rest).toEqual([]);
    expect(p?.name).toBe("Ильхам Алиев");
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Ильхам Гейдар оглу Алиев",
      "Ильхама Алиева",
      "Алиев",
    ]);
  });

  it("does not merge a historical namesake with another first name", () => {
    const text = "Президент Азербайджана Ильхам Алиев открыл улицу имени Гейдара Алиева.";
    expect(people(text).map((p) => p[0])).toEqual(["Ильхам Алиев", "Гейдар Алиев"]);
  });

  it("refers an office back to the person named before it", () => {
    const text =
      "Касым-Жомарт Токаев выступил на форуме. Лидер Казахстана подчеркнул важность диалога.";
    expect(people(text)).toEqual([["Касым-Жомарт Токаев", "KZ", "president"]]);
  });
});

describe("person titles", () => {
  it.each([
    [
      "Президенты Казахстана и Азербайджана Касым-Жомарт Токаев и Ильхам Алиев встретились.",
      "Президент",
    ],
    ["Қазақстан Президенті Қасым-Жомарт Тоқаев сапармен барды.", "Президент"],
    ["Встреча главы правительств Олжаса Бектенова прошла.", "глава правительства"],
    ["Глава МИД Казахстана Мурат Нуртлеу прибыл.", "Глава МИД"],
  ])("%s → %s", (text, title) => {
    expect(extract(text).people[0]?.title).toBe(title);
  });
});

describe("personKey", () => {
  it("gives one key for case forms and spellings of a full name", () => {
    const keys = new Set(
      ["Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев", "Касым-Жомарта Токаеву"].map(personKey),
    );
    expect(keys.size).toBe(1);
    expect(personKey("Токаеву")).toBe(personKey("Тоқаев"));
  });

  it("tells apart namesakes with different first names", () => {
    expect(personKey("Гейдар Алиев")).not.toBe(personKey("Ильхам Алиев"));
  });
});
