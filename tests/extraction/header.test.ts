import { describe, expect, it } from "vitest";
import { type Analysis, startAnalysis } from "../../src/extraction/analysis.js";
import { extractHeader } from "../../src/extraction/rules/header.js";

function analysis(text: string): Analysis {
  // These cases are Russian, read with no paragraphs or sentences segmented.
  return {
    ...startAnalysis(text),
    lang: "ru",
    paragraphs: [],
    sentences: [],
  };
}

describe("extractHeader", () => {
  it.each([
    {
      name: "metadata line lends its year to a dateline, outlet from the dateline",
      text: "10.04.2023, 18:16 45671\n\nЛидеры двух стран провели переговоры\nФото: Акорда\nАстана. 10 апреля. KAZAKHSTAN TODAY - Президент провел встречу, сообщает пресс-служба.",
      want: {
        title: "Лидеры двух стран провели переговоры",
        publishedOn: "2023-04-10",
        source: "KAZAKHSTAN TODAY",
      },
    },
    {
      name: "dateline without a year leaves the date unknown",
      text: "Главы МИД обсудили сотрудничество\n\nМОСКВА, 22 октября. /ТАСС/. Министр иностранных дел заявил, что визит важен.",
      want: { title: "Главы МИД обсудили сотрудничество", publishedOn: null, source: "ТАСС" },
    },
    {
      name: "rubric, nominative month and time lines are skipped",
      text: "Премьер-министр встретился с коллегой\n\nПолитика\n03 Март 2025\n15:29\n131\nТекст новости. Как сообщили АЗЕРТАДЖ в Кабинете Министров, стороны договорились.",
      want: {
        title: "Премьер-министр встретился с коллегой",
        publishedOn: "2025-03-03",
        source: "АЗЕРТАДЖ",
      },
    },
    {
      name: "a lead sentence is not a headline; outlet after a reporting verb",
      text: "По завершении встречи президенты провели переговоры с участием делегаций, сообщает Vecher.kz.\nПо данным пресс-службы, стороны обсудили торговлю.",
      want: { title: null, publishedOn: null, source: "Vecher.kz" },
    },
    {
      name: "ISO date line with a photo credit; press service is not an outlet",
      text: " date 2025-10-21 Фото: t.me/aqorda_resmi\n\nПо итогам двусторонних переговоров и заседания Высшего межгосударственного совета президенты провели брифинг для представителей средств массовой информации и ответили на вопросы\n\nПрезидент высказал признательность, сообщает пресс-служба Акорды.",
      want: { title: null, publishedOn: "2025-10-21", source: null },
    },
    {
      name: "Kazakh attribution after the quote",
      text: "Бакуге сапар – нәтижелі сапар болды\n\nБАКУ. «Президенттер мәлімдеме жасады» деп хабарлайды ҚазАқпарат Ақордаға сілтеме жасап.",
      want: {
        title: "Бакуге сапар – нәтижелі сапар болды",
        publishedOn: null,
        source: "ҚазАқпарат",
      },
    },
    {
      name: "Kazakh agency genitive",
      text: "Мәскеу көшелерінде тулар пайда болды\nРИА Новости агенттігінің хабарлауынша, көшелер безендірілген.",
      want: {
        title: "Мәскеу көшелерінде тулар пайда болды",
        publishedOn: null,
        source: "РИА Новости",
      },
    },
    {
      name: "English dateline with a slashed outlet",
      text: "Russian, Kazakh presidents sign joint declaration after talks\nMOSCOW, November 28. /TASS/. Presidents signed a joint declaration on Monday.",
      want: {
        title: "Russian, Kazakh presidents sign joint declaration after talks",
        publishedOn: null,
        source: "TASS",
      },
    },
    {
      name: "time before a slashed numeric date",
      text: "14:59 22/11/2023\n\nПрезидент завершил официальный визит в Россию\n\nСайт президента республики\n\nПрезидент завершил визит.",
      want: {
        title: "Президент завершил официальный визит в Россию",
        publishedOn: "2023-11-22",
        source: null,
      },
    },
    {
      name: "outlet named after a dash in the dateline",
      text: "ТАШКЕНТ, 10 авг — Sputnik. Мероприятия визита завершились, сообщает пресс-служба главы РУз.",
      want: { title: null, publishedOn: null, source: "Sputnik" },
    },
    {
      name: "a saved page names its article in <title>",
      text: "<html><head><title>Токаев прибыл в Баку &laquo;с визитом&raquo;</title></head><body><p>Президент прибыл в Баку.</p></body></html>",
      want: { title: "Токаев прибыл в Баку «с визитом»", publishedOn: null, source: null },
    },
  ])("$name", ({ text, want }) => {
    expect(extractHeader(analysis(text))).toEqual(want);
  });

  it.each([
    [
      "publication stamp and byline",
      "Главная / Новости / Политика\nОпубликовано: 12 марта 2024, 10:15\nАвтор: Иван Петров\nЛидеры двух стран обсудили транзит\nТекст новости о переговорах, сообщает агентство «Интерфакс».",
      {
        title: "Лидеры двух стран обсудили транзит",
        publishedOn: "2024-03-12",
        source: "Интерфакс",
      },
    ],
    [
      "English outlet named before its verb",
      "Tokayev to pay state visit to China\nASTANA, August 28, 2024 – The president will visit China, Akorda press service reported.\nThe leaders will discuss trade, Kazinform reports.",
      {
        title: "Tokayev to pay state visit to China",
        publishedOn: "2024-08-28",
        source: "Kazinform",
      },
    ],
  ])("%s", (_label, text, want) => {
    expect(extractHeader(analysis(text))).toEqual(want);
  });

  it.each([
    "Текст новости.\nОб этом сообщил Кремль.",
    "Текст новости.\nОб этом сообщает МИД Казахстана.",
    "Мәтін.\nБұл туралы деп хабарлайды ҚР СІМ.",
  ])("names no outlet in %s", (text) => {
    expect(extractHeader(analysis(text)).source).toBeNull();
  });
});
