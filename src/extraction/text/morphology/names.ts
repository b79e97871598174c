// Person-name words in any case form: kind (given name, surname, patronymic) and nominative.
import { loadLexicon } from "../../lexicons/load.js";
import { lowerKey } from "./keys.js";
import { isKazakhWord, kazakhNameStem } from "./kk.js";
import { type AzParse, CACHE_LIMIT, matchCase, parses } from "./ru.js";

export type NameWordKind = "given" | "surname" | "patronymic";

export interface NameWord {
  kind: NameWordKind | null;
  /** Nominative as the text spells it (case of letters kept). */
  nominative: string;
  gender: "masc" | "femn" | null;
  /** Grammatical case the word stands in, when known ("gent", "datv"...). */
  case: string | null;
}

/** Surname endings of the region (Russian, Turkic, Caucasian, Iranian), nominative masculine/feminine. */
const SURNAME_NOMINATIVE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ян|янц|швили|дзе|ия|улы|ұлы|уулу|кызы|қызы|оглу|оглы|заде|зода|беков|баев)$/i;

/** Case endings of Russian-declined surnames in -ов/-ев/-ин, longest first: "Алиевым" → "Алиев". */
const SURNAME_CASE_ENDINGS: Array<[RegExp, string]> = [
  [/(ов|ев|ёв|ин|ын)(ым|ого|ому|ой|ою|ых|ыми|а|у|е|ы)$/i, "$1"],
];

const nameCache = new Map<string, NameWord>();

/**
 * Analyses one capitalised word that may be part of a person's name.
 * Example: "Ильхамом" → { kind: "given", nominative: "Ильхам" }; "Токаеву" → surname "Токаев".
 * Hyphenated given names are analysed part by part ("Касым-Жомарту" → "Касым-Жомарт").
 */
export function parseNameWord(word: string): NameWord {
  let hit = nameCache.get(word);
  if (hit) return hit;
  hit = analyseNameWord(word);
  if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
  nameCache.set(word, hit);
  return hit;
}

function analyseNameWord(word: string): NameWord {
  if (word.includes("-")) {
    const parts = word.split("-").map((p) => analyseNameWord(p));
    const kinds = parts.map((p) => p.kind);
    const kind =
      kinds.includes("surname") && !kinds.includes("given")
        ? "surname"
        : (kinds.find((k) => k) ?? null);
    // Only the last part of a hyphenated Russian given name declines ("Касым-Жомарту").
    const first = word.split("-");
    const last = parts.at(-1);
    const nominative = [...first.slice(0, -1), last?.nominative ?? first.at(-1) ?? ""].join("-");
    return { kind, nominative, gender: last?.gender ?? null, case: last?.case ?? null };
  }
  if (isKazakhWord(word)) {
    const stem = kazakhNameStem(word);
    const kind = SURNAME_NOMINATIVE.test(stem) ? "surname" : null;
    return { kind, nominative: stem, gender: null, case: stem === word ? "nomn" : null };
  }
  // A reading that splits off an unknown prefix ("Бектенов" as "Бек" + "Тен") is no name analysis.
  const ps = parses(word).filter((p) => (p as { parser?: string }).parser !== "PrefixUnknown");
  const names = ps.filter((p) => p.tag.Name === true);
  const name = names.find((p) => p.tag.NMbr !== "plur") ?? names[0];
  const surn = ps.find((p) => p.tag.Surn === true);
  const patr = ps.find((p) => p.tag.Patr === true);
  const best = ps[0];
  // Prefer the surname reading for -ов/-ев/-ин shapes: az reads unknown "Асадов" as plural of a given name.
  const surnameShape =
    /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ого|ому|ых)?$/i.test(word) && word.length > 4;
  let chosen: AzParse | undefined;
  let kind: NameWordKind | null = null;
  if (patr) {
    chosen = patr;
    kind = "patronymic";
  } else if (surn && (surnameShape || !name || surn.score >= name.score)) {
    chosen = surn;
    kind = "surname";
  } else if (
    name &&
    !(
      surnameShape &&
      (name.tag.NMbr === "plur" || (name as { parser?: string }).parser !== "Dictionary")
    )
  ) {
    chosen = name;
    kind = "given";
  } else if (surnameShape) {
    return guessSurname(word);
  }
  if (!chosen) {
    if (SURNAME_NOMINATIVE.test(word)) {
      return { kind: "surname", nominative: word, gender: null, case: "nomn" };
    }
    return { kind: null, nominative: word, gender: null, case: best?.tag.CAse ?? null };
  }
  // An unknown foreign name ending in -и/-о/-э does not decline ("Раиси", "Навои").
  if ((chosen as { parser?: string }).parser !== "Dictionary" && /[иоэ]$/i.test(word)) {
    return { kind, nominative: word, gender: null, case: null };
  }
  const gender = chosen.tag.GNdr === "femn" ? "femn" : chosen.tag.GNdr === "masc" ? "masc" : null;
  const caseName = chosen.tag.CAse ?? null;
  let nominative = word;
  if (caseName !== "nomn") {
    const nom =
      chosen.inflect(gender ? ["nomn", "sing", gender] : ["nomn", "sing"]) ||
      chosen.inflect(["nomn"]);
    if (nom) nominative = matchCase(nom.word, word);
  }
  return { kind, nominative, gender, case: caseName };
}

