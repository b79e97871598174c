// A small, hand-written graph stored directly, so API tests do not depend on extraction results.
import type { Db } from "mongodb";
import { collections } from "../../src/db/collections.js";
import type {
  ArticleDoc,
  CountryDoc,
  DocumentMentionFields,
  MentionDoc,
  PersonDoc,
  StatementDoc,
  VisitDoc,
} from "../../src/db/types.js";
import { searchFields } from "../../src/store/search-tokens.js";

const RU_TEXT =
  "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Азербайджана Ильхамом Алиевым. " +
  "«Азербайджан – важный и надежный стратегический партнер Казахстана», – сказал Токаев. " +
  "Подписано Соглашение о стратегическом партнерстве.";
const KK_TEXT =
  "Қазақстан Президенті Қасым-Жомарт Тоқаев Бакуге ресми сапармен барды. " +
  "«Біз бүгін жемісті келіссөз жүргіздік», – деді Тоқаев.";
const TJ_TEXT = "Президент Таджикистана Эмомали Рахмон прибыл в Астану с государственным визитом.";

function article(id: string, over: Partial<ArticleDoc> & Pick<ArticleDoc, "text">): ArticleDoc {
  return {
    _id: id,
    contentHash: `hash-${id}`,
    title: null,
    language: "ru",
    publishedOn: null,
    sourceName: null,
    url: null,
    fileName: null,
    ingestedAt: new Date("2025-01-01T00:00:00Z"),
    extractorVersion: "test",
    empty: false,
    countryCodes: [],
    personIds: [],
    visitIds: [],
    documentIds: [],
    ...searchFields(over.title ?? ""),
    ...over,
  };
}

function country(code: string, ru: string, kk: string, en: string): CountryDoc {
  return { _id: code, names: { ru, kk, en } };
}

function person(
  id: string,
  over: Partial<PersonDoc> & Pick<PersonDoc, "name" | "aliases">,
): PersonDoc {
  const names = over.names ?? { ru: over.name };
  return {
    _id: id,
    key: id,
    names,
    countryCode: null,
    role: null,
    title: null,
    ...searchFields([over.name, ...Object.values(names), ...over.aliases].join(" ")),
    ...over,
  };
}

