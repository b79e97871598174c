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
    [
      "a dialogue whose turns end in verbs of answering and proposing",
      [
        "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым.",
        "— Мы рады видеть вас в Астане, это очень важный визит, — сказал Токаев.",
        "— Спасибо за теплый прием, мы высоко ценим нашу дружбу, — ответил Мирзиёев.",
        "— Давайте обсудим вопросы торговли и транзита, — предложил Глава государства.",
      ].join("\n"),
      [
        ["Касым-Жомарт Токаев", "direct", "Мы рады видеть вас в Астане, это очень важный визит"],
        ["Шавкат Мирзиёев", "direct", "Спасибо за теплый прием, мы высоко ценим нашу дружбу"],
        ["Касым-Жомарт Токаев", "direct", "Давайте обсудим вопросы торговли и транзита"],
      ],
    ],
    [
      "a Kazakh answer to a reporter's question: the question has no named speaker",
      [
        "Қазақстан Сыртқы істер министрі Мұрат Нұртілеу брифингте сөйледі.",
        "– Жаңа жол қашан салынады? – деп сұрады тілші.",
        "– Бұл мәселе алдағы айда шешіледі деп күтеміз, – деп жауап берді Мұрат Нұртілеу.",
      ].join("\n"),
      [["Мұрат Нұртілеу", "direct", "Бұл мәселе алдағы айда шешіледі деп күтеміз"]],
    ],
    [
      "a dash paragraph introduced by a line ending in a colon",
      "Президент Казахстана Касым-Жомарт Токаев заявил:\n– Мы придаем большое значение развитию связей с Узбекистаном.",
      [
        [
          "Касым-Жомарт Токаев",
          "direct",
          "Мы придаем большое значение развитию связей с Узбекистаном.",
        ],
      ],
    ],
    [
      "a dash paragraph that goes on after its attribution",
      [
        "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым.",
        "— Мы рады видеть вас в Астане, — сказал Токаев. — Это очень важный визит для наших стран.",
      ].join("\n"),
      [
        [
          "Касым-Жомарт Токаев",
          "direct",
          "Мы рады видеть вас в Астане Это очень важный визит для наших стран.",
        ],
      ],
    ],
    [
      "a quote interrupted by its attribution",
      "«Мы придаем большое значение развитию связей с Узбекистаном, – сказал Президент Казахстана Касым-Жомарт Токаев. – Наши страны связывают общая история и культура».",
      [
        [
          "Касым-Жомарт Токаев",
          "direct",
          "Мы придаем большое значение развитию связей с Узбекистаном Наши страны связывают общая история и культура",
        ],
      ],
    ],
    [
      "a quote cut by an ellipsis in brackets",
      "Президент Казахстана Касым-Жомарт Токаев подчеркнул: «Наши страны связывают (…) многовековые узы дружбы и добрососедства».",
      [
        [
          "Касым-Жомарт Токаев",
          "direct",
          "Наши страны связывают (…) многовековые узы дружбы и добрососедства",
        ],
      ],
    ],
    [
      "Kazakh words closed by 'деп' with the speaker after the verb",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. Екі ел арасындағы тауар айналымы он миллиард долларға жетуі тиіс деп мәлімдеді Қасым-Жомарт Тоқаев.",
      [
        [
          "Қасым-Жомарт Тоқаев",
          "indirect",
          "Екі ел арасындағы тауар айналымы он миллиард долларға жетуі тиіс",
        ],
      ],
    ],
    [
      "unquoted Kazakh words closed by a comma and 'деді' with the speaker after",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. Біз ынтымақтастықты жаңа деңгейге көтеруге дайынбыз, деді Мемлекет басшысы.",
      [["Қасым-Жомарт Тоқаев", "direct", "Біз ынтымақтастықты жаңа деңгейге көтеруге дайынбыз"]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it("keeps a second turn on the same line out of the first speaker's words", () => {
    const text = [
      "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым.",
      "— Мы рады видеть вас в Астане, — сказал Токаев. — Спасибо за теплый прием и гостеприимство, — ответил Мирзиёев.",
    ].join("\n");
    const found = statements(text);
    expect(found[0]).toEqual(["Касым-Жомарт Токаев", "direct", "Мы рады видеть вас в Астане"]);
    expect(found.filter(([speaker]) => speaker === "Касым-Жомарт Токаев")).toHaveLength(1);
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
    [
      "a proposal told without the proposer's words",
      "Президент Казахстана Касым-Жомарт Токаев предложил провести следующее заседание совета в Ташкенте.",
    ],
    [
      "a Kazakh proposal told without the proposer's words",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев келесі кездесуді Ташкентте өткізуді ұсынды.",
    ],
    [
      "a dash paragraph after a line that does not end in a colon",
      "Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент.\n– Переговоры продлятся два дня и завершатся подписанием документов.",
    ],
    [
      "a Kazakh sentence whose comma-led verb names no speaker",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. Кездесуде сауда мен транзит мәселелері талқыланды, айтты баспасөз қызметі.",
    ],
  ])("no statement in %s", (_label, text) => {
    expect(statements(text)).toEqual([]);
  });
});

