// Error classes of person extraction found on independent news, one table row per example.
import { describe, expect, it } from "vitest";
import { type PersonMention, startAnalysis } from "../../src/extraction/analysis.js";
import { extract } from "../../src/extraction/index.js";
import { findCountries } from "../../src/extraction/rules/countries.js";
import { findPeople } from "../../src/extraction/rules/people/index.js";

function names(text: string): string[] {
  return extract(text).people.map((p) => p.name);
}

describe("person name classes", () => {
  it.each([
    [
      "a Vietnamese name in the genitive and in the nominative: one person",
      "Президент принял Премьер-министра Вьетнама Фам Минь Тиня. Как отметил Фам Минь Тинь, связи растут.",
      ["Фам Минь Тинь"],
    ],
    [
      "an Arabic name with particles between the given names and before the family name",
      "ДОХА, 5 марта 2024. Министр провел переговоры в присутствии шейха Тамима бен Хамада Аль Тани.",
      ["Тамим бен Хамад Аль Тани"],
    ],
    [
      "a Kazakh given name whose end looks like a case ending",
      "Елбасы Нұрсұлтан Назарбаев жиынға қатысып, сөз сөйледі.",
      ["Нұрсұлтан Назарбаев"],
    ],
    [
      "a Kazakh conjunction opening the sentence",
      "Бірақ Ерлан Сейітов бұл туралы ештеңе айтпады.",
      ["Ерлан Сейітов"],
    ],
    [
      "a Kazakh profession word opening the sentence",
      "Тілшіміз Айгерім Сапарова оқиға орнынан хабарлады.",
      ["Айгерім Сапарова"],
    ],
    [
      "a Latin-script company name before a Cyrillic name",
      "Основатель компании Oracle Майкл Смирнов ушёл в отставку.",
      ["Майкл Смирнов"],
    ],
    [
      "a feminine surname after a given name in the nominative",
      "В заседании участвовала судья Ольга Кузнецова.",
      ["Ольга Кузнецова"],
    ],
    [
      "an indeclinable foreign surname after a given name in the genitive",
      "Тренер похвалил Жерара Пике и Фолькера Буфье.",
      ["Жерар Пике", "Фолькер Буфье"],
    ],
    [
      "a declined surname after a declined given name",
      "Он поблагодарил Томаса Шефера. Роль исполнила Чулпан Хаматовой.",
      ["Томас Шефер", "Чулпан Хаматова"],
    ],
    [
      "an organisation in the genitive after a title",
      "Глава Росздравнадзора сообщил о проверке.",
      [],
    ],
    [
      "a Latin-script company after a title",
      "Представитель Michelin отказался от комментариев.",
      [],
    ],
    [
      "a Kazakh place in the locative after a title",
      "Мемлекет басшысы Ақордада елшілерді қабылдады.",
      [],
    ],
    ["a Kazakh adjective after a title", "Мемлекет басшысы Ұлттық кеңестің отырысын өткізді.", []],
    [
      "an unknown foreign surname after a title",
      "Президент ФИФА Блаттер заявил журналистам о гранте.",
      ["Блаттер"],
    ],
    [
      "a Kazakh name by father's name",
      "Бұл туралы ведомство өкілі Айбар Төлеуұлы айтты.",
      ["Айбар Төлеуұлы"],
    ],
    [
      "a Kazakh name by father's name with a case ending",
      "Жиында Гүлнар Асқарқызының баяндамасы тыңдалды.",
      ["Гүлнар Асқарқызы"],
    ],
    [
      "a Russian surname in -вич is not cut as a patronymic",
      "В эфире выступил писатель Андрей Бурмакович.",
      ["Андрей Бурмакович"],
    ],
    [
      "a name by patronymic joins the person named in full",
      "Ильхам Гейдарұлы Әлиев келді. Ильхам Гейдарұлы сөз сөйледі.",
      ["Ильхам Әлиев"],
    ],
    ["a lone surname after a speech verb", "Об этом на пресс-конференции заявил Буш.", ["Буш"]],
    [
      "a lone surname after «по словам»",
      "По словам Лукашенко, переговоры прошли успешно.",
      ["Лукашенко"],
    ],
    ["a news agency beside a speech verb is no person", "Об этом сообщил Интерфакс.", []],
    [
      "unknown foreign names after a noun for a person",
      "Вчера полузащитник сборной Германии Михаель Баллак получил травму.",
      ["Михаель Баллак"],
    ],
    [
      "an unknown given name and a dictionary word as surname after a noun for a person",
      "Нидерландский предприниматель Бессель Кок начал кампанию.",
      ["Бессель Кок"],
    ],
    [
      "an adjective-shaped surname after a given name",
      "Во время акции Алексей Навальный выступил с речью. Памятник Юрию Долгорукому открыли.",
      ["Алексей Навальный", "Юрий Долгорукий"],
    ],
    [
      "a surname in -вич in an oblique case",
      "На пост назначили полковника Игоря Шуневича.",
      ["Игорь Шуневич"],
    ],
    [
      "an East Asian name, family name first",
      "Лидер КНДР Ким Чен Ын провёл совещание. Позднее Ким осмотрел завод.",
      ["Ким Чен Ын"],
    ],
    [
      "East Asian syllables that are also Russian words",
      "Генсек ООН Пан Ги Мун встретился с актрисой Ли Со Ён.",
      ["Пан Ги Мун", "Ли Со Ён"],
    ],
    [
      "a Kazakh given name that ends like a case ending, inside a name",
      "Жиында Едіге Рахмадиев сөз сөйледі.",
      ["Едіге Рахмадиев"],
    ],
    [
      "a Kazakh given name that is also a Russian word, before a surname",
      "Кеше Медет Өмірханов пен Аят Дүйсембаев келді.",
      ["Медет Өмірханов", "Аят Дүйсембаев"],
    ],
    [
      "a Latin company name of two words in Russian text",
      "Контракт получила компания Lockheed Martin, а не Digital Sky.",
      [],
    ],
    [
      "a word mixing scripts or an abbreviation with a hyphen",
      "Как сообщает ОВД-Инфо, лидеры Католичеcкой церкви собрались.",
      [],
    ],
    ["an adjective after a title", "На церемонии была герцогиня Корнуольская.", []],
    [
      "a surname in -ия after a declined given name",
      "Сторонники Алана Гарсии вышли на улицы.",
      ["Алан Гарсия"],
    ],
    [
      "a known surname in an oblique case after an indeclinable given name",
      "Фильм сравнивали с Чарли Чаплином.",
      ["Чарли Чаплин"],
    ],
    ["Kazakh possessive nouns are no names", "Қарулы Күштері мен Ата Заң туралы айтылды.", []],
    [
      "foreign given names that share a stem with a city or a place",
      "Берни Сандерс выступил, а его сравнили со Стэнли Кубриком.",
      ["Берни Сандерс", "Стэнли Кубрик"],
    ],
    [
      "a monarch or pope named with a regnal number",
      "Королева Елизавета II посетила Рим, где когда-то служил Иоанн Павел II.",
      ["Елизавета II", "Иоанн Павел II"],
    ],
    [
      "particles inside a name",
      "Лидер партии Марин Ле Пен выступила. Гости посетили мавзолей Абу Али ибн Сины.",
      ["Марин Ле Пен", "Абу Али ибн Сина"],
    ],
    [
      "an Arabic surname with its article",
      "Журналист Сами аль-Хадж освобождён.",
      ["Сами аль-Хадж"],
    ],
    [
      "an East Asian name with a Russian case ending on its last syllable",
      "Переговоры с Ким Чен Ыном прошли в Пхеньяне.",
      ["Ким Чен Ын"],
    ],
    [
      "an adjective-shaped surname after a declined given name",
      "Сторонники Алексея Навального вышли на улицы.",
      ["Алексей Навальный"],
    ],
    [
      "a generation word joined to a surname",
      "Администрация Джорджа Буша-младшего объявила о решении.",
      ["Джордж Буш"],
    ],
    ["an initial and a surname in -и", "Об этом писал Ф.Олесси.", ["Ф. Олесси"]],
    [
      "a lone known surname inside a sentence",
      "Все помнят выборы 2000 года, когда Буш победил с шатким перевесом.",
      ["Буш"],
    ],
    [
      "an adjective or a place that reads as a surname is not taken alone",
      "Вчера Московский театр показал спектакль в Грозном.",
      [],
    ],
    [
      "the case of an indeclinable name given by the noun before it",
      "Намечается открытие памятника целителю Абу Али ибн Сине.",
      ["Абу Али ибн Сина"],
    ],
    [
      "two case forms of one full name are one person",
      "Ученик Абу Али ибн Сины прибыл. Труды Абу Али ибн Сине посвятили.",
      ["Абу Али ибн Сина"],
    ],
    [
      "several unknown words before a known given name are no part of the name",
      "Кеше Алатау Шаруашылық Ерлан Сейітов келді.",
      ["Ерлан Сейітов"],
    ],
    [
      "a surname first, with a given name and a patronymic, keeps its surname",
      "Ответчик Ерохин Дмитрий Юрьевич в суд не явился.",
      ["Дмитрий Юрьевич Ерохин"],
    ],
    [
      "a name after an institution named after someone, with a patronymic",
      "Ректор института имени Пушкина Виталий Григорьевич Костомаров выступил.",
      ["Пушкин", "Виталий Григорьевич Костомаров"],
    ],
    [
      "an adjective-shaped surname alone is not taken",
      "Спектакль по роману Достоевского идёт в театре.",
      [],
    ],
    [
      "an unfamiliar given name the dictionary reads as another word, before a surname",
      "Он долго работал вместе с Сулимом Ямадаевым.",
      ["Сулим Ямадаев"],
    ],
    [
      "a common noun before a surname governs it",
      "Сотрудники Института Пушкина провели семинар.",
      [],
    ],
    [
      "a name right after a closing quote",
      "Об этом сказал руководитель РКК „Энергия“ Николай Севастьянов.",
      ["Николай Севастьянов"],
    ],
    [
      "a given name that is also a case form of a state",
      "Министр иностранных дел Доминик Рааб заявил о санкциях.",
      ["Доминик Рааб"],
    ],
    [
      "a patronymic written with the full name stays in it",
      "Контракт подписал Пётр Андреевич Соколов.",
      ["Пётр Андреевич Соколов"],
    ],
    [
      "a surname in -вич after a given name and a patronymic",
      "Картину снял оператор Игорь Семёнович Рабинович.",
      ["Игорь Семёнович Рабинович"],
    ],
    [
      "a surname in -вич before a given name and a patronymic",
      "Рабинович Игорь Семёнович, оператор.",
      ["Игорь Семёнович Рабинович"],
    ],
    [
      "a feminine surname first, as in lists",
      "Смирнова Елена Павловна, учитель.",
      ["Елена Павловна Смирнова"],
    ],
    [
      "a given name that is also a case form of a title",
      "О находке рассказала Мэри Доусон.",
      ["Мэри Доусон"],
    ],
    [
      "an unfamiliar foreign name after an age",
      "Полиция задержала 34-летнего Оттавио Буццанко.",
      ["Оттавио Буццанко"],
    ],
    [
      "a lone consonant-final surname after an age",
      "Врачи навестили 52-летнюю Хэтэуэйс в больнице.",
      ["Хэтэуэйс"],
    ],
    [
      "a lone vowel-final word after an age may be in any case",
      "Суд приговорил 61-летнего Моралесу к году.",
      [],
    ],
    [
      "a foreign name after a demonym takes its case",
      "Титул он уступил французу Анселену Мбоке.",
      ["Анселен Мбока"],
    ],
    [
      "a foreign name after a profession and an abbreviation",
      "Аналитик МВФ Тендаи Мусонда не исключил спада.",
      ["Тендаи Мусонда"],
    ],
    [
      "two words after a cue are given name and surname whatever the dictionary reads",
      "Иск подал американец Дэррил Уотсону не знаком.",
      ["Дэррил Уотсон"],
    ],
    [
      "a surname that is also a case form of a state, after a given name",
      "На совещании выступил Андрей Ливанов.",
      ["Андрей Ливанов"],
    ],
    ["a common noun after an initial is a surname", "Приказ подписал Н.Молотка.", ["Н. Молоток"]],
    [
      "a short word read as an interjection after a given name",
      "На сцену вышел Марио Ох.",
      ["Марио Ох"],
    ],
    [
      "a given name in a case that is also a form of a state",
      "Визит министра Доминика Ренара перенесли.",
      ["Доминик Ренар"],
    ],
    [
      "a given name and a -вич word named before a namesake are a surname",
      "Съемки вели Олег Рабинович и Олег Сомов.",
      ["Олег Рабинович", "Олег Сомов"],
    ],
    [
      "a given name and a patronymic refer back to a person named in full",
      "Указ подписал Борис Ельцин. Борис Николаевич был краток.",
      ["Борис Ельцин"],
    ],
    ["a monarch goes by a given name", "На церемонии выступил король Густав.", ["Густав"]],
    ["a royal after a capitalised noun names a building", "Больница королевы Марии открылась.", []],
    [
      "lone surnames listed beside a person",
      "В состав вошли Иван Лыков, Сёмкин и Горелкин.",
      ["Иван Лыков", "Сёмкин", "Горелкин"],
    ],
    [
      "a surname in brackets after a full name is the same person's",
      "Чемпионкой стала Екатерина Смолина (Половникова) из Турции.",
      ["Екатерина Смолина"],
    ],
    ["a known surname opening a sentence", "Медведев также посетит выставку.", ["Медведев"]],
    ["a given name opening a sentence is no surname", "Роман вышел в свет.", []],
    [
      "a capitalised verb form after a given name is the surname",
      "Матч обслуживал Томас Блек из Австрии.",
      ["Томас Блек"],
    ],
    ["a surname in -ых after a given name", "Первое место занял Олег Кудрявых.", ["Олег Кудрявых"]],
    [
      "name words followed by a state in brackets",
      "Матч судили Ставрос Кацарос (Греция) и Хулио Эстрада (Перу).",
      ["Ставрос Кацарос", "Хулио Эстрада"],
    ],
    [
      "unfamiliar name words coordinated with a full name",
      "Очки потеряли Айрато Сеннаро и Марк Уэбстер.",
      ["Айрато Сеннаро", "Марк Уэбстер"],
    ],
    [
      "a given name the dictionary knows as a surname, before a surname",
      "Брат певца Жермен Джексон заявил о болезни.",
      ["Жермен Джексон"],
    ],
    [
      "a surname whose guessed nominative loses the written stem",
      "Епископ Теодор Маккорник приехал. Теодора Маккорника встретили.",
      ["Теодор Маккорник"],
    ],
    [
      "a maiden name between the given name and the married name",
      "Моряк поцеловал медсестру Грету Циммер Фридман на площади.",
      ["Грета Циммер Фридман"],
    ],
    [
      "a lone surname in a case that differs only in its ending",
      "Министр Сергей Кравцов выступил. Предшественник Кравцова ушёл.",
      ["Сергей Кравцов"],
    ],
    [
      "a genitive after a noun for a person in another case is its complement",
      "Он работал федеральным прокурором Манхэттена.",
      [],
    ],
    [
      "a capitalised Arabic article opens a company's name, not the person's",
      "Корреспондент Аль-Арабии Халед аль-Масри задержан.",
      ["Халед аль-Масри"],
    ],
    [
      "a genitive in -я of a given name in -й",
      "Суд оправдал Николая Гусельникова.",
      ["Николай Гусельников"],
    ],
    [
      "a monarch named by one word the dictionary only guesses at",
      "Так поступали и до императора Гокомацу.",
      ["Гокомацу"],
    ],
    [
      "an unfamiliar given name whose ending only looks like a verb's",
      "Среди раненых оказался раввин Исорел Голдберг.",
      ["Исорел Голдберг"],
    ],
    [
      "a news agency named like a person after a speech verb",
      "Об отставке министра сообщает Рейтер.",
      [],
    ],
    [
      "a news agency of two words named like a person",
      "Как сообщило Ассошиэйтед Пресс, фотограф задержан.",
      [],
    ],
    ["a nickname is no other person", "Задержан Джон Смит по прозвищу Малыш Тони.", ["Джон Смит"]],
    [
      "a nickname in brackets is no other person",
      "Задержан Джон Смит по прозвищу (Малыш Тони).",
      ["Джон Смит"],
    ],
    [
      "a region's name after its noun is no part of a person's name",
      "Сенатором от Республики Алтай стал Ринат Хабибуллин.",
      ["Ринат Хабибуллин"],
    ],
    [
      "a region's name that is also a given name, right before a name",
      "Депутат от Республики Алтай Ринат Сафиуллин выступил.",
      ["Ринат Сафиуллин"],
    ],
    [
      "a nickname in quotes between given name and surname",
      "Тренером остаётся Роберт «Малыш» Фицджеральд.",
      ["Роберт Фицджеральд"],
    ],
    [
      "a third name word after a known and an unfamiliar given name",
      "Во втором туре победил Амаду Кумани Дворе.",
      ["Амаду Кумани Дворе"],
    ],
    [
      "a given name after a noun for a family member takes the family name",
      "Сергей Петров пришёл с женой Анной.",
      ["Сергей Петров", "Анна Петрова"],
    ],
    [
      "a family member named far from the person keeps only the given name",
      "У Джона Смита трое детей от брака с Мэри Браун, а также дочь Стефани от второго брака.",
      ["Джон Смит", "Мэри Браун"],
    ],
    [
      "two family names, the second also a given name",
      "Матч обслуживал Хосе Ривельо Гонсалес (Испания).",
      ["Хосе Ривельо Гонсалес"],
    ],
    [
      "unfamiliar name words listed beside a full name with a bracketed aside",
      "Страной правили Алан Смит (1990—1995), Айрато Сеннаро (1995—2000) и другие.",
      ["Алан Смит", "Айрато Сеннаро"],
    ],
  ])("%s", (_class, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

/** Every mention of a person the people rules find, descriptors included. */
function mentionsOf(text: string): PersonMention[] {
  const a = startAnalysis(text);
  a.countries = findCountries(a);
  return findPeople(a).mentions;
}

function people(text: string): Array<{ name: string; country: string | null; mentions: string[] }> {
  return extract(text).people.map((p) => ({
    name: p.name,
    country: p.country,
    mentions: p.mentions.map((m) => text.slice(m.start, m.end)),
  }));
}

describe("Kazakh case forms of names", () => {
  it.each([
    [
      "a Russian-spelled surname in the instrumental",
      "Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлесті.",
      ["Қасым-Жомарт Тоқаев", "Владимир Путин"],
    ],
    [
      "a surname in -ев in the instrumental",
      "Мемлекет басшысы Шавкат Мирзиёевпен кездесті.",
      ["Шавкат Мирзиёев"],
    ],
    [
      "a surname in the accusative after a title",
      "Премьер-министр Виктор Орбанды Ақордада қабылдады.",
      ["Виктор Орбан"],
    ],
    [
      "a surname in the genitive",
      "Министр Эммануэль Макронның сәлемін жеткізді.",
      ["Эммануэль Макрон"],
    ],
    [
      "a vowel-final surname in the instrumental",
      "Министр Петер Сийяртомен кездесті.",
      ["Петер Сийярто"],
    ],
    [
      "a three-word Kazakh-spelled name in the genitive",
      "Қасым-Жомарт Тоқаев Рәжеп Тайып Ердоғанның шақыруымен Анкараға барды.",
      ["Қасым-Жомарт Тоқаев", "Рәжеп Тайып Ердоған"],
    ],
    [
      "an unfamiliar given name and a common word as surname after a state and title",
      "Франция Президенті Эмманюэль Берег Астанаға келді.",
      ["Эмманюэль Берег"],
    ],
    [
      "an unfamiliar given name and a common word as surname after a title and state",
      "Президент Франции Эмманюэль Берег прибыл в Москву.",
      ["Эмманюэль Берег"],
    ],
    [
      "a state's name with a Kazakh possessive after a given name",
      "Сенатор Ерлан Қарин Ислам Республикасымен байланысты талқылады.",
      ["Ерлан Қарин"],
    ],
    [
      "a Kazakh possessive noun before a name",
      "Кеңесте Ассамблеясы Ерлан Қарин сөз сөйледі.",
      ["Ерлан Қарин"],
    ],
    [
      "an adjective of origin after a full name",
      "Сарапшы Кристин Лагард Дүниежүзілік банк туралы айтты.",
      ["Кристин Лагард"],
    ],
    [
      "a woman's given name is no Russian genitive in Kazakh text",
      "Жиынға Диляра Сейітова қатысты.",
      ["Диляра Сейітова"],
    ],
    [
      "a woman's given name after a profession in Kazakh text",
      "Журналист Саида Бекова сұхбат берді.",
      ["Саида Бекова"],
    ],
    [
      "a surname in the dative",
      "Сенатор Ерлан Қарин Джо Байденге хат жолдады.",
      ["Ерлан Қарин", "Джо Байден"],
    ],
  ])("%s", (_class, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("the state of a foreign leader in Kazakh text", () => {
  it.each([
    [
      "a guest met by the head of state takes no state from a later descriptor",
      "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Шавкат Мирзиёевпен кездесті. Қазақстан Президенті ынтымақтастықты жоғары бағалады.",
      { "Шавкат Мирзиёев": null, "Қасым-Жомарт Тоқаев": "KZ" },
    ],
    [
      "a name in the instrumental after a sentence-opening title",
      "Мемлекет басшысы Шавкат Мирзиёевпен телефон арқылы сөйлесті. Қазақстан Президенті Өзбекстанмен байланысты бағалады.",
      { "Шавкат Мирзиёев": null },
    ],
    [
      "the state named before the title gives the country",
      "Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.",
      { "Шавкат Мирзиёев": "UZ" },
    ],
    [
      "a guest's own state named later by title still refers to the guest",
      "Мемлекет басшысы Шавкат Мирзиёевпен кездесті. Өзбекстан Президенті сапарын жоғары бағалады.",
      { "Шавкат Мирзиёев": "UZ" },
    ],
    [
      "a name in the accusative after a sentence-opening title",
      "Президент Ильхам Әлиевті Ақордада қабылдады. Қазақстан Президенті қонақты құттықтады.",
      { "Ильхам Әлиев": null },
    ],
  ])("%s", (_class, text, expected) => {
    const got = Object.fromEntries(people(text).map((p) => [p.name, p.country]));
    for (const [name, country] of Object.entries(expected)) expect(got[name]).toBe(country);
  });
});

describe("Kazakh word order of state and title", () => {
  it.each([
    [
      "a state in a case form after a foreign state's title",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев Анкарада болды. Түркия Президенті Қазақстанмен серіктестікті нығайтуға ниетті.",
      "Түркия Президенті",
    ],
    [
      "a state in the dative after a foreign state's title",
      "Қазақстан Президенті Қасым-Жомарт Тоқаев мәлімдеме жасады. Ресей Президенті Қазақстанға сапармен келеді.",
      "Ресей Президенті",
    ],
    [
      "a state in the ablative after a foreign prime minister",
      "Қазақстан Премьер-министрі Олжас Бектенов келіссөз жүргізді. Өзбекстан Премьер-министрі Қазақстаннан оралды.",
      "Өзбекстан Премьер-министрі",
    ],
  ])("%s", (_class, text, foreignTitle) => {
    const ps = people(text);
    expect(ps.length).toBe(1);
    expect(ps[0]?.country).toBe("KZ");
    // The foreign title must not become another mention of the Kazakh official.
    const from = text.indexOf(foreignTitle);
    const to = from + foreignTitle.length;
    const overlapping = mentionsOf(text).filter(
      (m) => m.person === 0 && m.start < to && m.end > from,
    );
    expect(overlapping).toEqual([]);
  });
});

describe("the office and state of an official", () => {
  it.each([
    [
      "a title in the instrumental before a verb that makes the name its holder",
      "Ранее сообщалось, что новым премьер-министром Казахстана стал Олжас Бектенов.",
      [["Олжас Бектенов", "KZ", "prime_minister"]],
    ],
    [
      "a post filled by appointment",
      "Указом главы государства министром иностранных дел Казахстана назначен Мурат Нуртлеу.",
      [["Мурат Нуртлеу", "KZ", "minister"]],
    ],
    [
      "a title followed by two names: the second is not the title's",
      "На заседании с участием президента Казахстана Касым-Жомарта Токаева Олжаса Бектенова утвердили на пост.",
      [
        ["Касым-Жомарт Токаев", "KZ", "president"],
        ["Олжас Бектенов", null, null],
      ],
    ],

    [
      "an English abbreviation with stops",
      "WASHINGTON, March 5, 2025 – U.S. Secretary of State Marco Rubio met with Kazakh Foreign Minister Murat Nurtleu.",
      [
        ["Marco Rubio", "US", "minister"],
        ["Murat Nurtleu", "KZ", "minister"],
      ],
    ],
    [
      "an English counterpart of a president",
      "TASHKENT, December 22, 2022 – Uzbek President Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev signed a Treaty on Allied Relations.",
      [
        ["Shavkat Mirziyoyev", "UZ", "president"],
        ["Kassym-Jomart Tokayev", "KZ", "president"],
      ],
    ],
    [
      "a Russian colleague of a president",
      "ТАШКЕНТ, 22 декабря 2022. Президент Узбекистана Шавкат Мирзиёев и его казахстанский коллега Касым-Жомарт Токаев подписали Договор о союзнических отношениях.",
      [
        ["Шавкат Мирзиёев", "UZ", "president"],
        ["Касым-Жомарт Токаев", "KZ", "president"],
      ],
    ],
    [
      "a Kazakh counterpart of a president",
      "Ташкент. 22 желтоқсан 2022 жыл. ҚазАқпарат - Өзбекстан Президенті Шавкат Мирзиёев пен оның қазақстандық әріптесі Қасым-Жомарт Тоқаев одақтастық қатынастар туралы шартқа қол қойды.",
      [
        ["Шавкат Мирзиёев", "UZ", "president"],
        ["Қасым-Жомарт Тоқаев", "KZ", "president"],
      ],
    ],
    [
      "a bare office in Kazakh news is the home state's",
      "Астана. 3 шілде 2024 жыл. ҚазАқпарат - Мемлекет басшысы Қасым-Жомарт Тоқаев Қытай Төрағасы Си Цзиньпинмен келіссөз жүргізді.",
      [
        ["Қасым-Жомарт Тоқаев", "KZ", "president"],
        ["Си Цзиньпин", "CN", "president"],
      ],
    ],
    [
      "a bare office after a foreign state named in the sentence is not the home state's",
      "Астана. 3 шілде 2024 жыл. ҚазАқпарат - Өзбекстанның жаңа үкіметінде Премьер-министр Абдулла Арипов қызметін сақтап қалды.",
      [["Абдулла Арипов", null, "prime_minister"]],
    ],
  ])("%s", (_class, text, expected) => {
    expect(extract(text).people.map((p) => [p.name, p.country, p.role])).toEqual(expected);
  });
});

describe("English words that are no person names", () => {
  it.each([
    ["a residence named as a speaker", "Akorda said the President met the Uzbek delegation.", []],
    [
      "a demonym before a title and a month after",
      "The Uzbek President arrived in Astana in November.",
      [],
    ],
    [
      "a demonym and a residence around a full name",
      "President Tokayev met Uzbek President Shavkat Mirziyoyev at Akorda.",
      ["Tokayev", "Shavkat Mirziyoyev"],
    ],
    [
      "a demonym after a title",
      "The Kazakh Foreign Minister met the French Ambassador on Tuesday.",
      [],
    ],
    [
      "a residence and a month after a title",
      "President Tokayev received the Turkish delegation in Akorda in December.",
      ["Tokayev"],
    ],
    ["a weekday after a title", "The Prime Minister Monday announced new measures.", []],
    [
      "a month name that is also a surname, after a given name",
      "Prime Minister Theresa May met President Tokayev.",
      ["Theresa May", "Tokayev"],
    ],
    ["a month name that is also a given name", "Ambassador April Smith spoke.", ["April Smith"]],
  ])("%s", (_class, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
