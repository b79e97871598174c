import { describe, expect, it } from "vitest";
import type { Analysis, CountryMention, PersonMention } from "../../src/extraction/analysis.js";
import { findDates } from "../../src/extraction/rules/dates.js";
import { findCities } from "../../src/extraction/rules/visits/cities.js";
import { findVisits } from "../../src/extraction/rules/visits.js";
import { tokenize } from "../../src/extraction/text/tokens.js";
import type { Language, PersonFact, PersonRole, VisitFact } from "../../src/extraction/types.js";

interface PersonSpec {
  name: string;
  country: string;
  role: PersonRole;
  /** Surface forms to find in the text, as the people rules would. */
  forms: string[];
}

function spansOf(text: string, surface: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    out.push({ start: i, end: i + surface.length });
  }
  return out;
}

/** A hand-built analysis standing in for the segmenter, country and people rules. */
function analysis(
  text: string,
  lang: Language,
  people: PersonSpec[],
  countries: Array<[string, string]>,
  publishedOn: string | null = null,
): Analysis {
  const sentences = [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const facts: PersonFact[] = [];
  const mentions: PersonMention[] = [];
  people.forEach((p, i) => {
    const spans = p.forms.flatMap((f) => spansOf(text, f));
    facts.push({
      name: p.name,
      country: p.country,
      role: p.role,
      title: null,
      aliases: p.forms,
      mentions: spans,
      rule: "person.given-surname",
    });
    for (const s of spans) mentions.push({ ...s, person: i, kind: "name" });
  });
  const countryMentions: CountryMention[] = countries.flatMap(([surface, code]) =>
    spansOf(text, surface).map((s) => ({ ...s, code, form: "name" as const })),
  );
  const a: Analysis = {
    text,
    lang,
    paragraphs: [],
    sentences,
    tokens: tokenize(text),
    header: { title: null, publishedOn, source: null },
    countries: countryMentions,
    people: facts,
    personMentions: mentions,
    dates: [],
    statements: [],
    documents: [],
    visits: [],
  };
  a.dates = findDates(a);
  return a;
}

const TOKAYEV: PersonSpec = {
  name: "Касым-Жомарт Токаев",
  country: "KZ",
  role: "president",
  forms: ["Касым-Жомарт Токаев", "Касым-Жомарту Токаеву", "Касым-Жомарта Токаева", "Токаева"],
};
const ALIYEV: PersonSpec = {
  name: "Ильхам Алиев",
  country: "AZ",
  role: "president",
  forms: ["Ильхамом Алиевым", "Ильхам Алиев"],
};
const PUTIN: PersonSpec = {
  name: "Владимир Путин",
  country: "RU",
  role: "president",
  forms: ["Владимир Путин", "Путина"],
};

const pick = (v: VisitFact) => ({
  guestCountry: v.guestCountry,
  hostCountry: v.hostCountry,
  guest: v.guest,
  host: v.host,
  kind: v.kind,
  level: v.level,
  city: v.city,
  startDate: v.startDate,
  tense: v.tense,
});

describe("findVisits", () => {
  it("reads an arrival with a kind and takes the date from the publication date", () => {
    const text =
      "Астана. Президент Казахстана Касым-Жомарт Токаев провел встречу с президентом Азербайджана Ильхамом Алиевым, который прибыл в Казахстан с официальным визитом.";
    const a = analysis(
      text,
      "ru",
      [TOKAYEV, ALIYEV],
      [
        ["Казахстан", "KZ"],
        ["Азербайджана", "AZ"],
      ],
      "2023-04-10",
    );
    expect(findVisits(a).map(pick)).toEqual([
      {
        guestCountry: "AZ",
        hostCountry: "KZ",
        guest: "Ильхам Алиев",
        host: "Касым-Жомарт Токаев",
        kind: "official",
        level: "head_of_state",
        city: "Астана",
        startDate: "2023-04-10",
        tense: "current",
      },
    ]);
  });

  it("tells the reported visit from an earlier one and merges repeated mentions", () => {
    const rahmon: PersonSpec = {
      name: "Эмомали Рахмон",
      country: "TJ",
      role: "president",
      forms: ["Эмомали Рахмон"],
    };
    const text =
      "Эмомали Рахмон выразил признательность Касым-Жомарту Токаеву за приглашение посетить Астану. Эмомали Рахмон отметил, что визит в Казахстан важен. «В ходе официального визита Касым-Жомарта Токаева в Таджикистан мы договорились о многом», — сказал Эмомали Рахмон.";
    const a = analysis(
      text,
      "ru",
      [TOKAYEV, rahmon],
      [
        ["Казахстан", "KZ"],
        ["Таджикистан", "TJ"],
      ],
    );
    const got = findVisits(a).map(pick);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({
      guestCountry: "TJ",
      hostCountry: "KZ",
      tense: "current",
      kind: "unspecified",
      city: "Астана",
    });
    expect(got[1]).toMatchObject({
      guestCountry: "KZ",
      hostCountry: "TJ",
      tense: "past",
      kind: "official",
      city: null,
    });
  });

  it("reads an announced visit as future, with no date when the year is unknown", () => {
    const text =
      "В ноябре ожидается приезд в Россию президента Казахстана Касым-Жомарта Токаева с государственным визитом. Касым-Жомарт Токаев прибудет в Россию 12 ноября.";
    const a = analysis(
      text,
      "ru",
      [TOKAYEV, PUTIN],
      [
        ["Россию", "RU"],
        ["Казахстана", "KZ"],
      ],
    );
    expect(findVisits(a).map(pick)).toEqual([
      {
        guestCountry: "KZ",
        hostCountry: "RU",
        guest: "Касым-Жомарт Токаев",
        host: "Владимир Путин",
        kind: "state",
        level: "head_of_state",
        city: null,
        startDate: null,
        tense: "future",
      },
    ]);
  });

  it("reads a reception: host before the verb, guest after", () => {
    const text =
      "11 ноября 2025 года Владимир Путин принял в Кремле президента Казахстана Касым-Жомарта Токаева.";
    const a = analysis(text, "ru", [TOKAYEV, PUTIN], [["Казахстана", "KZ"]]);
    expect(findVisits(a).map(pick)).toEqual([
      expect.objectContaining({
        guestCountry: "KZ",
        hostCountry: "RU",
        host: "Владимир Путин",
        startDate: "2025-11-11",
        tense: "current",
      }),
    ]);
  });

  it("reads a Kazakh trip with a dative destination city", () => {
    const tokayevKk: PersonSpec = {
      name: "Қасым-Жомарт Тоқаев",
      country: "KZ",
      role: "president",
      forms: ["Қасым-Жомарт Тоқаев"],
    };
    const putinKk: PersonSpec = {
      name: "Владимир Путин",
      country: "RU",
      role: "president",
      forms: ["Владимир Путиннің"],
    };
    const text =
      "МӘСКЕУ. Мемлекет басшысы Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путиннің шақыруымен Мәскеуге мемлекеттік сапармен барды.";
    const a = analysis(text, "kk", [tokayevKk, putinKk], [["Ресей", "RU"]]);
    expect(findVisits(a).map(pick)).toEqual([
      {
        guestCountry: "KZ",
        hostCountry: "RU",
        guest: "Қасым-Жомарт Тоқаев",
        host: "Владимир Путин",
        kind: "state",
        level: "head_of_state",
        city: "Мәскеу",
        startDate: null,
        tense: "current",
      },
    ]);
  });

  it("reads a place right after a verb of travel as the destination", () => {
    const text =
      "Президент Азербайджана Ильхам Алиев принял приглашение и посетил Астану с государственным визитом.";
    const a = analysis(text, "ru", [TOKAYEV, ALIYEV], [["Азербайджана", "AZ"]], "2025-10-21");
    expect(findVisits(a).map(pick)).toEqual([
      expect.objectContaining({
        guestCountry: "AZ",
        hostCountry: "KZ",
        kind: "state",
        city: "Астана",
        startDate: "2025-10-21",
      }),
    ]);
  });

  it("takes a city from the dateline but not from elsewhere in the body", () => {
    const dateline = "МОСКВА, 22 октября. Ильхам Алиев прибыл в Россию с рабочим визитом.";
    const body =
      "Ильхам Алиев прибыл в Россию с рабочим визитом. Рейсы между Москвой и Баку растут.";
    for (const [text, city] of [
      [dateline, "Москва"],
      [body, null],
    ] as const) {
      const a = analysis(text, "ru", [ALIYEV, PUTIN], [["Россию", "RU"]]);
      expect(findVisits(a).map((v) => [v.kind, v.city])).toEqual([["working", city]]);
    }
  });

  it("reads the host of a reception from its case when the guest comes first", () => {
    const berdimuhamedov: PersonSpec = {
      name: "Сердар Бердымухамедов",
      country: "TM",
      role: "president",
      forms: ["Сердара Бердымухамедова"],
    };
    const text =
      "Здесь Президента Сердара Бердымухамедова тепло встретил Президент России Владимир Путин.";
    const a = analysis(text, "ru", [berdimuhamedov, PUTIN], [["России", "RU"]]);
    expect(findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.host])).toEqual([
      ["TM", "RU", "Владимир Путин"],
    ]);
  });

  it("does not take an ambassador's post for a destination", () => {
    const abayev: PersonSpec = {
      name: "Даурен Абаев",
      country: "KZ",
      role: "ambassador",
      forms: ["Даурен Абаев"],
    };
    const text = "О предстоящем визите сообщил посол Казахстана в Москве Даурен Абаев.";
    const a = analysis(text, "ru", [abayev], [["Казахстана", "KZ"]]);
    expect(findVisits(a)).toEqual([]);
  });

  it("reads a trip dated months before the article as past", () => {
    const mirziyoyev: PersonSpec = {
      name: "Шавкат Мирзиёев",
      country: "UZ",
      role: "president",
      forms: ["Шавкат Мирзиёев"],
    };
    const text =
      "Шавкат Мирзиёев встретился с Ильхамом Алиевым. Стороны обсудили договоренности, достигнутые в ходе государственного визита президента Узбекистана в Азербайджан в июле этого года.";
    const a = analysis(
      text,
      "ru",
      [mirziyoyev, ALIYEV],
      [
        ["Узбекистана", "UZ"],
        ["Азербайджан", "AZ"],
      ],
      "2025-11-15",
    );
    expect(findVisits(a).map(pick)).toEqual([
      expect.objectContaining({
        guestCountry: "UZ",
        hostCountry: "AZ",
        kind: "state",
        startDate: null,
        tense: "past",
      }),
    ]);
  });

  it("reads a Kazakh reception, where the verb comes last", () => {
    const tokayevKk: PersonSpec = {
      name: "Қасым-Жомарт Тоқаев",
      country: "KZ",
      role: "president",
      forms: ["Қасым-Жомарт Тоқаев"],
    };
    const xi: PersonSpec = {
      name: "Си Цзиньпин",
      country: "CN",
      role: "president",
      forms: ["Си Цзиньпинді"],
    };
    const text = "Астана. Қасым-Жомарт Тоқаев Ақордада Си Цзиньпинді қабылдады.";
    const a = analysis(text, "kk", [tokayevKk, xi], []);
    expect(
      findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.guest, v.host, v.city]),
    ).toEqual([["CN", "KZ", "Си Цзиньпин", "Қасым-Жомарт Тоқаев", "Астана"]]);
  });

  it("reads a Kazakh reception with the guest, in the accusative, before the host", () => {
    const tokayevKk: PersonSpec = {
      name: "Қасым-Жомарт Тоқаев",
      country: "KZ",
      role: "president",
      forms: ["Тоқаевты"],
    };
    const mirziyoyev: PersonSpec = {
      name: "Шавкат Мирзиёев",
      country: "UZ",
      role: "president",
      forms: ["Шавкат Мирзиёев"],
    };
    const text = "Ташкент. Әуежайда Тоқаевты Шавкат Мирзиёев қарсы алды.";
    const a = analysis(text, "kk", [tokayevKk, mirziyoyev], []);
    expect(findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.guest, v.host])).toEqual([
      ["KZ", "UZ", "Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев"],
    ]);
  });

  it("reads an English visit", () => {
    const tokayevEn: PersonSpec = {
      name: "Kassym-Jomart Tokayev",
      country: "KZ",
      role: "president",
      forms: ["Tokayev"],
    };
    const putinEn: PersonSpec = {
      name: "Vladimir Putin",
      country: "RU",
      role: "president",
      forms: ["Putin"],
    };
    const text = "Tokayev is on an official visit to Moscow. He will hold talks with Putin.";
    const a = analysis(text, "en", [tokayevEn, putinEn], []);
    expect(findVisits(a).map(pick)).toEqual([
      {
        guestCountry: "KZ",
        hostCountry: "RU",
        guest: "Kassym-Jomart Tokayev",
        host: "Vladimir Putin",
        kind: "official",
        level: "head_of_state",
        city: "Moscow",
        startDate: null,
        tense: "current",
      },
    ]);
  });

  it("does not read Kazakh 'wants to' (-гім келеді) as a future trip", () => {
    const tokayevKk: PersonSpec = {
      name: "Қасым-Жомарт Тоқаев",
      country: "KZ",
      role: "president",
      forms: ["Қасым-Жомарт Тоқаев"],
    };
    const aliyevKk: PersonSpec = {
      name: "Ильхам Әлиев",
      country: "AZ",
      role: "president",
      forms: ["Ильхам Әлиев"],
    };
    const text =
      "Қасым-Жомарт Тоқаев пен Ильхам Әлиев мәлімдеме жасады. «Бакуға ресми сапармен келуге шақырғаны үшін ризашылығымды білдіргім келеді».";
    const a = analysis(text, "kk", [tokayevKk, aliyevKk], []);
    expect(
      findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.kind, v.city, v.tense]),
    ).toEqual([["KZ", "AZ", "official", "Баку", "current"]]);
  });

  it("dates an announced trip by the date nearest to it, not the dateline", () => {
    const tokayevEn: PersonSpec = {
      name: "Kassym-Jomart Tokayev",
      country: "KZ",
      role: "president",
      forms: ["Kassym-Jomart Tokayev"],
    };
    const text =
      "ASTANA, August 28, 2024 – Kassym-Jomart Tokayev will pay a state visit to China on September 2-3.";
    const a = analysis(text, "en", [tokayevEn], [["China", "CN"]], "2024-08-28");
    expect(findVisits(a).map((v) => [v.hostCountry, v.startDate, v.tense])).toEqual([
      ["CN", "2024-09-02", "future"],
    ]);
  });

  it.each([
    [
      "talks in one side's capital",
      "Сегодня в Астане состоялись переговоры президентов Азербайджана и Казахстана.",
      [["AZ", "KZ", "Астана"]],
    ],
    [
      "talks in one side's capital, sentence-initial",
      "В Астане состоялись переговоры президентов Азербайджана и Казахстана.",
      [["AZ", "KZ", "Астана"]],
    ],
    [
      "talks in a third country",
      "Ильхам Алиев и Касым-Жомарт Токаев провели переговоры в Душанбе на полях саммита.",
      [],
    ],
    [
      "talks by video link",
      "Ильхам Алиев и Касым-Жомарт Токаев провели переговоры в Астане по видеосвязи.",
      [],
    ],
  ])("reads a meeting place: %s", (_label, text, want) => {
    const a = analysis(
      text,
      "ru",
      [TOKAYEV, ALIYEV],
      [
        ["Азербайджана", "AZ"],
        ["Казахстана", "KZ"],
      ],
    );
    expect(findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.city])).toEqual(want);
  });

  it("takes the level from the office named after the trip noun when no person is named", () => {
    const text =
      "Стороны обсудили подготовку к визиту премьер-министра Японии в Казахстан в следующем году.";
    const a = analysis(
      text,
      "ru",
      [],
      [
        ["Японии", "JP"],
        ["Казахстан", "KZ"],
      ],
    );
    expect(
      findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.guest, v.level, v.tense]),
    ).toEqual([["JP", "KZ", null, "head_of_government", "future"]]);
  });

  it.each([
    [
      "ru",
      "Президент Казахстана провел переговоры с президентом Турции, который прибыл в Астану.",
      "TR",
      "head_of_state",
    ],
    ["kk", "Мысыр Премьер-министрі Қазақстанға жұмыс сапарымен келді.", "EG", "head_of_government"],
  ] as const)(
    "takes the level of an unnamed guest from the office beside the state (%s)",
    (lang, text, guest, level) => {
      const a = analysis(
        text,
        lang,
        [],
        [
          ["Казахстана", "KZ"],
          ["Турции", "TR"],
          ["Мысыр", "EG"],
          ["Қазақстанға", "KZ"],
        ],
      );
      expect(findVisits(a).map((v) => [v.guestCountry, v.level])).toEqual([[guest, level]]);
    },
  );

  it.each([
    ["Мысыр Премьер-министрі Қазақстанға жұмыс сапарымен келді.", "Қазақстанға", "KZ", ["KZ"]],
    ["Мысыр Премьер-министрі АҚШ-қа жұмыс сапарымен келді.", "АҚШ", "US", ["US"]],
    // A case ending is written in lower case: an upper-case word names no destination.
    ["Мысыр Премьер-министрі ҚАЗАҚСТАНҒА жұмыс сапарымен келді.", "ҚАЗАҚСТАНҒА", "KZ", []],
  ])("reads a Kazakh destination by its lower-case ending: %s", (text, place, code, hosts) => {
    const a = analysis(
      text,
      "kk",
      [],
      [
        ["Мысыр", "EG"],
        [place, code],
      ],
    );
    expect(findVisits(a).map((v) => v.hostCountry)).toEqual(hosts);
  });

  it("ignores a state named inside the outlet's name", () => {
    const text =
      "АНКАРА, 25 июня. KAZAKHSTAN TODAY – Президент Египта прибыл в Анкару с неофициальным визитом.";
    const a = analysis(
      text,
      "ru",
      [],
      [
        ["KAZAKHSTAN", "KZ"],
        ["Египта", "EG"],
      ],
    );
    a.header.source = "KAZAKHSTAN TODAY";
    expect(findVisits(a).map((v) => [v.guestCountry, v.hostCountry, v.kind, v.city])).toEqual([
      ["EG", "TR", "unofficial", "Анкара"],
    ]);
  });

  it.each([
    [
      "a phone call",
      "Президент России Владимир Путин провел телефонный разговор с Касым-Жомартом Токаевым.",
    ],
    ["taking part", "Касым-Жомарт Токаев принял участие в саммите в Москве."],
    ["a Kazakh auxiliary verb", "Қасым-Жомарт Тоқаевқа алғысымды білдіргім келеді."],
  ])("finds no visit in %s", (_label, text) => {
    const a = analysis(
      text,
      text.includes("ә") || text.includes("қ") ? "kk" : "ru",
      [TOKAYEV, PUTIN],
      [["России", "RU"]],
    );
    expect(findVisits(a)).toEqual([]);
  });

  it("finds no visit in the reception of an ambassador posted in the country", () => {
    const text = "Касым-Жомарт Токаев принял посла России Алексея Бородавкина.";
    const envoy: PersonSpec = {
      name: "Алексей Бородавкин",
      country: "RU",
      role: "ambassador",
      forms: ["Алексея Бородавкина"],
    };
    const a = analysis(text, "ru", [TOKAYEV, envoy], [["России", "RU"]]);
    expect(findVisits(a)).toEqual([]);
  });

  it("names the rule and span of every visit", () => {
    const text = "Президент Азербайджана Ильхам Алиев прибыл в Казахстан.";
    const a = analysis(
      text,
      "ru",
      [TOKAYEV, ALIYEV],
      [
        ["Казахстан", "KZ"],
        ["Азербайджана", "AZ"],
      ],
    );
    const [v] = findVisits(a);
    expect(v?.rule).toBe("visit.travel");
    expect(text.slice(v!.span.start, v!.span.end)).toBe("прибыл");
  });
});