function guessSurname(word: string): NameWord {
  for (const [re, rep] of SURNAME_CASE_ENDINGS) {
    if (re.test(word)) {
      return { kind: "surname", nominative: word.replace(re, rep), gender: "masc", case: null };
    }
  }
  return { kind: "surname", nominative: word, gender: null, case: "nomn" };
}

/**
 * Whether a word is a patronymic by its ending, Russian or Turkic: "Петрович", "Ивановна",
 * "Гейдарұлы", "Серікқызы", "Гейдароглу".
 */
export function isPatronymic(word: string): boolean {
  return /(?:улы|ұлы|уулу|кызы|қызы|оглу|оглы|оғлу|оғлы|вич|вна|ична)$/i.test(word);
}

/** An Arabic surname with its article: "аль-Хадж", "эль-Масри", "ас-Сиси". */
export const ARTICLE_SURNAME = /^(?:аль|эль|ал|ас|ад|ат|ар|аз|ан|аш)-([А-ЯЁ][а-яё]+)$/;

/** Surname endings of the region, nominative and case forms: "Токаев", "Пашиняном", "Гейдарұлы". */
export const SURNAME_SHAPE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|ян|янц|швили|дзе|ия|улы|ұлы|уулу|кызы|қызы|оглу|оглы|заде|зода|енко|ук|юк|ович|евич|ov|ev|yev|in|ova|eva|ina|sky|skiy|yan|ian|shvili|dze|enko|uly|ogly|zade|zoda)(?:а|у|ым|ом|ой|е|ого|ому|ых|тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|пен|бен|мен|ты|ті|ды|ді|ны|ні|'s)?$/i;

/** Turkic patronymics written as one word: "Гейдарұлы", "Кемелұлы", "Гейдароғлу". */
export const PATRONYMIC_SHAPE = /(?:улы|ұлы|уулу|кызы|қызы|оглу|оглы|оғлу|оғлы)$/i;

/** Whether a nominative keeps the written stem: "Алиева" → "Алиев", "Толстого" → "Толстой". */
export function keepsStem(written: string, nominative: string): boolean {
  return (
    written.startsWith(nominative) ||
    (/[аяйь]$/.test(nominative) && written.startsWith(nominative.slice(0, -1)))
  );
}

/**
 * The dictionary's nominative of a surname, unless it loses the written stem ("Маккаррика" →
 * "Макарик"); then the case ending alone comes off.
 */
export function stemKept(written: string, nominative: string): string {
  if (keepsStem(written, nominative)) return nominative;
  return written.replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/, "");
}

/** A Russian patronymic in any case: "Леонидовичем", "Сергеевны", "Ильича". */
export const RUSSIAN_PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:ич|вн|чн)(?:а|у|ем|е|ы|ой|ою)?$/;

/** Nominative of a Russian patronymic or a surname in -вич: "Леонидовичем" → "Леонидович". */
export function patronymicNominative(word: string): string {
  return word.replace(/(ич)(?:а|у|ем|е)$/, "$1").replace(/(вн|чн)(?:ы|е|у|ой|ою)$/, "$1а");
}

/** Case endings of consonant-final masculine names: "Шефера" → "Шефер", "Цзюнем" → "Цзюнь". */
export const MASCULINE_ENDINGS: Array<[string, RegExp, string]> = [
  ["gent", /(?<=[бвгджзклмнпрстфхцчшщ])а$/, ""],
  ["gent", /(?<=[бвгджзклмнпрстфхцчшщ])я$/, "ь"],
  ["accs", /(?<=[бвгджзклмнпрстфхцчшщ])а$/, ""],
  ["accs", /(?<=[бвгджзклмнпрстфхцчшщ])я$/, "ь"],
  ["datv", /(?<=[бвгджзклмнпрстфхцчшщ])у$/, ""],
  ["datv", /(?<=[бвгджзклмнпрстфхцчшщ])ю$/, "ь"],
  ["ablt", /(?<=[бвгджзклмнпрстфхцчшщ])ом$/, ""],
  ["ablt", /(?<=[бвгджзклмнпрстфхцчшщ])ем$/, "ь"],
  ["loct", /(?<=[бвгджзклмнпрстфхцчшщ])е$/, ""],
];

