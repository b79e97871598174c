import { describe, expect, it } from "vitest";
import { docLemma } from "../../src/extraction/rules/documents/title.js";
import { findDocuments } from "../../src/extraction/rules/documents.js";
import type { DocumentKind, Language, Tense } from "../../src/extraction/types.js";
import { handAnalysis, type PersonSpec } from "../helpers/analysis.js";

const TOKAYEV: PersonSpec = {
  name: "Касым-Жомарт Токаев",
  country: "KZ",
  role: "president",
  forms: ["Касым-Жомарт Токаев"],
};
const ALIYEV: PersonSpec = {
  name: "Ильхам Алиев",
  country: "AZ",
  role: "president",
  forms: ["Ильхам Алиев"],
};
const KZ_AZ: Array<[string, string]> = [
  ["KZ", "Казахстана"],
  ["KZ", "Республики Казахстан"],
  ["KZ", "Республикой Казахстан"],
  ["AZ", "Азербайджана"],
  ["AZ", "Азербайджанской Республики"],
  ["TJ", "Республикой Таджикистан"],
];

interface Expected {
  title: string;
  kind: DocumentKind;
  tense: Tense;
  countries?: string[];
  signatories?: string[];
  mentions?: number;
}

interface Case {
  name: string;
  lang?: Language;
  text: string;
  people?: PersonSpec[];
  expected: Expected[];
}

const cases: Case[] = [
  {
    name: "bulleted list after a signing line, one document an item",
    text: "Президенты Казахстана и Азербайджана провели переговоры.\nБыли подписаны следующие документы:\n\n  • Меморандум о взаимопонимании между Министерством информации Республики Казахстан и Министерством молодежи Азербайджанской Республики;\n  • Программа сотрудничества на 2023-2025 гг.\n\nНапомним, визит продлится два дня.",
    expected: [
      {
        title:
          "Меморандум о взаимопонимании между Министерством информации Республики Казахстан и Министерством молодежи Азербайджанской Республики",
        kind: "memorandum",
        tense: "current",
        countries: ["KZ", "AZ"],
      },
      {
        title: "Программа сотрудничества на 2023-2025 гг.",
        kind: "program",
        tense: "current",
        countries: ["KZ", "AZ"],
      },
    ],
  },
  {
    name: "unbulleted items a blank line apart",
    text: "Казахстана и Азербайджана лидеры встретились. Состоялся обмен рядом подписанных документов. В их числе:\n\nДоговор о функционировании зоны приграничной торговли;\n\nСоглашение о сотрудничестве в области здравоохранения;\n\nВ завершение лидеры пообедали.",
    expected: [
      {
        title: "Договор о функционировании зоны приграничной торговли",
        kind: "treaty",
        tense: "current",
      },
      {
        title: "Соглашение о сотрудничестве в области здравоохранения",
        kind: "agreement",
        tense: "current",
      },
    ],
  },
  {
    name: "two documents in one signing sentence, with their signatories",
    text: "По итогам переговоров президенты Касым-Жомарт Токаев и Ильхам Алиев подписали совместное заявление и протокол о создании высшего межгосударственного совета Республики Казахстан и Азербайджанской Республики.",
    people: [TOKAYEV, ALIYEV],
    expected: [
      {
        title: "Совместное заявление",
        kind: "joint_statement",
        tense: "current",
        countries: ["KZ", "AZ"],
        signatories: [TOKAYEV.name, ALIYEV.name],
      },
      {
        title:
          "Протокол о создании высшего межгосударственного совета Республики Казахстан и Азербайджанской Республики",
        kind: "protocol",
        tense: "current",
        countries: ["KZ", "AZ"],
        signatories: [TOKAYEV.name, ALIYEV.name],
      },
    ],
  },
  {
    name: "earlier instruments, put in the nominative",
    text: "Президенты Казахстана и Азербайджана встретились. В прошлом году мы подписали декларацию об укреплении стратегических отношений, а также Комплексную программу развития сотрудничества до 2026 года.",
    expected: [
      {
        title: "Декларация об укреплении стратегических отношений",
        kind: "declaration",
        tense: "past",
      },
      {
        title: "Комплексная программа развития сотрудничества до 2026 года",
        kind: "program",
        tense: "past",
      },
    ],
  },
  {
    name: "an instrument agreed to be adopted is future",
    text: "Для систематизации работы договорились принять Программу культурного сотрудничества.",
    expected: [{ title: "Программа культурного сотрудничества", kind: "program", tense: "future" }],
  },
  {
    name: "a plural document noun with coordinated complements",
    text: "По итогам переговоров были подписаны документы о сотрудничестве в сфере медицинского страхования, формировании перечня научных изданий и утверждении плана работы.",
    expected: [
      {
        title: "Документ о сотрудничестве в сфере медицинского страхования",
        kind: "other",
        tense: "current",
      },
      { title: "Документ о формировании перечня научных изданий", kind: "other", tense: "current" },
      { title: "Документ об утверждении плана работы", kind: "other", tense: "current" },
    ],
  },
  {
    name: "the same document named twice is one document with two mentions",
    text: "«Подписывается Декларация о союзническом взаимодействии», – сказал он.\nПо итогам переговоров были подписаны следующие документы:\n- Декларация о союзническом взаимодействии между Республикой Казахстан и Республикой Таджикистан.\n",
    expected: [
      {
        title:
          "Декларация о союзническом взаимодействии между Республикой Казахстан и Республикой Таджикистан",
        kind: "declaration",
        tense: "current",
        countries: ["KZ", "TJ"],
        mentions: 2,
      },
    ],
  },
  {
    name: "a named treaty without a signing verb is an earlier one",
    text: "Визит проходит в год 20-летия Договора о стратегическом партнерстве Казахстана и Азербайджана.",
    expected: [
      {
        title: "Договор о стратегическом партнерстве Казахстана и Азербайджана",
        kind: "treaty",
        tense: "past",
        countries: ["KZ", "AZ"],
      },
    ],
  },
  {
    name: "an organisation's name is not a document",
    text: "Президент примет участие в саммите Организации Договора о коллективной безопасности 23 ноября.",
    expected: [],
  },
  {
    name: "documents without a name are not listed",
    text: "Сегодня этот список пополнится новыми важными соглашениями. Будет принят ряд важных документов.",
    expected: [],
  },
  {
    name: "Kazakh: the name comes before the noun",
    lang: "kk",
    text: "Осы серіктестігімізді одан әрі нығайту туралы декларацияға қол қойылды.",
    expected: [
      {
        title: "Серіктестігімізді одан әрі нығайту туралы декларация",
        kind: "declaration",
        tense: "current",
      },
    ],
  },
  {
    name: "English joint declaration",
    lang: "en",
    text: "Putin and Tokayev signed a joint declaration on the 30th anniversary of diplomatic relations.",
    expected: [
      {
        title: "Joint declaration on the 30th anniversary of diplomatic relations",
        kind: "declaration",
        tense: "current",
      },
    ],
  },
  {
    name: "Kazakh list whose items end in their noun",
    lang: "kk",
    text: "Келіссөздер қорытындысы бойынша келесі құжаттарға қол қойылды:\n- Стратегиялық серіктестік туралы шарт;\n- Көлік саласындағы ынтымақтастық туралы келісім.\n",
    expected: [
      { title: "Стратегиялық серіктестік туралы шарт", kind: "treaty", tense: "current" },
      {
        title: "Көлік саласындағы ынтымақтастық туралы келісім",
        kind: "agreement",
        tense: "current",
      },
    ],
  },
  {
    name: "ratification instruments exchanged now leave the treaty an earlier one",
    text: "Стороны обменялись ратифицированными грамотами договора об отдельных участках границы.",
    expected: [{ title: "Договор об отдельных участках границы", kind: "treaty", tense: "past" }],
  },
];