describe("findVisits on long input", () => {
  it("stays linear when one sentence holds thousands of trip words", () => {
    const small = analysis("визит в Москву визит ".repeat(2_000), "ru", [], [["Москву", "RU"]]);
    const big = analysis("визит в Москву визит ".repeat(8_000), "ru", [], [["Москву", "RU"]]);
    const t0 = performance.now();
    findVisits(small);
    const t1 = performance.now();
    findVisits(big);
    const t2 = performance.now();
    // Four times the input may cost at most about four times as much (with slack for noise).
    expect(t2 - t1).toBeLessThan(Math.max(8 * (t1 - t0), 2_000));
  });
});

describe("findCities", () => {
  it.each([
    ["прибыл в Астану", "Астана", "KZ"],
    ["переговоры в Ташкенте", "Ташкент", "UZ"],
    ["визит в Баку", "Баку", "AZ"],
    ["Мәскеуге сапармен барды", "Мәскеу", "RU"],
    ["Бакуге сапар", "Баку", "AZ"],
    ["Исламабадқа барды", "Исламабад", "PK"],
    ["an official visit to New Delhi", "New Delhi", "IN"],
    ["в Нур-Султане", "Нур-Султан", "KZ"],
  ])("%s → %s", (text, name, code) => {
    const found = findCities(text);
    expect(found.map((c) => [c.name, c.code])).toEqual([[name, code]]);
    expect(
      text
        .slice(found[0]!.start, found[0]!.end)
        .toLowerCase()
        .startsWith(name.toLowerCase().slice(0, 3)),
    ).toBe(true);
  });

  it.each(["ош жылдары", "в ноябре", "Президент Казахстана"])("finds no city in %s", (text) => {
    expect(findCities(text)).toEqual([]);
  });
});
