// Morphology tables: words and their stems, keys and nominatives, per language.
import { describe, expect, it } from "vitest";
import {
  candidateKeys,
  englishKeys,
  entryKey,
  hasKazakhCase,
  hasKazakhSuffix,
  isIndeclinable,
  isKazakhClauseEnd,
  isKazakhDesiderative,
  isPatronymic,
  kazakhNameStem,
  kazakhOriginForms,
  kazakhPossessive,
  kazakhStem,
  kazakhSuffixAlternation,
  lemma,
  looksPrepositional,
  type MorphLanguage,
  parseNameWord,
  placeForms,
  russianAdjectiveStem,
  russianEndingAlternation,
  russianPastForms,
  searchStems,
  stems,
  toNominative,
} from "../../src/extraction/text/morphology/index.js";

describe("toNominative", () => {
  it.each([
    ["совместное заявление", "совместное заявление"],
    [
      "декларацию об укреплении стратегических отношений",
      "декларация об укреплении стратегических отношений",
    ],
    ["Совместной декларации", "Совместная декларация"],
    ["меморандума о взаимопонимании", "меморандум о взаимопонимании"],
    ["дорожную карту", "дорожная карта"],
    ["Договора о стратегическом партнерстве", "Договор о стратегическом партнерстве"],
    [
      "Комплексную программу развития сотрудничества",
      "Комплексная программа развития сотрудничества",
    ],
  ])("%s → %s", (input, expected) => {
    expect(toNominative(input)).toBe(expected);
  });
});

describe("parseNameWord", () => {
  it.each([
    ["Ильхамом", "given", "Ильхам"],
    ["Алиевым", "surname", "Алиев"],
    ["Токаеву", "surname", "Токаев"],
    ["Касым-Жомарту", "given", "Касым-Жомарт"],
    ["Касым-Жомарта", "given", "Касым-Жомарт"],
    ["Бектеновым", "surname", "Бектенов"],
    ["Асадов", "surname", "Асадов"],
    ["Гейдара", "given", "Гейдар"],
    ["Тоқаевтың", "surname", "Тоқаев"],
    ["Әлиевпен", "surname", "Әлиев"],
    ["Пашиняном", "surname", "Пашинян"],
    ["Владимиром", "given", "Владимир"],
  ])("%s is a %s, nominative %s", (word, kind, nominative) => {
    const r = parseNameWord(word);
    expect(r.kind).toBe(kind);
    expect(r.nominative).toBe(nominative);
  });
});

describe("isPatronymic", () => {
  it.each([
    ["Петрович", true],
    ["Ивановна", true],
    ["Гейдарұлы", true],
    ["Серікқызы", true],
    ["Гейдароглу", true],
    ["Петров", false],
  ])("%s: %s", (word, expected) => {
    expect(isPatronymic(word)).toBe(expected);
  });
});

describe("Kazakh stems", () => {
  it.each([
    ["Тоқаевтың", "Тоқаев"],
    ["келісімді", "келісім"],
    ["Астанада", "Аста"],
  ])("kazakhStem(%s) = %s", (word, stem) => {
    expect(kazakhStem(word)).toBe(stem);
  });

  it("gives one stem for a name in different cases", () => {
    const forms = ["Тоқаев", "Тоқаевтың", "Тоқаевқа", "Тоқаевты", "Тоқаевпен"];
    expect(new Set(forms.map(kazakhNameStem))).toEqual(new Set(["Тоқаев"]));
  });
});

describe("lemma", () => {
  it("lemmatises Russian and Kazakh words", () => {
    expect(lemma("Казахстана")).toBe("казахстан");
    expect(lemma("Тоқаевтың")).toBe("тоқаев");
  });
});

