// Every rule id of the extractor, with an input each rule reads, so ids are typed and listed in one place.
import type { Language } from "../types.js";

/** What a rule produces: a fact of the output, or a piece that a stage reads internally. */
export type RuleFact =
  | "person"
  | "visit"
  | "statement"
  | "document"
  | "date"
  | "header"
  | "destination";

export interface RuleDefinition {
  /** The stable id, or for a rule run per language its id after the language prefix. */
  id: string;
  fact: RuleFact;
  /**
   * Languages whose prefix the id takes ("ru.document.mention"): the rule is one piece of code
   * that runs on each of them. Absent for ids without a prefix.
   */
  langs?: readonly Language[];
  /** An input the rule reads; a full sentence where one triggers the rule on its own. */
  example: string;
  reads: string;
  /** Why `example` alone does not make extract() emit a fact with this id, when it does not. */
  untested?: string;
  /** A given name alone that this rule reads is a whole reference: the title or throne says who. */
  givenNameAlone?: true;
}

const ALL: readonly Language[] = ["ru", "kk", "en"];
const RU_EN = ["ru", "en"] as const;
const KK = ["kk"] as const;
const INTERNAL = "read inside a stage to find a fact; no fact carries this id";
const DATE =
  "a date is read inside the pipeline and carried on no fact; the date scanner shows the id";

