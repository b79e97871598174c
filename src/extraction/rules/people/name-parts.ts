// Name-part classes: how one capitalised word can serve in a person's name.
import {
  ARTICLE_SURNAME,
  GIVEN_NAMES,
  givenNameNominative,
  isKazakhWord,
  KAZAKH_NOT_NAME_ENDING,
  kazakhNameBase,
  kazakhPossessive,
  lowerKey,
  matchCase,
  PATRONYMIC_SHAPE,
  parseNameWord,
  parses,
  SURNAME_SHAPE,
  stemKept,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import {
  CAPITAL_PARTICLES,
  CITY_KEYS,
  isCapitalized,
  KAZAKH_FUNCTION_WORDS,
  type Lang,
  NAME_PARTICLES,
  NON_NAME_CAPITALS,
  NON_NAME_WORDS,
  textKeys,
} from "./words.js";

/** A class of words a name is made of, with why a word belongs to it and one that does. */
export interface NamePartDefinition {
  id: string;
  reason: string;
  /** A word of the class as a text of `lang` writes it, and the nominative it reads as. */
  example: { word: string; lang: Lang; nominative: string };
}

/**
 * The name-part classes: `classify` puts every word of a run in one of them (INITIALS are told by
 * the dot after them), and the name shapes are sequences of them.
 */
export const NAME_PARTS = [
  {
    id: "PARTICLE",
    reason: "a lower-case word inside a name, from name-particles.txt: ибн, аль, фон, оглу",
    example: { word: "ибн", lang: "ru", nominative: "ибн" },
  },
  {
    id: "FIRST",
    reason: "a given name from the lexicons or the name dictionary, in any case form",
    example: { word: "Касым-Жомарта", lang: "ru", nominative: "Касым-Жомарт" },
  },
  {
    id: "PATRONYMIC",
    reason: "a father's name: Russian -ович/-овна, or Turkic -ұлы/-қызы/-оглу written as one word",
    example: { word: "Гейдарұлы", lang: "kk", nominative: "Гейдарұлы" },
  },
  {
    id: "LAST",
    reason: "a surname the dictionary knows, or a word of a surname's shape (-ов, -ян, -швили)",
    example: { word: "Токаевым", lang: "ru", nominative: "Токаев" },
  },
  {
    id: "INITIALS",
    reason: "one capital letter and a dot, standing for a given name or a patronymic",
    example: { word: "А.", lang: "ru", nominative: "А" },
  },
  {
    id: "UNKNOWN",
    reason: "a capitalised word no dictionary reads as anything else: maybe a foreign name",
    example: { word: "Райкконен", lang: "ru", nominative: "Райкконен" },
  },
] as const satisfies readonly NamePartDefinition[];

export type NamePartId = (typeof NAME_PARTS)[number]["id"];

export interface NameTok {
  kind: NamePartId;
  /** Whether the word is known as a name (dictionary or lexicon), not just capitalised. */
  known: boolean;
  nominative: string;
}

const tokCache = new Map<string, NameTok | null>();

/** How one capitalised word can serve in a name, or null when it cannot (common word, city, title). */
export function classify(word: string, lang: Lang, inner = false): NameTok | null {
  const cacheKey = `${lang}:${inner ? "inner:" : ""}${word}`;
  if (tokCache.has(cacheKey)) return tokCache.get(cacheKey) ?? null;
  const r = classifyUncached(word, lang, inner);
  if (tokCache.size > 100_000) tokCache.clear();
  tokCache.set(cacheKey, r);
  return r;
}

/** `inner`: the word stands inside a Kazakh name, where no case ending goes ("Едіге Рахмадиев"). */
function classifyUncached(word: string, lang: Lang, inner: boolean): NameTok | null {
  const lower = lowerKey(word);
  if (NAME_PARTICLES.has(lower) && word === lower)
    return { kind: "PARTICLE", known: true, nominative: word };
  if (CAPITAL_PARTICLES.has(lower)) return { kind: "PARTICLE", known: true, nominative: word };
  // "Буша-младшего": the generation word is no part of the surname.
  const junior = /^(.+)-(?:младш|старш)[а-яё]*$/.exec(word);
  if (junior?.[1]) return classify(junior[1], lang, inner);
  const article = ARTICLE_SURNAME.exec(word);
  if (article?.[1]) {
    const rest = parseNameWord(article[1]).nominative;
    return { kind: "LAST", known: true, nominative: word.replace(article[1], rest) };
  }
  if (!isCapitalized(word) || /\d/.test(word)) return null;
  // A capitalised Arabic article opens the name of a place or a company ("Аль-Джазира",
  // "Эль-Кувейт"); in a person's name it is written in lower case ("Сами аль-Хадж").
  if (/^(?:Аль|Эль|Ал|Ас|Ад|Ат|Ар|Аз|Ан|Аш)-[А-ЯЁ]/.test(word))
    return { kind: "UNKNOWN", known: false, nominative: word };
  // A word mixing scripts is a typo or a brand ("Католичеcкой" with a Latin "c"), and a part in
  // capitals is an abbreviation ("ОВД-Инфо"): neither is a name.
  if (/[A-Za-z]/.test(word) && /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(word)) return null;
  if (word.split("-").some((p) => p.length > 1 && p === p.toUpperCase())) return null;
  if (NON_NAME_CAPITALS.has(lower) || KAZAKH_FUNCTION_WORDS.has(lower)) return null;
  // A given name from the lexicons outweighs a city whose stem it shares ("Берни", not "Берн").
  if (GIVEN_NAMES.has(lower) && !isKazakhWord(word))
    return { kind: "FIRST", known: true, nominative: word };
  if (NON_NAME_WORDS.has(lower)) return null;
  for (const k of textKeys(word)) if (CITY_KEYS.has(k)) return null;
  // Kazakh case endings also follow Russian-spelled names in Kazakh text ("Путинмен").
  const base = (lang === "kk" || isKazakhWord(word)) && !inner ? kazakhNameBase(word) : word;
  if (lang === "kk" && isKazakhPossessiveNoun(base)) return null;
  if (/^[A-Za-z'’-]+$/.test(base)) return classifyLatin(base);
  const lexGiven = givenNameNominative(base);
  // Kazakh text has no Russian cases: "Эльмира" there is a woman's name, not "Эльмир" in the
  // genitive, though the masculine form tells that it is a given name.
  const kazakhText = lang === "kk";
  if (lexGiven) return { kind: "FIRST", known: true, nominative: kazakhText ? base : lexGiven };
  const parts = base.split("-");
  if (
    parts.length > 1 &&
    parts.every((p) => GIVEN_NAMES.has(lowerKey(p)) || parseNameWord(p).kind === "given")
  ) {
    const nw = parseNameWord(base);
    return { kind: "FIRST", known: true, nominative: isKazakhWord(base) ? base : nw.nominative };
  }
  // Kazakh spelling writes the patronymic with "ұ"/"қ"; "Қарулы" (armed) only looks like one.
  const kazakhLookalike = isKazakhWord(base) && /(?:улы|кызы)$/i.test(base);
  if (PATRONYMIC_SHAPE.test(base) && !kazakhLookalike)
    return { kind: "PATRONYMIC", known: true, nominative: base };
  if (kazakhLookalike) return null;
  if (isKazakhWord(base)) {
    const shape = SURNAME_SHAPE.test(base);
    // Possessive nouns and relative adjectives ("Күштері", "Арыстағы") are no name words;
    // abstract nouns in -лық/-лік are, at times ("Бірлік", "Жақсылық").
    if (!shape && KAZAKH_NOT_NAME_ENDING.test(base)) return null;
    return { kind: shape ? "LAST" : "UNKNOWN", known: shape, nominative: base };
  }
  const nw = parseNameWord(base);
  // A place reading guessed from the ending alone ("Кирос", "Горацио") is no evidence of a place.
  // Kazakh text keeps the stricter test: its place names are unknown to the Russian dictionary.
  const geo = parses(base).find(
    (p) =>
      p.tag.Geox === true && (lang !== "ru" || (p as { parser?: string }).parser === "Dictionary"),
  );
  // Places ("Центральной Азии") are not names, unless the word is as likely a personal name.
  if (
    geo &&
    !parses(base).some((p) => (p.tag.Name === true || p.tag.Surn === true) && p.score >= geo.score)
  ) {
    return null;
  }
  if (nw.kind === "given") {
    // A given-name reading that is far less likely than a common word is not trusted ("Роман" the novel).
    const ps = parses(base);
    const top = ps[0];
    const nameScore = ps.find((p) => p.tag.Name === true)?.score ?? 0;
    // In Russian text only a reading the dictionary knows counts; one guessed from the ending
    // ("Исорел" as a verb) does not.
    const common =
      top &&
      top.tag.Name !== true &&
      top.tag.Surn !== true &&
      top.tag.Geox !== true &&
      (lang !== "ru" || (top as { parser?: string }).parser === "Dictionary");
    if (common && top && top.score > nameScore * 3) return null;
    // A name reading guessed from the ending alone ("Мажилиса") is no evidence of a person.
    const fromDictionary = ps.some(
      (p) => p.tag.Name === true && (p as { parser?: string }).parser === "Dictionary",
    );
    return {
      kind: fromDictionary ? "FIRST" : "UNKNOWN",
      known: fromDictionary,
      nominative: kazakhText ? base : nw.nominative,
    };
  }
  if (nw.kind === "surname" || nw.kind === "patronymic") {
    const ps = parses(base);
    const top = ps[0];
    const notName = top && top.tag.Surn !== true && top.tag.Name !== true && top.tag.Patr !== true;
    if (notName && !SURNAME_SHAPE.test(base)) return null;
    const nominative = kazakhText ? base : stemKept(base, nw.nominative);
    return { kind: nw.kind === "surname" ? "LAST" : "PATRONYMIC", known: true, nominative };
  }
  const ps = parses(base);
  // A word the dictionary knows as something other than a name (noun, verb, month, place) is no name.
  const known = ps.some((p) => (p as { parser?: string }).parser === "Dictionary");
  if (known) return null;
  if (SURNAME_SHAPE.test(base)) return { kind: "LAST", known: false, nominative: nw.nominative };
  return { kind: "UNKNOWN", known: false, nominative: base };
}

/**
 * A common noun with a Kazakh possessive, whatever its script: "Республикасы" (its republic),
 * "Ассамблеясы". Kazakh names are not possessives of nouns the dictionary knows.
 */
export function isKazakhPossessiveNoun(word: string): boolean {
  const split = kazakhPossessive(word.toLowerCase());
  if (!split || split.stem.length < 5) return false;
  return parses(split.stem).some(
    (p) =>
      p.tag.POS === "NOUN" &&
      p.tag.Name !== true &&
      p.tag.Surn !== true &&
      (p as { parser?: string }).parser === "Dictionary",
  );
}

function classifyLatin(word: string): NameTok | null {
  const bare = word.replace(/(?:'s|’s)$/, "");
  if (GIVEN_NAMES.has(lowerKey(bare))) return { kind: "FIRST", known: true, nominative: bare };
  if (SURNAME_SHAPE.test(bare)) return { kind: "LAST", known: true, nominative: bare };
  return { kind: "UNKNOWN", known: false, nominative: bare };
}

export function surnameFromCommonWord(word: string, afterParticle: boolean): NameTok | null {
  if (/^[A-Za-z'’-]+$/.test(word)) return { kind: "LAST", known: false, nominative: word };
  // A surname shape outweighs a place reading ("Дмитрий Ливанов" is not "of the Lebanons").
  if (/(?:ов|ев|ёв|ин)(?:а|у|ым|ом|е)?$/.test(word) && !isKazakhWord(word)) {
    return { kind: "LAST", known: false, nominative: parseNameWord(word).nominative };
  }
  for (const k of textKeys(word)) if (CITY_KEYS.has(k)) return null;
  const ps = parses(word);
  const noun = ps.find((p) => p.tag.POS === "NOUN");
  // Adjective-shaped surnames: "Алексей Навальный", "Юрий Долгорукий", "Льва Толстого".
  const adjective = ps.find((p) => p.tag.POS === "ADJF" && p.tag.NMbr !== "plur");
  if (!noun && adjective) {
    const nom = adjective.tag.CAse === "nomn" ? null : adjective.inflect(["nomn", "sing"]);
    return { kind: "LAST", known: false, nominative: nom ? matchCase(nom.word, word) : word };
  }
  // Russian surnames in -ых/-их keep the form of a genitive plural: "Сергей Седых".
  if (!noun && /[А-ЯЁ][а-яё]+[ыи]х$/.test(word) && ps.some((p) => p.tag.POS === "ADJF"))
    return { kind: "LAST", known: false, nominative: word };
  // A capitalised verb form or a word the dictionary does not know right after a given name is
  // the surname ("Маркус Мерк"); function words are not.
  const functionWord = ps.some((p) => ["NPRO", "PREP", "CONJ", "PRCL"].includes(p.tag.POS ?? ""));
  if (!noun)
    return functionWord && !afterParticle ? null : { kind: "LAST", known: false, nominative: word };
  const nom = noun.tag.CAse === "nomn" ? word : noun.inflect(["nomn", "sing"]);
  const text = typeof nom === "string" ? nom : nom ? nom.word : word;
  return { kind: "LAST", known: false, nominative: matchCase(text, word) };
}

export function isInitial(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.text.length !== 1 || t.text === t.text.toLowerCase()) return false;
  return text[t.end] === ".";
}