describe("lexicon keys", () => {
  it.each<[string, MorphLanguage, string, string[]]>([
    // word, language, key of the word as a nominative entry, keys of the word as a text word
    ["Россия", "ru", "росси", ["россия", "росси"]],
    ["России", "ru", "россии", ["россии", "росси"]],
    ["Штатов", "ru", "штат", ["штатов", "штат"]],
    ["Штаты", "ru", "штат", ["штаты", "штат"]],
    ["Соединенные", "ru", "соединенн", ["соединенные", "соединенн", "соединенны"]],
    ["президентом", "ru", "президент", ["президентом", "президент"]],
    ["Казахстана", "ru", "казахстан", ["казахстана", "казахстан"]],
    // Indeclinable loan names keep their vowel as a key.
    ["Того", "ru", "того", ["того"]],
    ["Перу", "ru", "перу", ["перу", "пер"]],
    ["Ёлка", "ru", "елк", ["елка", "елк"]],
    ["Kazakhstan", "ru", "kazakhstan", ["kazakhstan"]],
    // Kazakh entries are stored as written; text words are looked up under every stem.
    ["Президенті", "kk", "президенті", ["президенті", "президен", "президент", "прези"]],
    [
      "Республикасының",
      "kk",
      "республикасының",
      ["республикасының", "республикасы", "республика", "республикас"],
    ],
    ["Тоқаевтың", "kk", "тоқаевтың", ["тоқаевтың", "тоқаев"]],
    ["елдеріміздің", "kk", "елдеріміздің", ["елдеріміздің", "елдеріміз", "елдер", "елдері"]],
    ["Астанаға", "kk", "астанаға", ["астанаға", "астана", "аста"]],
    ["Мәскеуде", "kk", "мәскеуде", ["мәскеуде", "мәскеу"]],
    ["Әлиевпен", "kk", "әлиевпен", ["әлиевпен", "әлиев"]],
    ["President", "en", "president", ["president"]],
  ])("%s (%s): entry key %s, text keys %j", (word, lang, key, keys) => {
    expect(entryKey(word, lang)).toBe(key);
    expect(stems(word, lang)).toEqual(keys);
  });

  it("looks a word up under its Russian and Kazakh keys together", () => {
    expect([...candidateKeys("Президентінің")]).toEqual(
      expect.arrayContaining(["президентінің", "президент"]),
    );
    expect([...candidateKeys("президентом")]).toEqual(["президентом", "президент"]);
  });

  it.each([
    ["Kazakhstan's", ["kazakhstan"]],
    ["Kazakhs", ["kazakh"]],
    ["USA", []],
  ])("English keys of %s: %j", (word, keys) => {
    const out = new Set<string>();
    englishKeys(word, out);
    expect([...out]).toEqual(keys);
  });

  it.each([
    ["Того", true],
    ["Мали", true],
    ["Соединенные", false],
    ["Россия", false],
    ["Казахстан", false],
  ])("%s is indeclinable: %s", (word, indeclinable) => {
    expect(isIndeclinable(word)).toBe(indeclinable);
  });
});

describe("search stems", () => {
  it.each([
    // lower-cased word → stems it is stored under besides itself, shortest cut first
    ["токаеву", ["токаев"]],
    ["соглашения", ["соглашени", "соглашен"]],
    ["министров", ["министр"]],
    // "-ев" is cut only where 5+ letters stay, so "Алиев" does not meet "Али".
    ["алиев", []],
    ["россия", ["росси", "росс"]],
    ["тоқаевтың", ["тоқаев"]],
    ["әлияның", ["әлия"]],
    ["астанаға", ["астанағ", "аста"]],
  ])("%s → %j", (word, expected) => {
    expect(searchStems(word)).toEqual(expected);
  });
});

describe("place names", () => {
  it.each<[string, MorphLanguage, string[]]>([
    ["Астана", "ru", ["Астана", "Астаны", "Астане", "Астану", "Астаной", "Астаною"]],
    ["Прага", "ru", ["Прага", "Праги", "Праге", "Прагу", "Прагой", "Прагою"]],
    ["Ташкент", "ru", ["Ташкент", "Ташкента", "Ташкенте", "Ташкенту", "Ташкентом"]],
    ["Тверь", "ru", ["Тверь", "Твери", "Тверью"]],
    ["Баку", "ru", ["Баку"]],
    ["Paris", "en", ["Paris"]],
  ])("%s (%s) → %j", (name, lang, forms) => {
    expect(placeForms(name, lang)).toEqual(forms);
  });

  it("gives Kazakh place names their case endings", () => {
    const forms = placeForms("Астана", "kk");
    expect(forms[0]).toBe("Астана");
    expect(forms).toEqual(
      expect.arrayContaining(["Астанаға", "Астанада", "Астанадан", "Астананың", "Астанадағы"]),
    );
    expect(forms).not.toContain("Астаналар");
  });
});