describe("findDocuments", () => {
  it.each(cases)("$name", ({ text, lang, people, expected }) => {
    const docs = findDocuments(handAnalysis(text, lang ?? "ru", people ?? [], KZ_AZ));
    expect(docs.map((d) => ({ title: d.title, kind: d.kind, tense: d.tense }))).toEqual(
      expected.map(({ title, kind, tense }) => ({ title, kind, tense })),
    );
    expected.forEach((e, i) => {
      const d = docs[i];
      if (!d) return;
      if (e.countries) expect([...d.countries].sort()).toEqual([...e.countries].sort());
      if (e.signatories) expect(d.signatories).toEqual(e.signatories);
      if (e.mentions) expect(d.mentions).toHaveLength(e.mentions);
      expect(d.rule).toMatch(/^(ru|kk|en)\.document\./);
      for (const m of d.mentions) expect(m.end).toBeGreaterThan(m.start);
    });
  });

  it("stays linear on a long run-on text without sentence stops", () => {
    const chunk =
      "стороны подписали соглашение о сотрудничестве в сфере энергетики и меморандум о туризме ";
    const small = handAnalysis(chunk.repeat(2_000), "ru", []);
    const large = handAnalysis(chunk.repeat(16_000), "ru", []);
    findDocuments(small);
    let started = performance.now();
    expect(findDocuments(small).length).toBeGreaterThan(0);
    const smallMs = performance.now() - started;
    started = performance.now();
    expect(findDocuments(large).length).toBeGreaterThan(0);
    const largeMs = performance.now() - started;
    // Eight times the input may take at most about eight times as long (with slack for noise).
    expect(largeMs).toBeLessThan(Math.max(16 * smallMs, 3_000));
  });
});

describe("docLemma", () => {
  it.each([
    ["a year range the lemmatizer has no form for", "2024-2026", "ru", "2024-2026"],
    ["a Kazakh word the lemmatizer also knows in capitals", "жол", "kk", "жол"],
    ["a Russian noun in the genitive", "соглашения", "ru", "соглашение"],
  ] as const)("reads %s", (_label, word, lang, expected) => {
    expect(docLemma(word, lang)).toBe(expected);
  });
});