function span(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture text lacks ${words}`);
  return { start, end: start + words.length };
}

export const ids = {
  ruArticle: "a_ru",
  kkArticle: "a_kk",
  tjArticle: "a_tj",
  tokayev: "p_tokayev",
  aliyev: "p_aliyev",
  rahmon: "p_rahmon",
  azToKz: "v_az_kz",
  kzToAz: "v_kz_az",
  tjToKz: "v_tj_kz",
  ruStatement: "s_ru",
  kkStatement: "s_kk",
  agreement: "d_agreement",
  declaration: "d_declaration",
};

export const texts = { ru: RU_TEXT, kk: KK_TEXT, tj: TJ_TEXT };

export const ruQuote = "Азербайджан – важный и надежный стратегический партнер Казахстана";
export const kkQuote = "Біз бүгін жемісті келіссөз жүргіздік";

export async function insertFixtures(db: Db): Promise<void> {
  const c = collections(db);
  await c.countries.insertMany([
    country("KZ", "Казахстан", "Қазақстан", "Kazakhstan"),
    country("AZ", "Азербайджан", "Әзербайжан", "Azerbaijan"),
    country("TJ", "Таджикистан", "Тәжікстан", "Tajikistan"),
  ]);
  await c.articles.insertMany([
    article(ids.ruArticle, {
      text: RU_TEXT,
      title: "Президенты Казахстана и Азербайджана провели переговоры",
      publishedOn: "2023-04-10",
      sourceName: "Kazakhstan Today",
      url: "https://example.org/kz-az",
      countryCodes: ["KZ", "AZ"],
      personIds: [ids.tokayev, ids.aliyev],
      visitIds: [ids.azToKz],
      documentIds: [ids.agreement],
    }),
    article(ids.kkArticle, {
      text: KK_TEXT,
      title: "Бакуге сапар – нәтижелі сапар болды",
      language: "kk",
      publishedOn: "2024-08-20",
      countryCodes: ["KZ", "AZ"],
      personIds: [ids.tokayev],
      visitIds: [ids.kzToAz],
    }),
    article(ids.tjArticle, {
      text: TJ_TEXT,
      title: "Визит Рахмона в Астану",
      publishedOn: "2025-08-21",
      countryCodes: ["TJ", "KZ"],
      personIds: [ids.rahmon],
      visitIds: [ids.tjToKz],
      documentIds: [ids.declaration],
    }),
  ]);
  await c.people.insertMany([
    person(ids.tokayev, {
      name: "Касым-Жомарт Токаев",
      names: { ru: "Касым-Жомарт Токаев", kk: "Қасым-Жомарт Тоқаев" },
      aliases: ["Касым-Жомарт Токаев", "Токаев", "Қасым-Жомарт Тоқаев", "Тоқаев"],
      countryCode: "KZ",
      role: "president",
      title: "Президент Казахстана",
    }),
    person(ids.aliyev, {
      name: "Ильхам Алиев",
      aliases: ["Ильхам Алиев", "Ильхамом Алиевым"],
      countryCode: "AZ",
      role: "president",
    }),
    person(ids.rahmon, {
      name: "Эмомали Рахмон",
      aliases: ["Эмомали Рахмон"],
      countryCode: "TJ",
      role: "president",
    }),
  ]);
  // The words that name Tokayev, as the mention in the Russian article records them.
  await c.mentions.insertOne({
    _id: `${ids.ruArticle}:p:tokayev`,
    articleId: ids.ruArticle,
    kind: "person",
    group: ids.tokayev,
    entityId: ids.tokayev,
    publishedOn: null,
    person: {
      key: ids.tokayev,
      name: "Касым-Жомарт Токаев",
      language: "ru",
      aliases: ["Касым-Жомарт Токаев"],
      countryCode: "KZ",
      role: "president",
      title: "Президент Казахстана",
      spans: [span(RU_TEXT, "Касым-Жомарт Токаев")],
    },
  });
  const visit = (
    id: string,
    over: Partial<VisitDoc> & Pick<VisitDoc, "guestCountry" | "hostCountry">,
  ): VisitDoc => ({
    _id: id,
    guestId: null,
    hostId: null,
    kind: "official",
    level: "head_of_state",
    city: null,
    startDate: null,
    endDate: null,
    status: "COMPLETED",
    tense: "past",
    articleIds: [],
    evidence: [],
    ...over,
  });
  await c.visits.insertMany([
    visit(ids.azToKz, {
      guestCountry: "AZ",
      hostCountry: "KZ",
      guestId: ids.aliyev,
      hostId: ids.tokayev,
      city: "Астана",
      startDate: "2023-04-10",
      articleIds: [ids.ruArticle],
      evidence: [{ articleId: ids.ruArticle, ...span(RU_TEXT, "провел переговоры") }],
    }),
    visit(ids.kzToAz, {
      guestCountry: "KZ",
      hostCountry: "AZ",
      guestId: ids.tokayev,
      city: "Баку",
      startDate: "2024-08-20",
      articleIds: [ids.kkArticle],
    }),
    visit(ids.tjToKz, {
      guestCountry: "TJ",
      hostCountry: "KZ",
      guestId: ids.rahmon,
      kind: "state",
      status: "PLANNED",
      tense: "future",
      startDate: "2025-08-21",
      articleIds: [ids.tjArticle],
    }),
  ]);
  const statement = (
    id: string,
    articleId: string,
    text: string,
    words: string,
    language: StatementDoc["language"],
    visitId: string,
  ): StatementDoc => ({
    _id: id,
    articleId,
    speakerId: ids.tokayev,
    speakerCountry: "KZ",
    kind: "direct",
    text: words,
    language,
    visitId,
    // Both statements were made during visits between Azerbaijan and Kazakhstan.
    visitCountries: "AZ|KZ",
    ...span(text, words),
    ...searchFields(words),
  });
  await c.statements.insertMany([
    statement(ids.ruStatement, ids.ruArticle, RU_TEXT, ruQuote, "ru", ids.azToKz),
    statement(ids.kkStatement, ids.kkArticle, KK_TEXT, kkQuote, "kk", ids.kzToAz),
  ]);
  const agreementTitle = "Соглашение о стратегическом партнерстве";
  await c.documents.insertMany([
    {
      _id: ids.agreement,
      title: agreementTitle,
      kind: "agreement",
      status: "SIGNED",
      tense: "past",
      countries: ["AZ", "KZ"],
      parties: ["Казахстан", "Азербайджан"],
      signatoryIds: [ids.tokayev, ids.aliyev],
      signedOn: "2023-04-10",
      visitId: ids.azToKz,
      ...searchFields(agreementTitle),
    },
    {
      _id: ids.declaration,
      title: "Декларация о союзнических отношениях",
      kind: "declaration",
      status: "PLANNED",
      tense: "future",
      countries: ["KZ", "TJ"],
      parties: [],
      signatoryIds: [],
      signedOn: null,
      visitId: ids.tjToKz,
      ...searchFields("Декларация о союзнических отношениях"),
    },
  ]);
  // The articles that name the documents, as their mentions record them.
  const documentMention = (
    documentId: string,
    articleId: string,
    fields: Omit<DocumentMentionFields, "key" | "visitMentionId">,
  ): MentionDoc => ({
    _id: `${articleId}:d:${documentId}`,
    articleId,
    kind: "document",
    group: documentId,
    entityId: documentId,
    publishedOn: null,
    document: { key: documentId, visitMentionId: null, ...fields },
  });
  await c.mentions.insertMany([
    documentMention(ids.agreement, ids.ruArticle, {
      title: agreementTitle,
      kind: "agreement",
      tense: "past",
      countries: ["AZ", "KZ"],
      parties: ["Казахстан", "Азербайджан"],
      signatoryIds: [ids.tokayev, ids.aliyev],
      spans: [span(RU_TEXT, agreementTitle)],
    }),
    documentMention(ids.declaration, ids.tjArticle, {
      title: "Декларация о союзнических отношениях",
      kind: "declaration",
      tense: "future",
      countries: ["KZ", "TJ"],
      parties: [],
      signatoryIds: [],
      spans: [],
    }),
  ]);
}