describe("Kazakh endings by use", () => {
  it.each([
    ["Тоқаевтың", "Тоқаев"],
    ["Әлиевпен", "Әлиев"],
    ["Әлияның", "Әлия"],
    // After a vowel "-на" is as often the name's own end.
    ["Зарина", "Зарина"],
    // A name whose end only looks like a voiceless ending after a vowel keeps it.
    ["Айдана", "Айдана"],
  ])("kazakhNameStem(%s) = %s", (word, stem) => {
    expect(kazakhNameStem(word)).toBe(stem);
  });

  it("lists month endings longest first, so a regular expression tries the longest", () => {
    const months = kazakhSuffixAlternation("month").split("|");
    expect(months).toEqual(expect.arrayContaining(["да", "дағы", "ында", "ға", "ы"]));
    const lengths = months.map((m) => m.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it("makes adjectives of origin from a country name", () => {
    expect(kazakhOriginForms("Қазақстан")).toContain("Қазақстандық");
    expect(kazakhOriginForms("Ресей")).toContain("Ресейлік");
  });
});

describe("Russian adjectives and verbs", () => {
  it.each([
    ["казахстанского", "казахстанск"],
    ["российский", "российск"],
    ["узбекскими", "узбекск"],
    ["казахстан", null],
  ])("russianAdjectiveStem(%s) = %s", (word, stem) => {
    expect(russianAdjectiveStem(word)).toBe(stem);
  });

  it.each([
    // Accusative and prepositional singular: "в братский Таджикистан", "в Южной Корее".
    ["братский", true],
    ["братскую", true],
    ["южной", true],
    ["братском", true],
    // Plural and genitive forms stand before no single destination.
    ["братские", false],
    ["братского", false],
  ])("%s ends as an adjective before a destination: %s", (word, expected) => {
    const ending = new RegExp(`(?:${russianEndingAlternation("destination")})$`, "u");
    expect(ending.test(word)).toBe(expected);
  });

  it("lists endings longest first, so a regular expression tries the longest", () => {
    const endings = russianEndingAlternation("adjective").split("|");
    expect(endings).toEqual(expect.arrayContaining(["ого", "ыми", "ой", "ую"]));
    const lengths = endings.map((e) => e.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it.each([
    ["заявил", ["заявил", "заявила", "заявили"]],
    ["поделился", ["поделился", "поделилась", "поделились"]],
    [
      "сообщил журналистам",
      ["сообщил журналистам", "сообщила журналистам", "сообщили журналистам"],
    ],
    ["говорит", ["говорит"]],
  ])("russianPastForms(%s) = %j", (entry, forms) => {
    expect(russianPastForms(entry)).toEqual(forms);
  });
});

describe("Kazakh cases and possessives", () => {
  it.each([
    ["жоспарына", { stem: "жоспар", possessive: "ы" }],
    ["бағдарламасы", { stem: "бағдарлама", possessive: "сы" }],
    ["жоспарын", { stem: "жоспар", possessive: "ы" }],
    ["келісімі", { stem: "келісім", possessive: "і" }],
    ["келісім", null],
  ])("kazakhPossessive(%s) = %j", (word, split) => {
    expect(kazakhPossessive(word)).toEqual(split);
  });

  it.each([
    ["Президентінің", "genitive", true],
    ["Тоқаевтың", "genitive", true],
    ["Тоқаевты", "accusative", true],
    // "-н" is the accusative only after a possessive.
    ["Казахстан", "accusative", false],
    ["Астанада", "locative", true],
    ["Астана", "locative", false],
    ["Ташкенттен", "ablative", true],
    ["Астанаға", "ablative", false],
  ] as const)("%s has the %s ending: %s", (word, grammaticalCase, expected) => {
    expect(hasKazakhCase(word, grammaticalCase)).toBe(expected);
  });

  it.each([
    ["Мәскеуге", true],
    ["Астанада", true],
    ["Түркиядағы", true],
    ["Мәскеуден", false],
  ])("%s names a destination: %s", (word, expected) => {
    expect(hasKazakhSuffix(word, "destination")).toBe(expected);
  });

  it.each([
    ["қаласына", true],
    ["қаласында", true],
    ["астанасындағы", true],
    ["қаласынан", false],
  ])("%s names a destination after a city's name: %s", (word, expected) => {
    expect(hasKazakhSuffix(word, "city-noun")).toBe(expected);
  });
});

describe("verb and noun shapes", () => {
  it.each([
    ["ашатынын", true],
    ["екенін", true],
    ["келгенін", true],
    ["келді", false],
  ])("%s closes a Kazakh reported clause: %s", (word, expected) => {
    expect(isKazakhClauseEnd(word)).toBe(expected);
  });

  it.each([
    ["айтқысы", true],
    ["білдіргім", true],
    ["айтты", false],
  ])("%s is a Kazakh desiderative: %s", (word, expected) => {
    expect(isKazakhDesiderative(word)).toBe(expected);
  });

  it.each([
    ["сотрудничестве", true],
    ["торговле", true],
    ["энергетике", true],
    ["энергетика", false],
    ["Торговле", false],
  ])("%s looks prepositional: %s", (word, expected) => {
    expect(looksPrepositional(word)).toBe(expected);
  });
});