export const RULES = [
  // People: one id per way a name is recognised (src/extraction/rules/people/).
  {
    id: "person.title-name",
    fact: "person",
    example: "Министр иностранных дел России Сергей Лавров принял гостя.",
    reads: "a name right after a title from the role lexicons, which gives its role and state",
    givenNameAlone: true,
  },
  {
    id: "person.given-surname",
    fact: "person",
    example: "Касым-Жомарт Токаев провел переговоры в Баку.",
    reads: "a given name and a surname the name dictionaries know, with no title before them",
  },
  {
    id: "person.named-after",
    fact: "person",
    example: "Он окончил Евразийский национальный университет имени Льва Гумилева.",
    reads:
      "a name after 'имени' or before 'атындағы': a historical figure something is named after",
  },
  {
    id: "person.east-asian",
    fact: "person",
    example: "Трамп знает о состоянии здоровья Ким Чен Ына.",
    reads: "an East Asian family name followed by one or two short given-name syllables",
  },
  {
    id: "person.monarch",
    fact: "person",
    example: "71-летний принц Чарльз заразился коронавирусом.",
    reads: "a given name or one-word name right after a monarch's title",
    givenNameAlone: true,
  },
  {
    id: "person.regnal",
    fact: "person",
    example: "Капитана Тома поздравила королева Елизавета II.",
    reads: "given names followed by a regnal number: a monarch or a pope",
  },
  {
    id: "person.context",
    fact: "person",
    example: "Кокорин и Мамаев осуждены на полтора года.",
    reads:
      "a name that is no full name by itself, made a person by its context or a state in brackets",
  },
  {
    id: "person.surname",
    fact: "person",
    example: "Все дружно отметили 45-летие полёта Гагарина. С Гагариным всё уже давно ясно.",
    reads: "a lone surname, kept when the text names the person again or in full",
  },
  {
    id: "person.listed",
    fact: "person",
    example: "Кокорин и Мамаев осуждены на полтора года.",
    reads: "a lone surname listed beside a person, as in line-ups and lists of names",
  },
  {
    id: "person.kin",
    fact: "person",
    example:
      "Бывший президент США Барак Обама с женой Мишель приобрели жильё в Вашингтоне недалеко от Белого дома.",
    reads: "a given name alone right after a noun for a family member of a named person",
  },
  // Visits (src/extraction/rules/visits.ts).
  {
    id: "visit.travel",
    fact: "visit",
    example: "Глава МИД Казахстана придает особое значение первому визиту в Россию.",
    reads: "a visit word with a destination state, the guest named or taken from the home state",
  },
  {
    id: "visit.travel_other_party",
    fact: "visit",
    example: "Дені Германияда оқып келген.",
    reads: "a visit word whose guest state is the other party of the sentence, not a named guest",
  },
  {
    id: "visit.traveller",
    fact: "visit",
    example:
      "Еске салайық, Қасым-Жомарт Тоқаев 2023 жылы Түркіменстанға ресми сапармен барған болатын.",
    reads: "a visit word whose traveller is named but serves no state the text names",
  },
  {
    id: "visit.invitation",
    fact: "visit",
    example:
      "Президент Франции Эммануэль Макрон пригласил Касым-Жомарта Токаева посетить Францию, отметив роль Казахстана в регионе.",
    reads: "an invitation to visit: the invited one is the guest, the one who invites the host",
  },
  {
    id: "visit.reception",
    fact: "visit",
    example:
      "Президент Казахстана Касым-Жомарт Токаев тепло приветствовал в Акорде Председателя Китайской Народной Республики Си Цзиньпина.",
    reads: "a verb of receiving with a named host and a guest of another state",
  },
  {
    id: "visit.reception_by_office",
    fact: "visit",
    example:
      "Мемлекет басшысы Америка Құрама Штаттарының Мемлекеттік хатшысы Энтони Блинкенді қабылдады.",
    reads: "a reception whose host is named by office alone at the start of the sentence",
  },
  {
    id: "visit.meeting_place",
    fact: "visit",
    example: "В Москве состоялись туркмено-российские переговоры на высшем уровне.",
    reads: "talks held in a named place between its state and another",
  },
  {
    id: "visit.return",
    fact: "visit",
    example: "Бірі — Тайландтан, екіншісі Ресейден оралған.",
    reads: "a trip told by its end: coming back from a foreign place",
  },
  // Direct statements: `<lang>.direct.<quote shape>.<where the speaker is named>`
  // (QUOTE_RULES in src/extraction/rules/statements/quote-rules.ts; Kazakh unquoted words in
  // KAZAKH_VERB_RULES, statements/kazakh-rules.ts).
  {
    id: "direct.paired.attribution-after",
    fact: "statement",
    langs: ALL,
    example: "«Мы рады видеть вас в Астане», – сказал Касым-Жомарт Токаев.",
    reads: "words in paired quote marks, then a speech verb and the speaker",
  },
  {
    id: "direct.paired.attribution-inside",
    fact: "statement",
    langs: ALL,
    example:
      "«Это была не политическая акция, но, конечно, она имеет общественное значение, – уточнил Белов. – По договоренности с ГУВД было решено не устраивать никаких маршей».",
    reads: "words in paired quote marks interrupted by a speech verb and the speaker",
  },
  {
    id: "direct.paired.colon-before",
    fact: "statement",
    langs: ALL,
    example: "Виктор Понедельник: «Адвокат ведет себя, словно царь Иоанн Грозный».",
    reads: "the speaker and a colon, then words in paired quote marks",
  },
  {
    id: "direct.paired.subject-before",
    fact: "statement",
    langs: KK,
    example:
      "Салтанатты шарада қала әкімі Бауыржан Бәйбек жас сарбаздарға «Отан қорғау — абыройлы міндет пен жауапкершілік» екенін айтты.",
    reads: "Kazakh: the speaker before the quote on its line, which a bare verb closes",
  },
  {
    id: "direct.missing-open.attribution-after",
    fact: "statement",
    langs: ALL,
    example:
      'Мы твердо намерены и далее развивать всесторонние гуманитарные контакты", - заявил Касым-Жомарт Токаев.',
    reads:
      "words from the line start to a closing quote mark whose opening mark is lost, then the speaker",
  },
  {
    id: "direct.missing-open.attribution-inside",
    fact: "statement",
    langs: ALL,
    example: "Это важный визит, – сказал Касым-Жомарт Токаев. – Мы рады гостям».",
    reads: "words with a lost opening quote mark interrupted by a speech verb and the speaker",
  },
  {
    id: "direct.missing-open.colon-before",
    fact: "statement",
    langs: ALL,
    example: "Касым-Жомарт Токаев:\nМы рады видеть вас в Астане».",
    reads: "a speaker and colon on the line before words with a lost opening quote mark",
  },
  {
    id: "direct.dash.attribution-after",
    fact: "statement",
    langs: ALL,
    example: "— Мы рады видеть вас в Астане, — сказал Касым-Жомарт Токаев.",
    reads: "a paragraph opening with a dash, then a dash, a speech verb and the speaker",
  },
  {
    id: "direct.dash.attribution-inside",
    fact: "statement",
    langs: ALL,
    example: "— Мы рады видеть вас, — сказал Токаев. — Это важный визит.",
    reads: "a dash paragraph whose attribution stands between two parts of the words",
    untested: "a dash paragraph is found by the attribution after its words, so one inside is rare",
  },
  {
    id: "direct.dash.colon-before",
    fact: "statement",
    langs: ALL,
    example: "Касым-Жомарт Токаев:\n— Мы рады видеть вас в Астане.",
    reads: "a speaker and colon before a dash paragraph",
  },
  {
    id: "direct.unquoted-comma",
    fact: "statement",
    langs: KK,
    example: "Біз өңірдегі бейбітшілікті әрдайым қолдаймыз, деді Қасым-Жомарт Тоқаев.",
    reads: "Kazakh: unquoted words closed by a comma, a speech verb and the speaker after it",
  },
  // Reported speech (REPORTED_RULES in statements/reported-rules.ts, KAZAKH_VERB_RULES).
  {
    id: "indirect.verb-that",
    fact: "statement",
    langs: RU_EN,
    example: "Токарев сказал, что на орбите ему редко снятся сны.",
    reads: "a speech verb and 'что' or 'that', the clause after it spoken by the subject before",
  },
  {
    id: "indirect.as-noted",
    fact: "statement",
    langs: RU_EN,
    example:
      "Как отметила Варвара Визбор, в каком-то смысле деда можно считать «первым советским видеоблогером».",
    reads: "'как отметил X,' or 'as X noted,' and the clause after the comma",
  },
  {
    id: "indirect.intro-phrase",
    fact: "statement",
    langs: ALL,
    example:
      "По словам Токаева, темой разговора стали сотрудничество двух стран и «международная ситуация».",
    reads: "'по словам X,', 'X-тың айтуынша,', 'according to X,' and the clause after the comma",
  },
  {
    id: "indirect.clause-then-speaker",
    fact: "statement",
    langs: RU_EN,
    example:
      "Выступления же химкинских экологов никак не повлияли на возможную отставку подмосковного губернатора, отметил Минченко.",
    reads: "a clause, a comma, then a speech verb and the speaker closing the sentence",
  },
  {
    id: "indirect.dep-verb",
    fact: "statement",
    langs: KK,
    example: "Бұл өте маңызды сапар деп мәлімдеді Қасым-Жомарт Тоқаев.",
    reads: "Kazakh: a clause closed by 'деп' and a speech verb, the speaker before or after",
  },
  {
    id: "indirect.participle-verb",
    fact: "statement",
    langs: KK,
    example: "Нұрсұлтан Назарбаев бұл жағдайларға бейжай қарамайтындығын айтты.",
    reads: "Kazakh: a clause ending in a verbal noun, then a speech verb, spoken by the subject",
  },
  // Documents (LIST_ITEM_RULE in src/extraction/rules/documents/list-items.ts, DOCUMENT_RULES in
  // documents/noun-rules.ts).
  {
    id: "document.mention",
    fact: "document",
    langs: ALL,
    example: "Стороны подписали меморандум о сотрудничестве в области энергетики.",
    reads: "a document noun from the lexicon with its complement, as a title",
  },
  {
    id: "document.list-item",
    fact: "document",
    langs: ALL,
    example:
      "Были подписаны следующие документы:\n• Меморандум о сотрудничестве в области энергетики;",
    reads: "an item of a bulleted list of documents",
  },
  {
    id: "document.coordinated-complements",
    fact: "document",
    langs: ["ru"],
    example:
      "По итогам переговоров были подписаны документы о сотрудничестве в сфере обязательного медицинского страхования и утверждении договора о строительстве линий связи.",
    reads: "Russian: one plural document noun with coordinated complements, one document each",
  },
  // Dates (src/extraction/rules/dates.ts): each date mention keeps its rule id.
  {
    id: "date.iso",
    fact: "date",
    example: "2025-10-21",
    reads: "a date written YYYY-MM-DD",
    untested: DATE,
  },
  {
    id: "date.numeric_dmy",
    fact: "date",
    example: "10.04.2023",
    reads: "a date written day, month and year in digits",
    untested: DATE,
  },
  {
    id: "date.ru_day_month",
    fact: "date",
    example: "10 апреля 2023 года",
    reads: "a Russian day (or range of days) and month name, with or without a year",
    untested: DATE,
  },
  {
    id: "date.ru_month",
    fact: "date",
    example: "в ноябре 2023 года",
    reads: "a Russian month name after 'в', with or without a year",
    untested: DATE,
  },
  {
    id: "date.kk_year_day_month",
    fact: "date",
    example: "2023 жылғы 10 сәуір",
    reads: "a Kazakh date written year, day, month",
    untested: DATE,
  },
  {
    id: "date.kk_day_month",
    fact: "date",
    example: "10 сәуірде",
    reads: "a Kazakh day and month name, with or without a year",
    untested: DATE,
  },
  {
    id: "date.en_month_day",
    fact: "date",
    example: "November 28, 2022",
    reads: "an English month name and day, with or without a year",
    untested: DATE,
  },
  {
    id: "date.en_day_month",
    fact: "date",
    example: "28 November 2022",
    reads: "an English day and month name, with or without a year",
    untested: DATE,
  },
  {
    id: "date.year",
    fact: "date",
    example: "в 2023 году",
    reads: "a year alone, with its word for year",
    untested: DATE,
  },
  // Header (src/extraction/rules/header.ts): metadata lines skipped before the title.
  {
    id: "header.meta.credit",
    fact: "header",
    example: "Фото: Акорда",
    reads: "a photo or source credit line",
    untested: INTERNAL,
  },
  {
    id: "header.meta.date_or_counter",
    fact: "header",
    example: "10.04.2023, 18:16 45671",
    reads: "a line of dates, times and counters only",
    untested: INTERNAL,
  },
  {
    id: "header.meta.byline_or_breadcrumbs",
    fact: "header",
    example: "Главная / Новости / Политика",
    reads: "an author line or a site's breadcrumbs",
    untested: INTERNAL,
  },
  {
    id: "header.meta.rubric",
    fact: "header",
    example: "В мире",
    reads: "a rubric: one or two words with no sentence punctuation",
    untested: INTERNAL,
  },
  // The source the article names.
  {
    id: "header.source.ru_verb",
    fact: "header",
    example: "сообщает Vecher.kz",
    reads: "a Russian reporting verb before the outlet",
    untested: INTERNAL,
  },
  {
    id: "header.source.kk_verb",
    fact: "header",
    example: "деп хабарлайды ҚазАқпарат",
    reads: "a Kazakh reporting verb before the outlet",
    untested: INTERNAL,
  },
  {
    id: "header.source.en_brand_verb",
    fact: "header",
    example: "Kazinform reports",
    reads: "an outlet before an English reporting verb",
    untested: INTERNAL,
  },
  {
    id: "header.source.kk_agency",
    fact: "header",
    example: "РИА Новости агенттігінің хабарлауынша",
    reads: "a Kazakh 'agency reports' phrase after the outlet",
    untested: INTERNAL,
  },
  {
    id: "header.source.en_verb",
    fact: "header",
    example: "according to Reuters",
    reads: "an English reporting phrase before the outlet",
    untested: INTERNAL,
  },
  {
    id: "header.source.photo_credit",
    fact: "header",
    example: "Фото: Дмитрий Азаров, Коммерсантъ",
    reads: "the outlet after a photographer's name in a photo credit",
    untested: INTERNAL,
  },
  // Visit destinations (src/extraction/rules/visits.ts): where a visit word says the trip goes.
  {
    id: "visit.dest.ru_preposition",
    fact: "destination",
    example: "прибыл в Казахстан",
    reads: "a Russian preposition of place before a state or city",
    untested: INTERNAL,
  },
  {
    id: "visit.dest.en_preposition",
    fact: "destination",
    example: "visit to Russia",
    reads: "'to', 'in' or 'visited' before a state or city",
    untested: INTERNAL,
  },
  {
    id: "visit.dest.kk_city_noun",
    fact: "destination",
    example: "Баку қаласына",
    reads: "a Kazakh city noun in a case of place after the city's name",
    untested: INTERNAL,
  },
  {
    id: "visit.dest.kk_case",
    fact: "destination",
    example: "Мәскеуге",
    reads: "a Kazakh case ending of place on the state or city",
    untested: INTERNAL,
  },
] as const satisfies readonly RuleDefinition[];

type Rule = (typeof RULES)[number];

/** The id a definition gives, or one per language it runs on. */
type IdOf<R> = R extends { id: infer I extends string; langs: readonly (infer L extends string)[] }
  ? `${L}.${I}`
  : R extends { id: infer I extends string }
    ? I
    : never;

export type RuleId = IdOf<Rule>;
/** Ids of the rules that produce one kind of fact. */
export type RuleIdOf<F extends RuleFact> = IdOf<Extract<Rule, { fact: F }>>;

/** Every id a definition stands for, prefixed per language where it runs per language. */
export function idsOf(rule: RuleDefinition): string[] {
  return rule.langs ? rule.langs.map((l) => `${l}.${rule.id}`) : [rule.id];
}

const BY_ID: ReadonlyMap<string, Rule> = new Map(
  RULES.flatMap((r) => idsOf(r).map((id) => [id, r])),
);

/** The definition behind an id; ids are typed, so every one has a definition. */
export function ruleOf(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`rule ${id} is not in the registry`);
  return rule;
}