/** A Russian case ending on the last syllable of an East Asian name: "Ына" → "Ын", "Цзюня" → "Цзюнь". */
export function syllableNominative(syllable: string): string {
  if (syllable.length < 3) return syllable;
  return syllable
    .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/, "")
    .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:я|ю|ем)$/, "ь");
}

/** The feminine form of a Russian surname: "Петров" → "Петрова", "Лесной" stays; "Обама" stays. */
export function feminineSurname(surname: string): string {
  if (/(?:ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  return surname.replace(/(ск|цк)ий$/, "$1ая");
}

/** Given names from the lexicons, by lower-cased nominative (Cyrillic, Kazakh and Latin spellings). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (["ru", "kk", "en"] as const).flatMap((l) => loadLexicon(l, "given-names").map(lowerKey)),
);

/**
 * A Kazakh word without its case ending, unless the whole word is a known given name whose end
 * only looks like one: "Нұрсұлтан" is not "Нұрсұл" + ablative "-тан".
 */
export function kazakhNameBase(word: string): string {
  return GIVEN_NAMES.has(lowerKey(word)) ? word : kazakhNameStem(word);
}

/** Endings of a Russian given name whose nominative shows: a consonant (masculine) or -а/-я. */
export const NOMINATIVE_SHOWS = /[бвгджзклмнпрстфхцчшщйьая]$/i;

/**
 * Nominative endings a case ending of a given name may stand for, likeliest first: "-я" is the
 * genitive of "Николай" before it is "Никола" + "я"; "-ой" ends feminine names only ("Хулианой"
 * is not "Хулиан").
 */
const RESTORE: Record<string, string[]> = {
  ом: [""],
  ем: ["й", "ь", ""],
  ой: ["а", "я"],
  ей: ["я", "а"],
  а: ["", "а"],
  я: ["й", "ь", "я"],
  у: ["", "а"],
  ю: ["й", "ь", "я"],
  е: ["", "й", "ь", "а", "я"],
  ы: ["а"],
  и: ["я", "й", "ь", "а"],
};

/**
 * Nominative of a given name from the lexicon in any case form; in a hyphenated name only the
 * last part declines. Example: "Касым-Жомарта" → "Касым-Жомарт", "Олжасом" → "Олжас".
 */
export function givenNameNominative(word: string): string | null {
  const parts = word.split("-");
  const last = parts.at(-1) ?? "";
  for (const p of parts.slice(0, -1)) if (!GIVEN_NAMES.has(lowerKey(p))) return null;
  if (GIVEN_NAMES.has(lowerKey(last))) return word;
  // Case endings of given names only: "-ов"/"-ев" would turn the surname "Алиев" into the name "Али".
  const m = /(?:ом|ем|ой|ей|а|я|у|ю|е|ы|и)$/i.exec(last);
  const keys = m ? [lowerKey(last.slice(0, m.index))] : [];
  for (const k of keys) {
    for (const restore of RESTORE[lowerKey(m?.[0] ?? "")] ?? []) {
      if (k.length < last.length && GIVEN_NAMES.has(k + restore)) {
        return [...parts.slice(0, -1), last.slice(0, k.length) + restore].join("-");
      }
    }
  }
  return null;
}

/** A surname of the -ов/-ев/-ин shape, as written in a list (nominative): "Сёмин", "Корнеев". */
export const LISTED_SHAPE = /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ский|цкий|енко|ук|юк)$/;

/**
 * Kazakh endings of common nouns and adjectives that names do not have: possessive
 * ("Әкімшілігі", "басшысы"), abstract or relative ("Денсаулық", "Ұлттық", "Арыстағы"), agent
 * ("Қосшы").
 */
export const KAZAKH_NOT_NAME_ENDING = /(?:лығы|лігі|дығы|дігі|тығы|тігі|сы|сі|ғы|гі|қы|кі)$/i;

/**
 * The same endings and the abstract and agent ones, which names have only at times ("Бірлік"):
 * a lone word with one after a title names what the title governs.
 */
export const KAZAKH_COMMON_ENDING =
  /(?:лығы|лігі|дығы|дігі|тығы|тігі|сы|сі|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|шы|ші)$/i;
