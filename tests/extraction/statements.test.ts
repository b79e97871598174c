import { describe, expect, it } from "vitest";
import { findStatements } from "../../src/extraction/rules/statements.js";
import type { Language } from "../../src/extraction/types.js";
import { handAnalysis, type PersonSpec } from "../helpers/analysis.js";

const TOKAYEV: PersonSpec = {
  name: "Касым-Жомарт Токаев",
  country: "KZ",
  role: "president",
  forms: ["Касым-Жомарт Токаев", "Касым-Жомарту Токаеву", "Токаев"],
};
const ALIYEV: PersonSpec = {
  name: "Ильхам Алиев",
  country: "AZ",
  role: "president",
  forms: ["Ильхам Алиев", "Ильхамом Алиевым", "Алиев"],
};
const RAHMON: PersonSpec = {
  name: "Эмомали Рахмон",
  country: "TJ",
  role: "president",
  forms: ["Эмомали Рахмон", "Рахмон"],
};
const PESKOV: PersonSpec = {
  name: "Дмитрий Песков",
  country: "RU",
  role: "other",
  forms: ["Дмитрий Песков"],
};
const TOKAYEV_KK: PersonSpec = {
  name: "Қасым-Жомарт Тоқаев",
  country: "KZ",
  role: "president",
  forms: ["Қасым-Жомарт Тоқаев", "Тоқаев"],
};
const TOKAYEV_EN: PersonSpec = {
  name: "Kassym-Jomart Tokayev",
  country: "KZ",
  role: "president",
  forms: ["Tokayev"],
};
const PUTIN_EN: PersonSpec = {
  name: "Vladimir Putin",
  country: "RU",
  role: "president",
  forms: ["Putin"],
};

interface Case {
  name: string;
  lang?: Language;
  text: string;
  people: PersonSpec[];
  countries?: Array<[string, string]>;
  expected: Array<{ speaker: string; kind: "direct" | "indirect"; text: string }>;
}