function documents(text: string): Array<[string, string, string]> {
  return extract(text).documents.map((d) => [d.title, d.kind, d.tense]);
}

describe("Kazakh document classes", () => {
  it.each([
    [
      "the signing states before the name are not part of it",
      "Қазақстан мен Өзбекстан сауда саласындағы ынтымақтастық туралы келісімге қол қойды.",
      [["Сауда саласындағы ынтымақтастық туралы келісім", "agreement", "current"]],
    ],
    [
      "states joined by 'арасындағы' are part of the name",
      "Қазақстан мен Өзбекстан арасындағы стратегиялық әріптестік туралы шартқа қол қойылды.",
      [
        [
          "Қазақстан мен Өзбекстан арасындағы стратегиялық әріптестік туралы шарт",
          "treaty",
          "current",
        ],
      ],
    ],
    [
      "a name joined to its noun by a possessive ending",
      "Қазақстан мен Өзбекстан туризм саласындағы ынтымақтастық жоспарына қол қойды.",
      [["Туризм саласындағы ынтымақтастық жоспары", "plan", "current"]],
    ],
    [
      "a list of documents signed by one verb",
      "Тараптар энергетика саласындағы ынтымақтастық туралы меморандумға және туризмді дамыту бағдарламасына қол қойды.",
      [
        ["Энергетика саласындағы ынтымақтастық туралы меморандум", "memorandum", "current"],
        ["Туризмді дамыту бағдарламасы", "program", "current"],
      ],
    ],
    [
      "a treaty signed in an earlier year, named after a signing participle",
      "Астана. 12 наурыз 2024. ҚазАқпарат. Тараптар 1998 жылы қол қойылған Мәңгілік достық туралы шартты атап өтті.",
      [["Мәңгілік достық туралы шарт", "treaty", "past"]],
    ],
    [
      "a document to be signed, between 'екі ел'",
      "Астана. 12 наурыз 2024. ҚазАқпарат. Сапар барысында екі ел арасындағы еркін сауда туралы келісімге қол қойылады.",
      [["Еркін сауда туралы келісім", "agreement", "future"]],
    ],
    [
      "a roadmap named before its noun",
      "Астана. ҚазАқпарат. Тараптар сауда-экономикалық ынтымақтастықтың жол картасына қол қойды.",
      [["Сауда-экономикалық ынтымақтастықтың жол картасы", "roadmap", "current"]],
    ],
    [
      "a programme adopted at the event",
      "Астана. ҚазАқпарат. Тараптар бірлескен жобаларды жүзеге асыру бағдарламасын қабылдады.",
      [["Бірлескен жобаларды жүзеге асыру бағдарламасы", "program", "current"]],
    ],
    [
      "a place in the locative before the name is not part of it",
      "Астана. ҚазАқпарат. Кездесу барысында сыртқы істер министрліктері арасындағы консультациялар жоспарына қол қойылды.",
      [["Сыртқы істер министрліктері арасындағы консультациялар жоспары", "plan", "current"]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(documents(text)).toEqual(expected);
  });

  it.each([
    [
      "an agreement reached in talks, not a written one",
      "Астана. 12 наурыз 2024. ҚазАқпарат. Тараптар транзит тарифтері туралы келісімге келді.",
    ],
    ["a bare kind with no topic", "Келіссөздер соңында тараптар келісімге қол қойды."],
    ["a question about a bare kind", "– Келісімге қашан қол қойылады? – деп сұрады тілші."],
  ])("no document in %s", (_label, text) => {
    expect(documents(text)).toEqual([]);
  });
});

describe("Russian document classes", () => {
  const DATELINE = "АСТАНА, 12 марта 2024. KAZINFORM. ";
  it.each([
    [
      "a list in running prose: every item is signed at the event",
      `${DATELINE}По итогам переговоров Казахстан и Узбекистан подписали соглашение о сотрудничестве в области энергетики, меморандум о взаимопонимании в сфере туризма, а также программу культурного сотрудничества на 2024-2026 годы.`,
      [
        ["Соглашение о сотрудничестве в области энергетики", "agreement", "current"],
        ["Меморандум о взаимопонимании в сфере туризма", "memorandum", "current"],
        ["Программа культурного сотрудничества на 2024-2026 годы", "program", "current"],
      ],
    ],
    [
      "items of a package introduced by 'в том числе'",
      `${DATELINE}В присутствии президентов Казахстана и Узбекистана подписан пакет документов, в том числе соглашения о торговле и протокола о внесении изменений в соглашение о границе.`,
      [
        ["Соглашение о торговле", "agreement", "current"],
        ["Протокол о внесении изменений в соглашение о границе", "protocol", "current"],
      ],
    ],
    [
      "one document named again with a participle of signing",
      `${DATELINE}Казахстан и Узбекистан подписали соглашение о взаимной защите инвестиций. Подписанное соглашение о защите инвестиций позволит увеличить поток капитала.`,
      [["Соглашение о взаимной защите инвестиций", "agreement", "current"]],
    ],
    [
      "a treaty recalled from the past",
      `${DATELINE}Стороны напомнили, что Договор о вечной дружбе между Казахстаном и Узбекистаном был подписан в 1998 году.`,
      [["Договор о вечной дружбе между Казахстаном и Узбекистаном", "treaty", "past"]],
    ],
    [
      "a document still to be signed",
      `${DATELINE}Соглашение о свободной торговле услугами между Казахстаном и Узбекистаном будет подписано до конца года.`,
      [
        [
          "Соглашение о свободной торговле услугами между Казахстаном и Узбекистаном",
          "agreement",
          "future",
        ],
      ],
    ],
  ])("%s", (_label, text, expected) => {
    expect(documents(text)).toEqual(expected);
  });

  it("no document in a bare kind with no topic", () => {
    expect(
      documents(
        `${DATELINE}Министры Казахстана и Узбекистана подписали Соглашение. Документ вступит в силу через месяц.`,
      ),
    ).toEqual([]);
  });
});

function visits(text: string): Array<[string, string, string, string | null, string | null]> {
  return extract(text).visits.map((v) => [v.guestCountry, v.hostCountry, v.tense, v.guest, v.host]);
}

describe("Kazakh visit classes", () => {
  it.each([
    [
      "a reception by the head of state named by title only, under a dateline",
      "Астана. ҚазАқпарат. Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Қырғызстан Премьер-министрі Адылбек Қасымалиевті қабылдады.",
      "KG",
      "KZ",
      "current",
    ],
    [
      "the end of a trip told with the place as an attribute",
      "Анкара. ҚазАқпарат. Қазақстан Президенті Қасым-Жомарт Тоқаевтың Түркиядағы ресми сапары аяқталды.",
      "KZ",
      "TR",
      "current",
    ],
    [
      "an arrival with a trip noun",
      "Өзбекстан Президенті Шавкат Мирзиёев Қазақстанға ресми сапармен келді.",
      "UZ",
      "KZ",
      "current",
    ],
    [
      "an announced trip",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев келесі айда Өзбекстанға мемлекеттік сапармен барады.",
      "KZ",
      "UZ",
      "future",
    ],
    [
      "a trip to be made told with 'сапармен болады'",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев сәуір айында Қытайда мемлекеттік сапармен болады.",
      "KZ",
      "CN",
      "future",
    ],
  ])("%s", (_label, text, guest, host, tense) => {
    expect(visits(text).map((v) => v.slice(0, 3))).toEqual([[guest, host, tense]]);
  });

  it.each([
    [
      "the end of a trip by the head of state named by title only",
      "Душанбе. 15 мамыр 2024. ҚазАқпарат. Мемлекет басшысы Қасым-Жомарт Тоқаевтың Тәжікстанға ресми сапары аяқталды.",
      ["KZ", "TJ", "current", "Қасым-Жомарт Тоқаев"],
    ],
    [
      "talks abroad held by a prime minister of no named state",
      "Бішкек. 15 мамыр 2024. ҚазАқпарат. Премьер-министр Олжас Бектенов Бішкекте Қырғызстан Министрлер кабинетінің төрағасы Адылбек Қасымалиевпен келіссөздер жүргізді.",
      ["KZ", "KG", "current", "Олжас Бектенов"],
    ],
    [
      "talks in the host's capital held by one named without office or state",
      "Мәскеу. 15 мамыр 2024. ҚазАқпарат. Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинмен Кремльде келіссөздер жүргізді.",
      ["KZ", "RU", "current", "Қасым-Жомарт Тоқаев"],
    ],
    [
      "a guest named after '<state> басшысы'",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Өзбекстан басшысы Шавкат Мирзиёевтің Қазақстанға мемлекеттік сапары аяқталды.",
      ["UZ", "KZ", "current", "Шавкат Мирзиёев"],
    ],
    [
      "a foreign minister received by a minister of no named state",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Сыртқы істер министрі Мұрат Нұртілеу Қытайдың Сыртқы істер министрі Ван Иді қабылдады.",
      ["CN", "KZ", "current", null],
    ],
    [
      "an arrival in the capital with a working trip",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Түркия Сыртқы істер министрі Хакан Фидан Қазақстанға жұмыс сапарымен келді.",
      ["TR", "KZ", "current", "Хакан Фидан"],
    ],
    [
      "a trip announced by another's words",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Ресей Президенті Владимир Путин қараша айында Қазақстанға мемлекеттік сапармен келеді деп хабарлады Кремль.",
      ["RU", "KZ", "future", "Владимир Путин"],
    ],
    [
      "talks at home held by the head of state named by title alone",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Мемлекет басшысы Ақордада Моңғолия Президенті Ухнаагийн Хурэлсухпен келіссөздер жүргізді.",
      ["MN", "KZ", "current", null],
    ],
    [
      "a trip abroad by the head of state named by title alone",
      "Ташкент. 15 мамыр 2024. ҚазАқпарат. Мемлекет басшысы Ташкентке жұмыс сапарымен барды.",
      ["KZ", "UZ", "current", null],
    ],
    [
      "a foreign minister whose long office stands between the state and the name",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Сыртқы істер министрі Мұрат Нұртілеу Венгрияның Сыртқы істер және сауда министрі Петер Сийяртомен кездесті.",
      ["HU", "KZ", "current", null],
    ],
    [
      "a trip whose start is reported with the place as the guest's attribute",
      "Пекин. 15 мамыр 2024. ҚазАқпарат. Қазақстан Президенті Қасым-Жомарт Тоқаевтың Қытайға мемлекеттік сапары басталды.",
      ["KZ", "CN", "current", "Қасым-Жомарт Тоқаев"],
    ],
    [
      "a planned trip",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Қазақстан Президенті Қасым-Жомарт Тоқаевтың Германияға сапары жоспарлануда.",
      ["KZ", "DE", "future", "Қасым-Жомарт Тоқаев"],
    ],
    [
      "talks of two presidents in the host's capital",
      "Астана. 15 мамыр 2024. ҚазАқпарат. Қазақстан Президенті Қасым-Жомарт Тоқаев пен Қырғызстан Президенті Садыр Жапаров Астанада келіссөздер жүргізді.",
      ["KG", "KZ", "current", "Садыр Жапаров"],
    ],
  ])("%s", (_label, text, [guest, host, tense, guestName]) => {
    const found = visits(text as string);
    expect(found.map((v) => v.slice(0, 3))).toEqual([[guest, host, tense]]);
    if (guestName) expect(found[0]?.[3]).toBe(guestName);
  });

  it("the one who meets the guest is the host though the text gives no office", () => {
    expect(
      visits(
        "Астана. ҚазАқпарат. Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевті әуежайда қарсы алды.",
      ),
    ).toEqual([["UZ", "KZ", "current", "Шавкат Мирзиёев", "Қасым-Жомарт Тоқаев"]]);
  });

  it.each([
    [
      "a reception of an official of the same state",
      "Астана. ҚазАқпарат. Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Ұлттық банк төрағасын қабылдады.",
    ],
    [
      "a phone call",
      "Астана. ҚазАқпарат. Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті.",
    ],
  ])("no visit in %s", (_label, text) => {
    expect(visits(text)).toEqual([]);
  });
});

describe("Russian visit classes", () => {
  const DATELINE = "АСТАНА, 12 марта 2024. KAZINFORM. ";
  it.each([
    [
      "a president receiving a foreign minister is the host",
      `${DATELINE}Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Турции Хакана Фидана.`,
      ["TR", "KZ", "current", "Хакан Фидан", "Касым-Жомарт Токаев"],
    ],
    [
      "talks held at home by one whose state the text does not name",
      `${DATELINE}Касым-Жомарт Токаев провел переговоры с Президентом Узбекистана Шавкатом Мирзиёевым, прибывшим в Казахстан с официальным визитом.`,
      ["UZ", "KZ", "current", "Шавкат Мирзиёев", "Касым-Жомарт Токаев"],
    ],
    [
      "talks under a dateline that names one side's city",
      "ТАШКЕНТ, 12 марта 2024. KAZINFORM. Президент Казахстана Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев провели переговоры в узком формате.",
      ["KZ", "UZ", "current", "Касым-Жомарт Токаев", "Шавкат Мирзиёев"],
    ],
    [
      "an announced visit",
      `${DATELINE}Планируется визит президента Узбекистана Шавката Мирзиёева в Казахстан в мае.`,
      ["UZ", "KZ", "future", "Шавкат Мирзиёев", null],
    ],
    [
      "a visit to be made",
      `${DATELINE}Президент Казахстана Касым-Жомарт Токаев совершит государственный визит в Китай в апреле.`,
      ["KZ", "CN", "future", "Касым-Жомарт Токаев", null],
    ],
  ])("%s", (_label, text, expected) => {
    expect(visits(text)).toEqual([expected]);
  });

  it.each([
    [
      "talks at home held by one whose state the text does not name",
      `${DATELINE}Касым-Жомарт Токаев провёл переговоры с Президентом Кыргызстана Садыром Жапаровым.`,
      ["KG", "KZ", "current", "Садыр Жапаров", "Касым-Жомарт Токаев"],
    ],
    [
      "an announced state visit with 'посетит'",
      `${DATELINE}Президент Узбекистана Шавкат Мирзиёев посетит Казахстан с государственным визитом в июне.`,
      ["UZ", "KZ", "future", "Шавкат Мирзиёев", null],
    ],
    [
      "an announced arrival with 'прибудет'",
      "МОСКВА, 15 мая 2024. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев прибудет в Москву с официальным визитом 20 мая, сообщили в Кремле.",
      ["KZ", "RU", "future", "Касым-Жомарт Токаев", null],
    ],
    [
      "a visit expected in a capital",
      `${DATELINE}В Астане ожидается визит премьер-министра Индии Нарендры Моди.`,
      ["IN", "KZ", "future", "Нарендра Моди", null],
    ],
    [
      "an announced visit reported by a spokesman",
      "МОСКВА, 15 мая 2024. /ТАСС/. Президент России Владимир Путин в октябре посетит Казахстан, сообщил пресс-секретарь Дмитрий Песков.",
      ["RU", "KZ", "future", "Владимир Путин", null],
    ],
    [
      "an arrival in a capital without the word 'визит'",
      "ТАШКЕНТ, 15 мая 2024. KAZINFORM. Премьер-министр Казахстана Олжас Бектенов прибыл в Ташкент.",
      ["KZ", "UZ", "current", "Олжас Бектенов", null],
    ],
    [
      "talks in a capital without the word 'визит'",
      `${DATELINE}Президент Казахстана Касым-Жомарт Токаев и Президент Таджикистана Эмомали Рахмон провели переговоры в Астане.`,
      ["TJ", "KZ", "current", "Эмомали Рахмон", "Касым-Жомарт Токаев"],
    ],
    [
      "a host who receives a head of government",
      "ДУШАНБЕ, 15 мая 2024. /ТАСС/. Президент Таджикистана Эмомали Рахмон принял премьер-министра Казахстана Олжаса Бектенова.",
      ["KZ", "TJ", "current", "Олжас Бектенов", "Эмомали Рахмон"],
    ],
    [
      "a host who meets the guest at the airport",
      "МОСКВА, 15 мая 2024. /ТАСС/. Владимир Путин встретил в аэропорту Внуково президента Киргизии Садыра Жапарова.",
      ["KG", "RU", "current", "Садыр Жапаров", "Владимир Путин"],
    ],
    [
      "a host of no named state who receives in a named city",
      "БАКУ, 15 мая 2024. /ТАСС/. Ильхам Алиев принял в Баку Премьер-министра Казахстана Олжаса Бектенова.",
      ["KZ", "AZ", "current", "Олжас Бектенов", "Ильхам Алиев"],
    ],
    [
      "talks announced with a counterpart of no named state",
      `${DATELINE}Ожидается, что в ходе визита в Казахстан Президент Франции Эммануэль Макрон проведет переговоры с Касым-Жомартом Токаевым.`,
      ["FR", "KZ", "future", "Эммануэль Макрон", "Касым-Жомарт Токаев"],
    ],
    [
      "talks within a visit with a counterpart of no named state",
      `${DATELINE}В рамках официального визита в Казахстан Президент Азербайджана Ильхам Алиев провел переговоры с Касым-Жомартом Токаевым.`,
      ["AZ", "KZ", "current", "Ильхам Алиев", "Касым-Жомарт Токаев"],
    ],
    [
      "talks held by the head of state named by title alone, under a dateline",
      `${DATELINE}Глава государства провел переговоры с Президентом Азербайджана Ильхамом Алиевым.`,
      ["AZ", "KZ", "current", "Ильхам Алиев", null],
    ],
    [
      "a host who receives a minister in the residence",
      "ТАШКЕНТ, 15 мая 2024. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев принял в Кунсарае министра иностранных дел Казахстана Мурата Нуртлеу.",
      ["KZ", "UZ", "current", "Мурат Нуртлеу", "Шавкат Мирзиёев"],
    ],
    [
      "an arrival announced for tomorrow with the guest after the verb",
      "МОСКВА, 15 мая 2024. /ТАСС/. Завтра в Москву прибудет премьер-министр Казахстана Олжас Бектенов.",
      ["KZ", "RU", "future", "Олжас Бектенов", null],
    ],
    [
      "a visit said to be scheduled",
      `${DATELINE}Визит Президента Кыргызстана Садыра Жапарова в Казахстан запланирован на июнь.`,
      ["KG", "KZ", "future", "Садыр Жапаров", null],
    ],
    [
      "a planned trip told with 'планирует посетить'",
      `${DATELINE}Президент Казахстана Касым-Жомарт Токаев планирует посетить Японию в декабре.`,
      ["KZ", "JP", "future", "Касым-Жомарт Токаев", null],
    ],
    [
      "talks with a guest who arrived, told with a participle",
      `${DATELINE}Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с прибывшим в Астану министром иностранных дел Венгрии Петером Сийярто.`,
      ["HU", "KZ", "current", "Петер Сийярто", "Мурат Нуртлеу"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(visits(text)).toEqual([expected]);
  });

  it("a guest whose state is named right before the name, though the people rules give none", () => {
    const found = visits(
      `${DATELINE}Касым-Жомарт Токаев принял Государственного секретаря США Энтони Блинкена.`,
    );
    expect(found.map((v) => [...v.slice(0, 3), v[4]])).toEqual([
      ["US", "KZ", "current", "Касым-Жомарт Токаев"],
    ]);
  });

  it("no visit where the one received belongs to no known state, under a foreign dateline", () => {
    expect(
      visits(
        "МОСКВА, 12 марта 2024. ТАСС. Президент Казахстана Касым-Жомарт Токаев принял в Москве председателя совета директоров компании Ивана Петрова.",
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "a phone call under a dateline",
      `${DATELINE}Президент Казахстана Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев провели телефонный разговор.`,
    ],
    [
      "talks of one named side under a wire's dateline only",
      "МОСКВА, 12 марта 2024. ТАСС. Президент Азербайджана Ильхам Алиев провел переговоры с руководством Евросоюза.",
    ],
    [
      "talks of two visitors under a third state's dateline",
      "САМАРКАНД, 12 марта 2024. KAZINFORM. Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Турции Реджепом Тайипом Эрдоганом.",
    ],
  ])("no visit in %s", (_label, text) => {
    expect(visits(text)).toEqual([]);
  });

  it("no visit in a greeting at the airport told with a pronoun only", () => {
    expect(
      visits(`${DATELINE}В аэропорту его встретил Премьер-министр Казахстана Олжас Бектенов.`),
    ).toEqual([]);
  });
});