const cases: Case[] = [
  {
    name: "dash-led paragraph with the attribution after a dash",
    text: "– Я придаю этому визиту особое значение. Это важно для нас, – заявил Касым-Жомарт Токаев.",
    people: [TOKAYEV],
    expected: [
      {
        speaker: TOKAYEV.name,
        kind: "direct",
        text: "Я придаю этому визиту особое значение. Это важно для нас",
      },
    ],
  },
  {
    name: "closing mark whose opening mark is missing, bare title resolved to the last subject",
    text: 'Касым-Жомарт Токаев встретился с Ильхамом Алиевым.\n\nАзербайджан для нас не просто важный партнер, а братское государство", - подчеркнул президент.',
    people: [TOKAYEV, ALIYEV],
    expected: [
      {
        speaker: TOKAYEV.name,
        kind: "direct",
        text: "Азербайджан для нас не просто важный партнер, а братское государство",
      },
    ],
  },
  {
    name: "nested guillemets stay inside, title with country picks the speaker",
    text: "Переговоры прошли в Астане. «Мы подписали «Дорожную карту» на три ближайших года», – сказал Президент Азербайджана.",
    people: [TOKAYEV, ALIYEV],
    countries: [["AZ", "Азербайджана"]],
    expected: [
      {
        speaker: ALIYEV.name,
        kind: "direct",
        text: "Мы подписали «Дорожную карту» на три ближайших года",
      },
    ],
  },
  {
    name: "a quote over two paragraphs is one statement",
    text: "«Первый абзац нашей большой речи здесь.\n«Второй абзац нашей большой речи здесь», – сказал Эмомали Рахмон.",
    people: [RAHMON],
    expected: [
      {
        speaker: RAHMON.name,
        kind: "direct",
        text: "Первый абзац нашей большой речи здесь.\n«Второй абзац нашей большой речи здесь",
      },
    ],
  },
  {
    name: "a quoted name is not a statement",
    text: "Президента Таджикистана наградили орденом «Алтын Қыран». Эмомали Рахмон поблагодарил.",
    people: [RAHMON],
    expected: [],
  },
  {
    name: "Kazakh quote with деп мәлімдеді",
    lang: "kk",
    text: "«Біз бүгін кең ауқымды мәселелер жөнінде жемісті келіссөз жүргіздік» деп мәлімдеді Қасым-Жомарт Тоқаев.",
    people: [TOKAYEV_KK],
    expected: [
      {
        speaker: TOKAYEV_KK.name,
        kind: "direct",
        text: "Біз бүгін кең ауқымды мәселелер жөнінде жемісті келіссөз жүргіздік",
      },
    ],
  },
  {
    name: "a news agency's words are not a person's statement",
    lang: "kk",
    text: "«Қазақстан Президенті Қасым-Жомарт Тоқаев мәлімдеме жасады» деп хабарлайды ҚазАқпарат.",
    people: [TOKAYEV_KK],
    expected: [],
  },
  {
    name: "Kazakh reported clause ending in a participle, pronoun after a quote",
    lang: "kk",
    text: '"Аймақты бірыңғай мәдени кеңістік ретінде көрсету керек", – деді Тоқаев.\nСонымен қатар ол саммит жаңа парақтарын ашатынын атап өтті.',
    people: [TOKAYEV_KK],
    expected: [
      {
        speaker: TOKAYEV_KK.name,
        kind: "direct",
        text: "Аймақты бірыңғай мәдени кеңістік ретінде көрсету керек",
      },
      { speaker: TOKAYEV_KK.name, kind: "indirect", text: "саммит жаңа парақтарын ашатынын" },
    ],
  },
  {
    name: "reported clause after что",
    text: "Касым-Жомарт Токаев отметил, что между странами сформирована солидная база.",
    people: [TOKAYEV],
    expected: [
      {
        speaker: TOKAYEV.name,
        kind: "indirect",
        text: "между странами сформирована солидная база",
      },
    ],
  },
  {
    name: "как отметил X, ...",
    text: "Как отметил Касым-Жомарт Токаев, сотрудничество развивается успешно.",
    people: [TOKAYEV],
    expected: [
      { speaker: TOKAYEV.name, kind: "indirect", text: "сотрудничество развивается успешно" },
    ],
  },
  {
    name: "по его словам after a quote means the quote's speaker",
    text: "«Мы откроем новый центр в этом году», – заявил Касым-Жомарт Токаев.\nПо его словам, строительство идет быстрыми темпами.",
    people: [TOKAYEV],
    expected: [
      { speaker: TOKAYEV.name, kind: "direct", text: "Мы откроем новый центр в этом году" },
      { speaker: TOKAYEV.name, kind: "indirect", text: "строительство идет быстрыми темпами" },
    ],
  },
  {
    name: "reported words first, verb and speaker last",
    text: "В ноябре ожидается визит президента Казахстана в Россию, сообщил пресс-секретарь Дмитрий Песков.",
    people: [PESKOV],
    expected: [
      {
        speaker: PESKOV.name,
        kind: "indirect",
        text: "В ноябре ожидается визит президента Казахстана в Россию",
      },
    ],
  },
  {
    name: "a pronoun means the subject of the sentence before, not its object",
    text: "Эмомали Рахмон выразил признательность Касым-Жомарту Токаеву за приглашение. Он отметил, что переговоры были плодотворными.",
    people: [TOKAYEV, RAHMON],
    expected: [{ speaker: RAHMON.name, kind: "indirect", text: "переговоры были плодотворными" }],
  },
  {
    name: "Глава государства is the home head of state",
    text: "Касым-Жомарт Токаев провел переговоры с Ильхамом Алиевым.\n– Мы уделяем особое внимание расширению наших связей, – сказал Глава государства.",
    people: [TOKAYEV, ALIYEV],
    expected: [
      {
        speaker: TOKAYEV.name,
        kind: "direct",
        text: "Мы уделяем особое внимание расширению наших связей",
      },
    ],
  },
  {
    name: "the speaker's next act is not part of the reported clause",
    text: "Эмомали Рахмон отметил, что считает визит важным шагом и пригласил президента посетить Таджикистан.",
    people: [RAHMON],
    expected: [{ speaker: RAHMON.name, kind: "indirect", text: "считает визит важным шагом" }],
  },
  {
    name: "English quote with the speaker before the verb, and a following that-clause",
    lang: "en",
    text: 'During talks with Putin, Tokayev spoke first. "We are signing a declaration dedicated to this date," Tokayev said, adding that the visit is also symbolic.',
    people: [TOKAYEV_EN, PUTIN_EN],
    expected: [
      {
        speaker: TOKAYEV_EN.name,
        kind: "direct",
        text: "We are signing a declaration dedicated to this date",
      },
      { speaker: TOKAYEV_EN.name, kind: "indirect", text: "the visit is also symbolic" },
    ],
  },
  {
    name: "a quote introduced by a colon on the line before",
    text: "Выступая на форуме, Токаев сказал:\n«Мы будем и дальше развивать наше сотрудничество во всех сферах».",
    people: [TOKAYEV],
    expected: [
      {
        speaker: TOKAYEV.name,
        kind: "direct",
        text: "Мы будем и дальше развивать наше сотрудничество во всех сферах",
      },
    ],
  },
  {
    name: "Kazakh head-of-state title with деді",
    lang: "kk",
    text: "«Біз бірге жұмыс істейміз және дамимыз», – деді Мемлекет басшысы.",
    people: [TOKAYEV_KK],
    expected: [
      { speaker: TOKAYEV_KK.name, kind: "direct", text: "Біз бірге жұмыс істейміз және дамимыз" },
    ],
  },
];

describe("findStatements", () => {
  it.each(cases)("$name", ({ text, lang, people, countries, expected }) => {
    const a = handAnalysis(text, lang ?? "ru", people, countries ?? []);
    const got = findStatements(a);
    expect(got.map((s) => ({ speaker: s.speaker, kind: s.kind, text: s.text }))).toEqual(expected);
    for (const s of got) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.rule).toMatch(/^(ru|kk|en)\.(direct|indirect)\./);
    }
  });

  it("stays linear on a large input", () => {
    const paragraph =
      '«Мы придаем большое значение сотрудничеству», – заявил Касым-Жомарт Токаев. Он отметил, что работа идет. "Без закрытия кавычки и – тире - ';
    const small = handAnalysis(`${paragraph}\n`.repeat(1_000), "ru", [TOKAYEV]);
    const large = handAnalysis(`${paragraph}\n`.repeat(8_000), "ru", [TOKAYEV]);
    findStatements(small);
    let started = performance.now();
    expect(findStatements(small).length).toBeGreaterThan(0);
    const smallMs = performance.now() - started;
    started = performance.now();
    expect(findStatements(large).length).toBeGreaterThan(0);
    const largeMs = performance.now() - started;
    // Eight times the input may take at most about eight times as long (with slack for noise).
    expect(largeMs).toBeLessThan(Math.max(16 * smallMs, 2_000));
  });

  it("stays linear on quotation marks without words", () => {
    const small = handAnalysis(`${"«".repeat(20_000)}${"»".repeat(20_000)}`, "ru", []);
    const large = handAnalysis(`${"«".repeat(160_000)}${"»".repeat(160_000)}`, "ru", []);
    let started = performance.now();
    expect(findStatements(small)).toEqual([]);
    const smallMs = performance.now() - started;
    started = performance.now();
    expect(findStatements(large)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(Math.max(16 * smallMs, 2_000));
  });
});
