// Finds the people an article names, with their role and state, and every place it mentions them.
import type { Analysis, CountryMention, PersonMention } from "../analysis.js";
import { loadColumns, loadLexicon, loadTagged } from "../lexicons/load.js";
import { groupPeople, type NameCandidate } from "../resolve/people.js";
import {
  hasKazakhCase,
  isKazakhWord,
  kazakhCandidateKeys,
  kazakhNameStem,
  kazakhPossessive,
  lowerKey,
  matchCase,
  parseNameWord,
  parses,
  russianCandidateKeys,
  russianEntryKey,
} from "../text/morphology/index.js";
import { type Token, tokenize } from "../text/tokens.js";
import { PERSON_ROLES, type PersonFact, type PersonRole, type Span } from "../types.js";
import { homeState } from "./home-state.js";
import { type RuleIdOf, ruleOf } from "./registry.js";

type Lang = "ru" | "kk" | "en";

interface RoleEntry {
  role: PersonRole;
  keys: string[];
  /** The title as the lexicon writes it, singular nominative: "глава правительства". */
  phrase: string;
}

interface TitleMatch {
  role: PersonRole;
  /** Singular nominative from the lexicon: "Президенты" and "Президенті" → "президент". */
  phrase: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
}

type NameKind = "given" | "surname" | "patronymic" | "particle" | "initial" | "unknown";

interface NameTok {
  kind: NameKind;
  /** Whether the word is known as a name (dictionary or lexicon), not just capitalised. */
  known: boolean;
  nominative: string;
}

const LANGS: Lang[] = ["ru", "kk", "en"];

function entryKey(word: string, lang: Lang): string {
  return lang === "ru" ? russianEntryKey(word) : lowerKey(word);
}

/** Roles by the key of their first word; longest title wins. */
const ROLES = (() => {
  const byFirst = new Map<string, RoleEntry[]>();
  for (const lang of LANGS) {
    for (const e of loadTagged(lang, "person-roles", {
      values: PERSON_ROLES,
      layout: "value-first",
    })) {
      const keys = tokenize(e.words).map((t) => entryKey(t.text, lang));
      const first = keys[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ role: e.value, keys, phrase: e.words });
      byFirst.set(first, list);
    }
  }
  return byFirst;
})();

/** Keys of nouns for people that a name follows, without a role ("футболист", "ақын"). */
const CUE_KEYS = new Set(
  (["ru", "kk"] as const).flatMap((l) =>
    loadLexicon(l, "person-cues").flatMap((w) => {
      const key = entryKey(w, l);
      // The vowel of "-ец"/"-ок" drops in the other cases: "певец" → "певцом", "турок" → "турка".
      const fleeting = l === "ru" ? /^(.+)(?:ец|ок)$/.exec(key) : null;
      return fleeting ? [key, `${fleeting[1]}${key.endsWith("ец") ? "ц" : "к"}`] : [key];
    }),
  ),
);

/** Keys of nouns for family members: "жена", "дочерью". */
const KIN_KEYS = new Set(loadLexicon("ru", "kinship").map((w) => entryKey(w, "ru")));

/**
 * Rule person.kin: a given name alone right after a noun for a family member takes the family
 * name of the person named before it in the sentence: "Барак Обама с женой Мишель" → "Мишель
 * Обама", "Сергей Петров с дочерью Анной" → "Анна Петрова".
 */
function nameKin(
  a: Analysis,
  tokens: Token[],
  candidates: NameCandidate[],
  partials: NameCandidate[],
): void {
  const starts = new Map(tokens.map((t, i) => [t.start, i]));
  for (const p of partials) {
    if (!p.givenOnly) continue;
    const at = starts.get(p.start);
    const kin = at === undefined ? undefined : tokens[at - 1];
    if (!kin || a.text.slice(kin.end, p.start) !== " ") continue;
    if (![...textKeys(kin.text)].some((k) => KIN_KEYS.has(k))) continue;
    // The relative is named close by, with no list or clause between: "Обама с женой Мишель".
    const family = candidates.find(
      (c) =>
        c.hasGiven &&
        !c.familyFirst &&
        c.end <= kin.start &&
        kin.start - c.end <= 25 &&
        !/[,;:.!?—–()]/.test(a.text.slice(c.end, kin.start)),
    );
    if (!family) continue;
    const given = p.surname;
    const feminine = parseNameWord(given).gender === "femn" || /[ая]$/.test(given);
    candidates.push({
      ...p,
      given,
      surname: feminine ? feminineSurname(family.surname) : family.surname,
      initial: given[0] ?? null,
      hasGiven: true,
      givenOnly: false,
      rule: "person.kin",
    });
  }
}

/** The feminine form of a Russian surname: "Петров" → "Петрова", "Лесной" stays; "Обама" stays. */
function feminineSurname(surname: string): string {
  if (/(?:ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  return surname.replace(/(ск|цк)ий$/, "$1ая");
}

/** News agencies named like people, as lower-cased word keys joined by spaces: "рейтер", "франс пресс". */
const AGENCY_KEYS = new Set(
  loadLexicon("ru", "news-agencies").map((line) =>
    tokenize(line)
      .map((t) => entryKey(t.text, "ru"))
      .join(" "),
  ),
);

/**
 * Rule person.agency: a news agency named like a person is a source, not a speaker: "сообщает
 * Рейтер", "передаёт Франс Пресс".
 */
function isAgency(tokens: Token[], run: Run): boolean {
  const first = tokens[run.from]?.text ?? "";
  if ([...textKeys(first)].some((k) => AGENCY_KEYS.has(k))) return true;
  // The run may hold only the first word of a longer name ("Ассошиэйтед" of "Ассошиэйтед Пресс").
  for (let n = 2; n <= 3; n++) {
    const words = tokens.slice(run.from, run.from + n);
    if (AGENCY_KEYS.has(words.map((t) => entryKey(t.text, "ru")).join(" "))) return true;
  }
  return false;
}

/** A name given as a nickname or an alias of someone named before: "по прозвищу Фрэнки Бой". */
const NICKNAME_BEFORE = /(?:по прозвищу|по кличке|под псевдонимом|известн[а-я]* как)\s*[«"“(]?$/i;

/**
 * Nouns for a region or a state whose name follows them: "Республики Алтай", "штата Джорджия";
 * that name is a place even when it is also a given name.
 */
const PLACE_NOUN =
  /^(?:республик[аиуеой]{0,2}|област[ьиюей]{1,2}|кра[йяюе]|штат[ауое]?|провинци[яиюей]{1,2})$/i;

/** Keys of titles of monarchs, who go by a given name alone ("принц Чарльз"). */
const MONARCH_KEYS = new Set(
  loadLexicon("ru", "monarch-titles").map((w) => entryKey(w.split(/\s+/).at(-1) ?? w, "ru")),
);

/** Russian speech verbs in the masculine past or present ("заявил", "отмечает"). */
const SPEECH_VERBS = new Set(
  loadLexicon("ru", "speech-verbs").flatMap((line) => {
    const first = lowerKey(line.split(/\s+/)[0] ?? "");
    return first ? [first] : [];
  }),
);

/** Whether a word is a form of a speech verb: "заявил", "заявила", "заявили". */
function isSpeechVerb(word: string): boolean {
  const w = lowerKey(word);
  return SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.replace(/(?:а|и|о)$/, ""));
}

/** A regnal number after a name: "Елизавета II", "Иоанн Павел II", "Людовик XIV". */
const REGNAL = /^[ \u00a0]+(X{0,2}(?:IX|IV|V?I{0,3}))(?![A-Za-z0-9])/;

/**
 * Rule person.regnal: given names followed by a regnal number name a monarch or a pope, named
 * by the number in place of a surname.
 * Example: "королева Елизавета II" → "Елизавета II"; "Иоанна Павла II" → "Иоанн Павел II".
 */
function regnalName(a: Analysis, run: Run, start: number, end: number): NameCandidate | null {
  if (!run.toks.every((t) => t.kind === "given") || !run.toks.some((t) => t.known)) return null;
  const m = REGNAL.exec(a.text.slice(end, end + 8));
  const number = m?.[1];
  if (!m || !number) return null;
  const given = run.toks.map((t) => t.nominative).join(" ");
  const to = end + m[0].length;
  return {
    start,
    end: to,
    surface: a.text.slice(start, to),
    given,
    surname: number,
    initial: given[0] ?? null,
    hasGiven: true,
    role: null,
    country: null,
    title: null,
    historical: false,
    givenOnly: false,
    rule: "person.regnal",
  };
}

/** A Russian case ending on the last syllable of an East Asian name: "Ына" → "Ын", "Цзюня" → "Цзюнь". */
function syllableNominative(syllable: string): string {
  if (syllable.length < 3) return syllable;
  return syllable
    .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/, "")
    .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:я|ю|ем)$/, "ь");
}

/** East Asian family names as written: "Си", "Ким", "Нгуен". */
const EAST_ASIAN = new Set(loadLexicon("ru", "east-asian-surnames"));

/**
 * Rule person.east-asian: an East Asian family name followed by one or two short syllables that
 * are no known Russian words: "Ким Чен Ын", "Пан Ги Мун", "Ван Цзюнь", "Ли Со Ён".
 */
function isEastAsianRun(run: Run, tokens: Token[]): boolean {
  if (run.toks.length < 2 || run.toks.length > 3) return false;
  if (!EAST_ASIAN.has(tokens[run.from]?.text ?? "")) return false;
  for (let i = 1; i < run.toks.length; i++) {
    const text = tokens[run.from + i]?.text ?? "";
    const t = run.toks[i];
    if (!t || !/^[А-ЯЁ][а-яё]{0,8}$/.test(text) || t.kind === "patronymic") return false;
    if (SURNAME_SHAPE.test(text) && text.length > 4) return false;
    if (t.kind === "given" && t.known && !EAST_ASIAN.has(text)) return false;
  }
  return true;
}

/** Given names from the lexicons, by lower-cased nominative (Cyrillic, Kazakh and Latin spellings). */
const GIVEN = new Set(LANGS.flatMap((l) => loadLexicon(l, "given-names").map(lowerKey)));

/**
 * A Kazakh word without its case ending, unless the whole word is a known given name whose end
 * only looks like one: "Нұрсұлтан" is not "Нұрсұл" + ablative "-тан".
 */
function kazakhBase(word: string): string {
  return GIVEN.has(lowerKey(word)) ? word : kazakhNameStem(word);
}

/**
 * English capitalised words that never name a person: weekdays, residences and offices
 * ("Akorda said"), and month names ("in November"), unless a month is also a given name ("April").
 */
const NON_NAME_WORDS = new Set([
  ...loadLexicon("en", "non-names").map(lowerKey),
  ...loadColumns("en", "months")
    .map(({ fields }) => lowerKey(fields[1]?.split(/\s+/)[0] ?? ""))
    .filter((month) => !GIVEN.has(month)),
]);

/** City names: a capitalised city is not part of a person's name. */
const CITY_KEYS = new Set(
  LANGS.flatMap((l) =>
    loadLexicon(l, "cities").flatMap((line) => {
      const name = line.replace(/^[A-Z]{2}\s+/, "");
      return tokenize(name).length === 1 ? [entryKey(name, l)] : [];
    }),
  ),
);

/** Lower-case words inside names: "Ильхам Гейдар оглу Алиев", "Абу Али ибн Сина". */
const NAME_PARTICLES = new Set([
  "оглу",
  "оглы",
  "кызы",
  "уулу",
  "ибн",
  "бин",
  "бен",
  "ибни",
  "аль",
  "эль",
  "ад",
  "де",
  "ди",
  "да",
  "дю",
  "дель",
  "делла",
  "ле",
  "ла",
  "ван",
  "фон",
  "дер",
  "bin",
  "ibn",
  "al",
  "de",
  "van",
  "von",
]);

/** Particles that are written capitalised inside a name: "Марин Ле Пен", "Массимо Де Сантис". */
const CAPITAL_PARTICLES = new Set(["де", "ди", "дю", "ле", "ла", "дель", "делла", "фон", "эль"]);

/** Particles that belong to the surname, as against patronymic ones ("оглу", "кызы"). */
const NOBILIARY =
  /^(?:ибн|бин|бен|ибни|аль|эль|ад|де|ди|да|дю|дель|делла|ле|ла|ван|фон|дер|bin|ibn|al|de|van|von)$/i;

/** An Arabic surname with its article: "аль-Хадж", "эль-Масри", "ас-Сиси". */
const ARTICLE_SURNAME = /^(?:аль|эль|ал|ас|ад|ат|ар|аз|ан|аш)-([А-ЯЁ][а-яё]+)$/;

/** Surname endings of the region, nominative and case forms: "Токаев", "Пашиняном", "Гейдарұлы". */
const SURNAME_SHAPE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|ян|янц|швили|дзе|ия|улы|ұлы|уулу|кызы|қызы|оглу|оглы|заде|зода|енко|ук|юк|ович|евич|ov|ev|yev|in|ova|eva|ina|sky|skiy|yan|ian|shvili|dze|enko|uly|ogly|zade|zoda)(?:а|у|ым|ом|ой|е|ого|ому|ых|тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|пен|бен|мен|ты|ті|ды|ді|ны|ні|'s)?$/i;

/** Turkic patronymics written as one word: "Гейдарұлы", "Кемелұлы", "Гейдароғлу". */
const PATRONYMIC_SHAPE = /(?:улы|ұлы|уулу|кызы|қызы|оглу|оглы|оғлу|оғлы)$/i;

/** Kazakh function words and sentence openers: "Бірақ Талғат Айнақұлов" starts with a conjunction. */
const KAZAKH_FUNCTION_WORDS = new Set(loadLexicon("kk", "function-words").map(lowerKey));

const NON_NAME_CAPITALS = new Set(
  [
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "and",
    "for",
    "with",
    "by",
    "from",
    "to",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "but",
    "as",
    "after",
    "during",
    "mr",
    "mrs",
    "ms",
  ].map(lowerKey),
);

function isCapitalized(w: string): boolean {
  const c = w[0] ?? "";
  if (c === c.toLowerCase()) return false;
  // All-caps words of two or more letters are abbreviations or headlines, not names.
  return !(w.length > 1 && w === w.toUpperCase());
}

/** Lookup keys of a text word for titles and cities (Russian and Kazakh case forms). */
const textKeyCache = new Map<string, Set<string>>();

function textKeys(word: string): Set<string> {
  let hit = textKeyCache.get(word);
  if (hit) return hit;
  hit = computeTextKeys(word);
  if (textKeyCache.size > 100_000) textKeyCache.clear();
  textKeyCache.set(word, hit);
  return hit;
}

function computeTextKeys(word: string): Set<string> {
  const out = new Set<string>();
  russianCandidateKeys(word, out);
  kazakhCandidateKeys(word, out);
  // English plurals and possessives: "Presidents", "President's".
  const en = /^([A-Za-z-]+?)(?:'s|’s|s)$/.exec(word);
  if (en?.[1]) out.add(lowerKey(en[1]));
  return out;
}

/**
 * Rule person.title: titles from the role lexicons, longest match at each position.
 * Example: "премьер-министром Республики Казахстан" → prime_minister at "премьер-министром".
 */
function findTitles(tokens: Token[]): TitleMatch[] {
  const out: TitleMatch[] = [];
  const keys = tokens.map((t) => textKeys(t.text));
  for (let i = 0; i < tokens.length; i++) {
    let best: RoleEntry | undefined;
    for (const k of keys[i] ?? []) {
      for (const e of ROLES.get(k) ?? []) {
        if (best && best.keys.length >= e.keys.length) continue;
        let ok = true;
        for (let j = 1; j < e.keys.length && ok; j++) {
          ok = keys[i + j]?.has(e.keys[j] ?? "") ?? false;
        }
        if (ok) best = e;
      }
    }
    // A given name that is also a case form of a title ("Мэри" of "мэр") is a name when a
    // capitalised word follows it: "Мэри Кобб".
    const word = tokens[i]?.text ?? "";
    const next = tokens[i + 1]?.text ?? "";
    if (best?.keys.length === 1 && GIVEN.has(lowerKey(word)) && isCapitalized(next))
      best = undefined;
    if (best) {
      const last = tokens[i + best.keys.length - 1];
      const first = tokens[i];
      if (first && last) {
        out.push({
          role: best.role,
          phrase: best.phrase,
          from: i,
          to: i + best.keys.length,
          start: first.start,
          end: last.end,
        });
      }
      i += best.keys.length - 1;
    }
  }
  return out;
}

const tokCache = new Map<string, NameTok | null>();

/** How one capitalised word can serve in a name, or null when it cannot (common word, city, title). */
function classify(word: string, lang: Lang, inner = false): NameTok | null {
  const cacheKey = `${lang}:${inner ? "inner:" : ""}${word}`;
  if (tokCache.has(cacheKey)) return tokCache.get(cacheKey) ?? null;
  const r = classifyUncached(word, lang, inner);
  if (tokCache.size > 100_000) tokCache.clear();
  tokCache.set(cacheKey, r);
  return r;
}

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
function lexiconGiven(word: string): string | null {
  const parts = word.split("-");
  const last = parts.at(-1) ?? "";
  for (const p of parts.slice(0, -1)) if (!GIVEN.has(lowerKey(p))) return null;
  if (GIVEN.has(lowerKey(last))) return word;
  // Case endings of given names only: "-ов"/"-ев" would turn the surname "Алиев" into the name "Али".
  const m = /(?:ом|ем|ой|ей|а|я|у|ю|е|ы|и)$/i.exec(last);
  const keys = m ? [lowerKey(last.slice(0, m.index))] : [];
  for (const k of keys) {
    for (const restore of RESTORE[lowerKey(m?.[0] ?? "")] ?? []) {
      if (k.length < last.length && GIVEN.has(k + restore)) {
        return [...parts.slice(0, -1), last.slice(0, k.length) + restore].join("-");
      }
    }
  }
  return null;
}

/** `inner`: the word stands inside a Kazakh name, where no case ending goes ("Едіге Рахмадиев"). */
function classifyUncached(word: string, lang: Lang, inner: boolean): NameTok | null {
  const lower = lowerKey(word);
  if (NAME_PARTICLES.has(lower) && word === lower)
    return { kind: "particle", known: true, nominative: word };
  if (CAPITAL_PARTICLES.has(lower)) return { kind: "particle", known: true, nominative: word };
  // "Буша-младшего": the generation word is no part of the surname.
  const junior = /^(.+)-(?:младш|старш)[а-яё]*$/.exec(word);
  if (junior?.[1]) return classify(junior[1], lang, inner);
  const article = ARTICLE_SURNAME.exec(word);
  if (article?.[1]) {
    const rest = parseNameWord(article[1]).nominative;
    return { kind: "surname", known: true, nominative: word.replace(article[1], rest) };
  }
  if (!isCapitalized(word) || /\d/.test(word)) return null;
  // A capitalised Arabic article opens the name of a place or a company ("Аль-Джазира",
  // "Эль-Кувейт"); in a person's name it is written in lower case ("Сами аль-Хадж").
  if (/^(?:Аль|Эль|Ал|Ас|Ад|Ат|Ар|Аз|Ан|Аш)-[А-ЯЁ]/.test(word))
    return { kind: "unknown", known: false, nominative: word };
  // A word mixing scripts is a typo or a brand ("Католичеcкой" with a Latin "c"), and a part in
  // capitals is an abbreviation ("ОВД-Инфо"): neither is a name.
  if (/[A-Za-z]/.test(word) && /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(word)) return null;
  if (word.split("-").some((p) => p.length > 1 && p === p.toUpperCase())) return null;
  if (NON_NAME_CAPITALS.has(lower) || KAZAKH_FUNCTION_WORDS.has(lower)) return null;
  // A given name from the lexicons outweighs a city whose stem it shares ("Берни", not "Берн").
  if (GIVEN.has(lower) && !isKazakhWord(word))
    return { kind: "given", known: true, nominative: word };
  if (NON_NAME_WORDS.has(lower)) return null;
  for (const k of textKeys(word)) if (CITY_KEYS.has(k)) return null;
  // Kazakh case endings also follow Russian-spelled names in Kazakh text ("Путинмен").
  const base = (lang === "kk" || isKazakhWord(word)) && !inner ? kazakhBase(word) : word;
  if (lang === "kk" && isKazakhPossessiveNoun(base)) return null;
  if (/^[A-Za-z'’-]+$/.test(base)) return classifyLatin(base);
  const lexGiven = lexiconGiven(base);
  // Kazakh text has no Russian cases: "Эльмира" there is a woman's name, not "Эльмир" in the
  // genitive, though the masculine form tells that it is a given name.
  const kazakhText = lang === "kk";
  if (lexGiven) return { kind: "given", known: true, nominative: kazakhText ? base : lexGiven };
  const parts = base.split("-");
  if (
    parts.length > 1 &&
    parts.every((p) => GIVEN.has(lowerKey(p)) || parseNameWord(p).kind === "given")
  ) {
    const nw = parseNameWord(base);
    return { kind: "given", known: true, nominative: isKazakhWord(base) ? base : nw.nominative };
  }
  // Kazakh spelling writes the patronymic with "ұ"/"қ"; "Қарулы" (armed) only looks like one.
  const kazakhLookalike = isKazakhWord(base) && /(?:улы|кызы)$/i.test(base);
  if (PATRONYMIC_SHAPE.test(base) && !kazakhLookalike)
    return { kind: "patronymic", known: true, nominative: base };
  if (kazakhLookalike) return null;
  if (isKazakhWord(base)) {
    const shape = SURNAME_SHAPE.test(base);
    // Possessive nouns and relative adjectives ("Күштері", "Арыстағы") are no name words;
    // abstract nouns in -лық/-лік are, at times ("Бірлік", "Жақсылық").
    if (!shape && KAZAKH_NOT_NAME_ENDING.test(base)) return null;
    return { kind: shape ? "surname" : "unknown", known: shape, nominative: base };
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
      kind: fromDictionary ? "given" : "unknown",
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
    return { kind: nw.kind, known: true, nominative };
  }
  const ps = parses(base);
  // A word the dictionary knows as something other than a name (noun, verb, month, place) is no name.
  const known = ps.some((p) => (p as { parser?: string }).parser === "Dictionary");
  if (known) return null;
  if (SURNAME_SHAPE.test(base)) return { kind: "surname", known: false, nominative: nw.nominative };
  return { kind: "unknown", known: false, nominative: base };
}

/**
 * A common noun with a Kazakh possessive, whatever its script: "Республикасы" (its republic),
 * "Ассамблеясы". Kazakh names are not possessives of nouns the dictionary knows.
 */
function isKazakhPossessiveNoun(word: string): boolean {
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

/** Whether a nominative keeps the written stem: "Алиева" → "Алиев", "Толстого" → "Толстой". */
function keepsStem(written: string, nominative: string): boolean {
  return (
    written.startsWith(nominative) ||
    (/[аяйь]$/.test(nominative) && written.startsWith(nominative.slice(0, -1)))
  );
}

/**
 * The dictionary's nominative of a surname, unless it loses the written stem ("Маккаррика" →
 * "Макарик"); then the case ending alone comes off.
 */
function stemKept(written: string, nominative: string): string {
  if (keepsStem(written, nominative)) return nominative;
  return written.replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/, "");
}

function classifyLatin(word: string): NameTok | null {
  const bare = word.replace(/(?:'s|’s)$/, "");
  if (GIVEN.has(lowerKey(bare))) return { kind: "given", known: true, nominative: bare };
  if (SURNAME_SHAPE.test(bare)) return { kind: "surname", known: true, nominative: bare };
  return { kind: "unknown", known: false, nominative: bare };
}

function surnameFromCommonWord(word: string, afterParticle: boolean): NameTok | null {
  if (/^[A-Za-z'’-]+$/.test(word)) return { kind: "surname", known: false, nominative: word };
  // A surname shape outweighs a place reading ("Дмитрий Ливанов" is not "of the Lebanons").
  if (/(?:ов|ев|ёв|ин)(?:а|у|ым|ом|е)?$/.test(word) && !isKazakhWord(word)) {
    return { kind: "surname", known: false, nominative: parseNameWord(word).nominative };
  }
  for (const k of textKeys(word)) if (CITY_KEYS.has(k)) return null;
  const ps = parses(word);
  const noun = ps.find((p) => p.tag.POS === "NOUN");
  // Adjective-shaped surnames: "Алексей Навальный", "Юрий Долгорукий", "Льва Толстого".
  const adjective = ps.find((p) => p.tag.POS === "ADJF" && p.tag.NMbr !== "plur");
  if (!noun && adjective) {
    const nom = adjective.tag.CAse === "nomn" ? null : adjective.inflect(["nomn", "sing"]);
    return { kind: "surname", known: false, nominative: nom ? matchCase(nom.word, word) : word };
  }
  // Russian surnames in -ых/-их keep the form of a genitive plural: "Сергей Седых".
  if (!noun && /[А-ЯЁ][а-яё]+[ыи]х$/.test(word) && ps.some((p) => p.tag.POS === "ADJF"))
    return { kind: "surname", known: false, nominative: word };
  // A capitalised verb form or a word the dictionary does not know right after a given name is
  // the surname ("Маркус Мерк"); function words are not.
  const functionWord = ps.some((p) => ["NPRO", "PREP", "CONJ", "PRCL"].includes(p.tag.POS ?? ""));
  if (!noun)
    return functionWord && !afterParticle
      ? null
      : { kind: "surname", known: false, nominative: word };
  const nom = noun.tag.CAse === "nomn" ? word : noun.inflect(["nomn", "sing"]);
  const text = typeof nom === "string" ? nom : nom ? nom.word : word;
  return { kind: "surname", known: false, nominative: matchCase(text, word) };
}

interface Run {
  from: number;
  to: number; // exclusive token index
  toks: NameTok[];
  /** The last word carried a case ending, so the name cannot go on. */
  closed: boolean;
}

/** Whether tokens a and b are written as parts of one name: one space, or an initial's dot. */
function adjacent(text: string, a: Token, b: Token, aKind: NameKind): boolean {
  const gap = text.slice(a.end, b.start);
  if (aKind === "initial") return /^\.\s?$/.test(gap);
  return /^[ \u00a0]$/.test(gap);
}

function isInitial(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.text.length !== 1 || t.text === t.text.toLowerCase()) return false;
  return text[t.end] === ".";
}

const LATIN = /^[A-Za-z'’-]+$/;

/**
 * Rule person.script-split: a name is written in one script; a Latin word before a Cyrillic name
 * is a company, band or award ("MySQL Майкл Видениус", "Grammy Даниил Трифонов").
 */
function splitByScript(run: Run, tokens: Token[]): Run[] {
  const out: Run[] = [];
  let part: Run | null = null;
  let partLatin = false;
  for (let i = 0; i < run.toks.length; i++) {
    const nt = run.toks[i];
    const text = tokens[run.from + i]?.text ?? "";
    if (!nt) continue;
    const latin = LATIN.test(text);
    if (part && latin === partLatin) {
      part.toks.push(nt);
      part.to = run.from + i + 1;
      continue;
    }
    if (part) out.push(part);
    part = { from: run.from + i, to: run.from + i + 1, toks: [nt], closed: false };
    partLatin = latin;
  }
  if (part) {
    part.closed = run.closed;
    out.push(part);
  }
  return out;
}

/**
 * Rule person.leading-word: a capitalised word that is neither a known name nor name-shaped before
 * a known given name opens the sentence or names a profession or organisation, and is not part
 * of the name: "Тілшіміз Алмас Сәдуақас", "Минобрнауки Сергей Кравцов".
 */
function dropLeadingNonName(run: Run, tokens: Token[]): Run {
  const toks = run.toks;
  // "Пан Ги Мун": an East Asian family name opens the name whatever follows.
  if (EAST_ASIAN.has(tokens[run.from]?.text ?? "")) return run;
  const j = toks.findIndex((t) => t.kind === "given" && t.known);
  if (j <= 0) return run;
  const before = toks.slice(0, j);
  if (before.some((t) => t.known || (t.kind !== "unknown" && t.kind !== "surname"))) return run;
  // Surname first, as in lists, keeps its surname: "Ерохин Дмитрий", "Ерохин Дмитрий Юрьевич".
  const after = toks[j + 1];
  if (toks[0]?.kind === "surname" && j === 1 && (!after || after.kind === "patronymic")) return run;
  return { ...run, from: run.from + j, toks: toks.slice(j) };
}

/**
 * Rule person.given-before-surname: inside a sentence, a capitalised word the dictionary reads
 * as something else right before a surname of the -ов/-ев/-ин shape is an unfamiliar given name
 * ("Сулима Ямадаева", "Гата Камский").
 */
function givenBeforeSurname(a: Analysis, tokens: Token[], i: number): NameTok | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t || !next || !prev || a.text.slice(t.end, next.start) !== " ") return null;
  if (!/^[А-ЯЁ][а-яё]{2,}$/.test(t.text) || /[.!?\n]\s*$/.test(a.text.slice(prev.end, t.start)))
    return null;
  if (!/^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий)(?:а|у|ым|ом|е|ого|ому|ым)?$/.test(next.text))
    return null;
  for (const k of textKeys(t.text)) if (CITY_KEYS.has(k)) return null;
  // A common noun governs the surname instead: "Института Пушкина", "Марше Голунова".
  const commonNoun = parses(t.text).some(
    (p) =>
      p.tag.POS === "NOUN" &&
      p.tag.Geox !== true &&
      (p as { parser?: string }).parser === "Dictionary",
  );
  if (commonNoun) return null;
  const after = classify(next.text, a.lang);
  if (after?.kind !== "surname" || !after.known) return null;
  return { kind: "unknown", known: false, nominative: t.text };
}

/**
 * Rule person.kazakh-inner: in Kazakh text a word right before a capitalised name word is read
 * whole, since only the last word of a name takes a case ending ("Едіге Рахмадиев" is not "Еді"
 * + dative), and a word the Russian dictionary knows ("Аят", "Медет") is still a given name
 * there when a surname follows. Returns the new reading, or null to keep the first one.
 */
function kazakhInnerWord(
  a: Analysis,
  tokens: Token[],
  i: number,
  first: NameTok | null,
): NameTok | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || a.text.slice(t.end, next.start) !== " " || !isCapitalized(t.text)) return null;
  if (!isCapitalized(next.text) || LATIN.test(next.text) || LATIN.test(t.text)) return null;
  const lower = lowerKey(t.text);
  if (KAZAKH_FUNCTION_WORDS.has(lower) || KAZAKH_FUNCTION_WORDS.has(lowerKey(next.text)))
    return null;
  // A person is seldom named in the locative, a place often is: "Орбанды Ақордада" is a name in
  // the accusative, then a place.
  if (hasKazakhCase(next.text, "locative") && !SURNAME_SHAPE.test(next.text)) return null;
  if (first && (first.kind === "surname" || first.kind === "patronymic" || first.known))
    return null;
  if (kazakhBase(t.text) !== t.text) {
    const whole = classify(t.text, a.lang, true);
    if (whole && whole.kind !== "surname") return whole;
  }
  if (first) return null;
  for (const k of textKeys(t.text)) if (CITY_KEYS.has(k)) return null;
  const after = classify(next.text, a.lang);
  if (after?.kind === "surname" && after.known)
    return { kind: "unknown", known: false, nominative: t.text };
  return null;
}

/** Maximal runs of name-like tokens; a run may not start or end with a particle. */
function findRuns(
  a: Analysis,
  tokens: Token[],
  blocked: Set<number>,
  afterTitle: Set<number>,
): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  const close = () => {
    if (cur) {
      while (cur.toks.length > 0 && cur.toks.at(-1)?.kind === "particle") {
        cur.toks.pop();
        cur.to--;
      }
      for (const part of splitByScript(cur, tokens)) {
        const trimmed = dropLeadingNonName(part, tokens);
        if (trimmed.toks.length > 0) runs.push(trimmed);
      }
    }
    cur = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const c = cur as Run | null;
    const prevTok: NameTok | undefined = c?.toks.at(-1);
    let nt: NameTok | null = null;
    let inner = false;
    if (!blocked.has(i)) {
      nt = isInitial(a.text, tokens, i)
        ? { kind: "initial", known: true, nominative: t.text }
        : classify(t.text, a.lang);
      if (a.lang === "ru" && !nt && !blocked.has(i + 1)) nt = givenBeforeSurname(a, tokens, i);
      if (a.lang === "kk" && nt?.kind !== "initial") {
        const kk = kazakhInnerWord(a, tokens, i, nt);
        if (kk) {
          nt = kk;
          inner = true;
        }
      }
      // "Амаду Тумани Туре": after a known given name and an unfamiliar second given name.
      const afterSecondName =
        c?.toks.length === 2 &&
        c.toks[0]?.kind === "given" &&
        c.toks[0].known &&
        prevTok?.kind === "unknown" &&
        a.lang === "ru";
      // Rule person.titled-pair: right after a title (and its state) an unfamiliar first word is
      // a given name, so the next capitalised word is the surname even when it is also a common
      // word: "Франция Президенті Эмманюэль Макрон".
      const prevText = tokens[i - 1]?.text ?? "";
      const titledPair =
        c?.toks.length === 1 &&
        c.to === i &&
        afterTitle.has(c.from) &&
        prevTok?.kind === "unknown" &&
        !LATIN.test(prevText) &&
        kazakhBase(prevText) === prevText;
      const afterName =
        (prevTok?.kind === "given" && prevTok.known) ||
        prevTok?.kind === "particle" ||
        prevTok?.kind === "initial" ||
        afterSecondName ||
        titledPair;
      if (!nt && afterName && isCapitalized(t.text)) {
        // After a known given name or an initial a capitalised word is the surname even when it
        // is also a common noun ("Дональд Трамп", "ибн Сина", "А.Колчака"), and so is a short
        // word the dictionary reads as an interjection ("Марио Хо").
        // Kazakh endings come off first: "Эммануэль Макронның" → "Макрон".
        const word = a.lang === "kk" || isKazakhWord(t.text) ? kazakhBase(t.text) : t.text;
        const common = a.lang === "kk" && isKazakhPossessiveNoun(word);
        nt = common
          ? null
          : (surnameFromCommonWord(word, prevTok?.kind === "particle") ??
            (/^[А-ЯЁ][а-яё]{1,3}$/.test(t.text) && parses(t.text).every((p) => p.tag.POS === "INTJ")
              ? { kind: "surname", known: false, nominative: t.text }
              : null));
      }
      // After an East Asian family name a short capitalised syllable is a given name even when
      // it is also a Russian word ("Ли Со Ён", "Пан Ги Мун").
      const afterFamily =
        c && c.to === i && c.to - c.from <= 2 && EAST_ASIAN.has(tokens[c.from]?.text ?? "");
      if (afterFamily && /^[А-ЯЁ][а-яё]{0,8}$/.test(t.text) && (!nt || nt.kind === "surname")) {
        nt = { kind: "unknown", known: false, nominative: t.text };
      }
      // A family name that is also a Russian word ("Пан") starts a name when a syllable follows.
      const next = tokens[i + 1];
      if (
        !nt &&
        EAST_ASIAN.has(t.text) &&
        next &&
        a.text.slice(t.end, next.start) === " " &&
        /^[А-ЯЁ][а-яё]{0,8}$/.test(next.text)
      ) {
        nt = { kind: "surname", known: false, nominative: t.text };
      }
    }
    // An adjective of origin after two name words is no third one: "Кристин Лагард Дүниежүзілік
    // банк" (World Bank).
    if (
      nt &&
      a.lang === "kk" &&
      c &&
      c.to === i &&
      c.toks.length >= 2 &&
      hasKazakhCase(t.text, "origin")
    )
      nt = null;
    if (!nt) {
      close();
      continue;
    }
    const prev = tokens[i - 1];
    // A surname ends a name ("Владимиром Путиным Касым-Жомарт Токаев" is two people), and so does
    // a Kazakh case ending, which only the last word of a name takes ("Тоқаевтың Ыстықкөлде").
    // A surname ends a name, except an East Asian family name, which comes first ("Ким Чен Ын").
    const familyFirst = prev !== undefined && EAST_ASIAN.has(prev.text) && c?.to === i;
    // Surname first before a given name and a patronymic is one name: "Ерохин Дмитрий Юрьевич".
    const after = tokens[i + 1];
    const afterAfter = tokens[i + 2];
    const listOrder =
      nt.kind === "given" &&
      nt.known &&
      after !== undefined &&
      a.text.slice(t.end, after.start) === " " &&
      classify(after.text, a.lang)?.kind === "patronymic" &&
      // "имени Пушкина Виталий Григорьевич Костомаров": a surname after the patronymic makes
      // the first word another person's.
      !(
        afterAfter &&
        a.text.slice(after.end, afterAfter.start) === " " &&
        isCapitalized(afterAfter.text)
      );
    // Rule person.surname-pair: many foreign given names are surnames too ("Жермен Джексон"):
    // a first word with no surname ending before another surname is the given name.
    // After a given name, such a word may be a maiden name before the married one: "Грета
    // Циммер Фридман".
    const surnamePair =
      a.lang === "ru" &&
      c !== null &&
      (c.toks.length === 1 ||
        (c.toks.length === 2 && c.toks[0]?.kind === "given" && c.toks[0].known)) &&
      prevTok?.kind === "surname" &&
      nt.kind === "surname" &&
      prev !== undefined &&
      /^[А-ЯЁ][а-яё]+$/.test(prev.text) &&
      !SURNAME_SHAPE.test(prev.text) &&
      !EAST_ASIAN.has(prev.text);
    // Rule person.double-surname: Spanish and Portuguese names carry two family names, and the
    // second may also be a given name: "Мануэль Мехуто Гонсалес", "Габриэль Гарсиа Маркес".
    const following = tokens[i + 1];
    const doubleSurname =
      a.lang === "ru" &&
      c !== null &&
      c.toks.length === 2 &&
      c.toks[0]?.kind === "given" &&
      c.toks[0].known &&
      prevTok?.kind === "surname" &&
      !prevTok.known &&
      (nt.kind === "given" || nt.kind === "surname") &&
      /^[А-ЯЁ][а-яё]+$/.test(t.text) &&
      !(following && a.text.slice(t.end, following.start) === " " && isCapitalized(following.text));
    if (doubleSurname) nt = { ...nt, kind: "surname" };
    const ended =
      c !== null &&
      ((prevTok?.kind === "surname" &&
        nt.kind !== "particle" &&
        !familyFirst &&
        !listOrder &&
        !surnamePair &&
        !doubleSurname) ||
        c.closed);
    if (
      c &&
      prev &&
      !ended &&
      adjacent(a.text, prev, t, prevTok?.kind ?? "unknown") &&
      c.toks.length < 5
    ) {
      c.toks.push(nt);
      c.to = i + 1;
    } else {
      close();
      if (nt.kind === "particle") continue;
      cur = { from: i, to: i + 1, toks: [nt], closed: false };
    }
    const open: Run | null = cur;
    if (
      open &&
      !inner &&
      (a.lang === "kk" || isKazakhWord(t.text)) &&
      kazakhBase(t.text) !== t.text
    ) {
      open.closed = true;
    }
  }
  close();
  return runs;
}

/** Index of the last span ending at or before `pos` in spans sorted by position, or -1. */
function lastIndexEndingBy(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Whether a token lies inside one of the spans (sorted by position). */
function inSpan(spans: Span[], t: Span): boolean {
  const k = lastIndexEndingBy(spans, t.end);
  const s = spans[k];
  return s !== undefined && s.start <= t.start && s.end >= t.end;
}

/** The spans (sorted, not overlapping) lying inside [from, to). */
function within<T extends Span>(spans: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= to) break;
    if (s.end <= to) out.push(s);
  }
  return out;
}

/** English names the state after the person: "Vladimir Putin of Russia". */
function countryAfterName(a: Analysis, countries: CountryMention[], end: number): string | null {
  const m = /^\s+of\s+(?:the\s+)?/.exec(a.text.slice(end, end + 12));
  if (!m) return null;
  const at = end + m[0].length;
  return within(countries, at, at + 60).find((c) => c.start === at)?.code ?? null;
}

/** End of the state named in "of Russia" right after a name. */
function countryEndAfter(countries: CountryMention[], end: number): number | null {
  return within(countries, end, end + 40)[0]?.end ?? null;
}

/** What joins coordinated names: "Токаев и Алиев", "Тоқаев пен Әлиев", "Tokayev and Aliyev". */
const COORDINATION = /^\s*(?:,|и|а также|пен|мен|бен|және|and|,\s*and)\s*$/i;

/** Text that introduces a person honoured by a name: "улица имени Гейдара Алиева", "им. Абая". */
const NAMED_AFTER_BEFORE = /(?:имени|им\.|named after)(?:\s+[а-яёa-z-]+){0,3}\s*$/i;
/** Kazakh puts it after the name: "Құрманғазы атындағы". */
const NAMED_AFTER_AFTER = /^\s*атында/i;

interface TitleLink {
  title: TitleMatch;
  country: string | null;
  /** Every state named between title and name: "Президенты Казахстана и Азербайджана". */
  countries: string[];
  /** Gap holds words other than the state's name ("президент Национальной академии наук"). */
  organisation: boolean;
}

/**
 * A person's title in the singular nominative, as the lexicon writes it, capitalised as in the
 * text: "Президенты" → "Президент", "Президенті" → "Президент", "главы правительств" →
 * "глава правительства", "Presidents" → "President".
 */
function titleText(a: Analysis, t: TitleMatch): string {
  const written = a.text.slice(t.start, t.end).split(/\s+/);
  const phrase = t.phrase.split(/\s+/);
  if (written.length !== phrase.length) return a.text.slice(t.start, t.end);
  return phrase
    .map((w, i) => {
      const model = written[i] ?? w;
      // Abbreviations keep their capitals: "глава МИД".
      if (model.length > 1 && model === model.toUpperCase()) return model;
      return matchCase(w, model);
    })
    .join(" ");
}

/**
 * Rule person.title-link: the nearest title before a name within the sentence, with the state
 * named between them or just before the title.
 * Example: "министр иностранных дел России Сергей Лавров" → minister, RU;
 * "Қазақстан Президенті Қасым-Жомарт Тоқаев" → president, KZ.
 */
function linkTitle(
  a: Analysis,
  tokens: Token[],
  titles: TitleMatch[],
  countries: CountryMention[],
  runStart: number,
  sentenceStart: number,
): TitleLink | null {
  const k = lastIndexEndingBy(titles, runStart);
  let title = titles[k];
  if (!title || title.start < sentenceStart) return null;
  const gap = a.text.slice(title.end, runStart);
  if (gap.length > 90 || /[.,;:!?()\n«»"“”„]/.test(gap)) return null;
  const titleWord = tokens[title.to - 1]?.text ?? "";
  if (a.lang === "kk" && (gap.trim() !== "" || /(?:ның|нің|тың|тің|дың|дің)$/i.test(titleWord))) {
    // Kazakh puts the title right before the name; a genitive title ("Президентінің") governs a noun.
    return null;
  }
  // "пресс-секретарь российского президента Дмитрий Песков": the first title is the person's,
  // the second its complement.
  const nearest = title;
  const head = titles[k - 1];
  if (head && head.start >= sentenceStart && isComplement(a, tokens, head, nearest)) title = head;
  const inGap = within(countries, title.end, runStart);
  let organisation = false;
  for (let i = nearest.to; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start >= runStart) break;
    if (inGap.some((c) => c.start <= t.start && c.end >= t.end)) continue;
    if (!isGapWord(t.text, a.lang)) return null;
    if (!GAP_PREPOSITIONS.has(t.text.toLowerCase())) organisation = true;
  }
  let country = inGap[0]?.code ?? null;
  let listed = inGap.map((c) => c.code);
  if (!country) {
    // Country before the title: "Қазақстан Президенті", "Russian President"; several before a
    // plural title: "Russian and Kazakh presidents".
    listed = countriesBefore(a, countries, title.start);
    country = listed.at(-1) ?? null;
  }
  return { title, country, countries: listed, organisation };
}

/**
 * Rule person.kazakh-title-subject: a title with no state opening a Kazakh sentence is its
 * subject when the name after it takes an object's case ending: "Мемлекет басшысы Шавкат
 * Мирзиёевпен кездесті" is the head of state meeting Mirziyoyev, not Mirziyoyev's title. A name
 * in the genitive stays in apposition ("Президент Тоқаевтың сапары").
 */
function titleIsSubject(
  a: Analysis,
  link: TitleLink,
  lastWord: string,
  sentenceStart: number,
): boolean {
  if (link.country || link.countries.length > 0) return false;
  if (a.text.slice(sentenceStart, link.title.start).trim() !== "") return false;
  return isKazakhObject(lastWord);
}

/** A name's last word with a Kazakh case ending other than the genitive: "Мирзиёевпен", "Әлиевті". */
function isKazakhObject(lastWord: string): boolean {
  return kazakhBase(lastWord) !== lastWord && !hasKazakhCase(lastWord, "genitive");
}

/** States named right before a position, joined by "и"/"and"/"мен": "Russian and Kazakh" → [RU, KZ]. */
function countriesBefore(a: Analysis, countries: CountryMention[], pos: number): string[] {
  const out: string[] = [];
  let at = pos;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i];
    if (!c || c.end > at) continue;
    const between = a.text.slice(c.end, at);
    const joined =
      out.length === 0
        ? /^\s{0,2}$/.test(between)
        : /^\s*(?:,|и|and|мен|пен|бен|және)?\s*$/i.test(between);
    if (!joined) break;
    out.unshift(c.code);
    at = c.start;
  }
  return out;
}

/** Whether `second` directly complements `first`: "пресс-секретарь президента", "помощник министра". */
function isComplement(
  a: Analysis,
  tokens: Token[],
  first: TitleMatch,
  second: TitleMatch,
): boolean {
  const between = a.text.slice(first.end, second.start);
  if (!/^\s+(?:[а-яё]+\s+)?$/.test(between)) return false;
  const word = tokens[second.from]?.text ?? "";
  if (a.lang !== "ru") return /(?:ның|нің|тың|тің|дың|дің)$/i.test(word);
  const ps = parses(word);
  return ps.some((p) => p.tag.CAse === "gent") && !ps.some((p) => p.tag.CAse === "nomn");
}

/** Words that may stand between a title and the state in it: "Посол Казахстана в России". */
const GAP_PREPOSITIONS = new Set(["в", "во", "при", "по", "и", "in", "to", "of", "the"]);
/** Lower-case English words inside a title's complement: "Minister for Foreign Affairs and Trade". */
const EN_GAP_WORDS = new Set(["for", "and", "on", "at"]);

/**
 * Whether a word can be part of a title's complement: a preposition, an abbreviation ("МИД"),
 * or a genitive noun phrase ("иностранных дел", "Национальной академии наук"); a verb ends it.
 */
function isGapWord(word: string, lang: Lang): boolean {
  if (GAP_PREPOSITIONS.has(word.toLowerCase())) return true;
  if (word.length > 1 && word === word.toUpperCase()) return true;
  // English writes the title's complement in capitals ("Minister for Foreign Affairs"); a
  // lower-case word other than a preposition is a verb or a clause ("President met the ...").
  if (lang === "en" && /^[a-z]/.test(word)) return EN_GAP_WORDS.has(word);
  if (lang !== "ru" || isKazakhWord(word) || /^[A-Za-z]/.test(word)) return true;
  return parses(word).some(
    (p) =>
      (p.tag.POS === "NOUN" || p.tag.POS === "ADJF" || p.tag.POS === "PRTF") &&
      p.tag.CAse === "gent",
  );
}

function roleFor(link: TitleLink): PersonRole {
  const role = link.title.role;
  if (role === "president" && link.organisation) return "head_of_organization";
  // "Председатель КНР", "Глава Казахстана": the head of an organisation that is a state.
  if (role === "head_of_organization" && link.country && !link.organisation) return "president";
  return role;
}

function sentenceStartOf(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (!s) break;
    if (s.start <= pos) {
      best = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The case of a lower-case noun right before a name, when all its noun readings agree:
 * "целителю" → datv. Null for anything else.
 */
function headCase(word: string): string | null {
  if (!/^[а-яё]+$/.test(word)) return null;
  const cases = new Set(
    parses(word)
      .filter((p) => p.tag.POS === "NOUN")
      .map((p) => p.tag.CAse),
  );
  return cases.size === 1 ? ([...cases][0] ?? null) : null;
}

/** Endings of a Russian given name whose nominative shows: a consonant (masculine) or -а/-я. */
const NOMINATIVE_SHOWS = /[бвгджзклмнпрстфхцчшщйьая]$/i;

/**
 * Rule person.case-agreement: the surname stands in the case of the given name before it. After a
 * given name in the nominative the surname is as written ("Наталья Егорова", "Вольфганг
 * Тифензее"); after another case a surname ending in a vowel that no case ending of that case
 * gives does not decline ("Жерара Пике", "Фолькера Буфье").
 */
function agreedSurname(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
  head: string | null = null,
  lang: Lang = "ru",
): string {
  const written = surname.text;
  if (isKazakhWord(written) || LATIN.test(written)) return surname.tok.nominative;
  // Kazakh text adds its own endings to a Russian-spelled surname and leaves its gender alone,
  // whatever the script of the given name: "Владимир Путинмен" → "Путин".
  if (lang === "kk" || isKazakhWord(given.text)) return kazakhBase(written);
  if (!/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(written)) return surname.tok.nominative;
  const givenWord = given.text.split("-").at(-1) ?? "";
  const givenNominative = given.tok.nominative.split("-").at(-1) ?? "";
  if (givenWord === givenNominative && NOMINATIVE_SHOWS.test(givenWord)) {
    // An indeclinable given name ("Чулпан Хаматовой") shows no case; the surname then tells.
    // A common noun reading ("Пен" as a form of "пена") says nothing of a surname's case.
    const cases = parses(written)
      .filter((p) => p.tag.Surn === true || (p as { parser?: string }).parser !== "Dictionary")
      .map((p) => p.tag.CAse)
      .filter((c) => c);
    return cases.length > 0 && !cases.includes("nomn") ? surname.tok.nominative : written;
  }
  // A foreign given name in -и/-о/-э does not decline, so it says nothing of the case.
  const givenParses = parses(givenWord).filter((p) => p.tag.Name === true);
  const dictionaryName = givenParses.some(
    (p) => (p as { parser?: string }).parser === "Dictionary",
  );
  const indeclinable = givenParses.some((p) => p.tag.Fixd === true);
  if (indeclinable || (/[иоэ]$/i.test(givenWord) && !dictionaryName)) {
    // The given name shows no case, but a known surname may ("Чарли Чаплином").
    const ps = parses(written).filter((p) => p.tag.Surn === true);
    const oblique = ps.length > 0 && !ps.some((p) => p.tag.CAse === "nomn");
    if (oblique) return surname.tok.nominative;
    // Foreign surnames decline as nouns; the instrumental and dative endings are unambiguous
    // ("Чаплином" → "Чаплин"), while "-а" may be the nominative ("Коффи Коджа").
    // The noun the name stands in apposition to gives the case: "целителю Абу Али ибн Сине".
    if ((head === "datv" || head === "loct") && /[бвгдзклмнпрстфхч]е$/.test(written))
      return written.replace(/е$/, "а");
    // A consonant and "-ы" is the genitive of a surname in "-а" ("ибн Сины" → "Сина").
    return written
      .replace(/(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ым|у)$/, "")
      .replace(/(?<=[бвгдзлмнпрстфх])ы$/, "а");
  }
  if (givenWord === givenNominative) return surname.tok.nominative;
  const givenCase = parseNameWord(givenWord).case;
  // An adjective-shaped surname has its own case forms ("Алексея Навального").
  if (/(?:ого|его|ому|ему|ой|ей|ым|им|ую|юю)$/.test(written)) return surname.tok.nominative;
  if (/[оэю]$/i.test(written)) return written;
  // "Алана Гарсии" → "Гарсия": a surname in -ия declines like a noun.
  if (/ии$/.test(written) && (givenCase === "gent" || givenCase === "datv" || givenCase === "loct"))
    return written.replace(/ии$/, "ия");
  if (/е$/i.test(written) && givenCase !== "loct") return written;
  if (
    /[^и]и$/i.test(written) &&
    givenCase !== "gent" &&
    givenCase !== "datv" &&
    givenCase !== "loct"
  )
    return written;
  // The dictionary's nominative is trusted when it keeps the written stem: "Алиева" → "Алиев",
  // "Толстого" → "Толстой", but not "Рааба" → "Раб" (a common noun that only looks alike).
  const nominative = surname.tok.nominative;
  if (nominative !== written && keepsStem(written, nominative)) return nominative;
  // An unknown foreign surname declines like a masculine noun when the given name does.
  const ending = MASCULINE_ENDINGS.find(([c, re]) => c === givenCase && re.test(written));
  return ending ? written.replace(ending[1], ending[2]) : written;
}

/**
 * An unfamiliar given name takes the case the surname after it shows, where that case is
 * unambiguous: "Сулимом Ямадаевым" → "Сулим". The genitive "-а" may be a nominative and stays.
 */
function givenByCase(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
): string {
  if (given.tok.kind !== "unknown" || surname.tok.kind !== "surname") return given.tok.nominative;
  const c = parseNameWord(surname.text).case;
  if (c !== "ablt" && c !== "datv" && c !== "loct") return given.tok.nominative;
  const ending = MASCULINE_ENDINGS.find(([k, re]) => k === c && re.test(given.text));
  return ending ? given.text.replace(ending[1], ending[2]) : given.tok.nominative;
}

/**
 * Rule person.head-case: an unfamiliar foreign name in apposition to a noun for a person takes
 * that noun's case, which the name alone does not show: "французу Анаклету Вамбе" → "Анаклет
 * Вамба", "с американцем Джоэлом Смитом" → "Джоэл Смит". Only the dative and instrumental, whose
 * endings no nominative has.
 */
function declinedByHead(
  given: { tok: NameTok; text: string },
  surname: { tok: NameTok; text: string },
  head: string | null,
): [string, string] | null {
  if ((head !== "datv" && head !== "ablt") || given.tok.kind !== "unknown") return null;
  if (!/^[А-ЯЁ][а-яё]+$/.test(given.text) || !/^[А-ЯЁ][а-яё]+$/.test(surname.text)) return null;
  const ending = MASCULINE_ENDINGS.find(([c, re]) => c === head && re.test(given.text));
  if (!ending) return null;
  const first = given.text.replace(ending[1], ending[2]);
  const masculine = MASCULINE_ENDINGS.find(([c, re]) => c === head && re.test(surname.text));
  const last = masculine
    ? surname.text.replace(masculine[1], masculine[2])
    : surname.text.replace(
        head === "datv" ? /(?<=[бвгдзклмнпрстфх])е$/ : /(?<=[бвгдзклмнпрстфх])ой$/,
        "а",
      );
  return [first, last];
}

/** Case endings of consonant-final masculine names: "Шефера" → "Шефер", "Цзюнем" → "Цзюнь". */
const MASCULINE_ENDINGS: Array<[string, RegExp, string]> = [
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

/**
 * Rule person.patronymic-surname: a given name followed only by a one-word patronymic is named by
 * that word, as Kazakhs write their names ("Дамир Берікұлы", "Алуа Серікқызы"); a Russian word in
 * -вич with no surname after it is the surname itself ("Виктор Шендерович"). Azerbaijani "-оғлу"
 * stays a patronymic ("Ильхам Гейдароғлу" is Алиев).
 */
function patronymicAsSurname(
  words: Array<{ tok: NameTok; text: string }>,
  given: { tok: NameTok; text: string },
): string | null {
  const at = words.indexOf(given);
  const rest = words.slice(at + 1);
  if (rest.length !== 1) return null;
  const w = rest[0];
  if (!w || w.tok.kind === "particle") return null;
  if (/(?:улы|ұлы|кызы|қызы)(?:[а-яәғқңөұүһі]*)$/i.test(w.text) && isKazakhWord(w.text)) {
    return /(?:ұлы|қызы)$/i.test(w.text) ? w.text : kazakhBase(w.text);
  }
  if (/(?:вич|вича|вичу|вичем|виче)$/.test(w.text) && !isKazakhWord(w.text)) {
    return w.text.replace(/(вич)(?:а|у|ем|е)$/, "$1");
  }
  return null;
}

/** A Russian patronymic in any case: "Леонидовичем", "Сергеевны", "Ильича". */
const RUSSIAN_PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:ич|вн|чн)(?:а|у|ем|е|ы|ой|ою)?$/;

/** Nominative of a Russian patronymic or a surname in -вич: "Леонидовичем" → "Леонидович". */
function patronymicNominative(word: string): string {
  return word.replace(/(ич)(?:а|у|ем|е)$/, "$1").replace(/(вн|чн)(?:ы|е|у|ой|ою)$/, "$1а");
}

function isRussianPatronymic(w: { tok: NameTok; text: string } | undefined): boolean {
  return w?.tok.kind === "patronymic" && RUSSIAN_PATRONYMIC.test(w.text);
}

/**
 * Rule person.vich-surname: a surname in -вич reads as a patronymic, but beside a given name and
 * a patronymic it is the surname: "Михаил Леонидович Агранович", "Абрамович Роман Аркадьевич".
 */
function markVichSurname(words: Array<{ tok: NameTok; text: string }>): void {
  if (words.length !== 3) return;
  const [a, b, c] = words;
  if (!a || !b || !c) return;
  const asSurname = (w: { tok: NameTok; text: string }) => {
    w.tok = { kind: "surname", known: true, nominative: patronymicNominative(w.text) };
  };
  if (a.tok.kind === "given" && isRussianPatronymic(b) && isRussianPatronymic(c)) asSurname(c);
  else if (isRussianPatronymic(a) && b.tok.kind === "given" && isRussianPatronymic(c)) asSurname(a);
}

/** The Russian patronymic written with a full name, nominative: "Сергеевны" → "Сергеевна". */
function patronymicOf(words: Array<{ tok: NameTok; text: string }>): string | null {
  const w = words.find(isRussianPatronymic);
  return w ? patronymicNominative(w.text) : null;
}

/** Splits a run into its name parts: given, patronymic, surname, initial. */
function toCandidate(
  a: Analysis,
  tokens: Token[],
  run: Run,
  rule: RuleIdOf<"person">,
): NameCandidate | null {
  const first = tokens[run.from];
  const last = tokens[run.to - 1];
  if (!first || !last) return null;
  const toks = run.toks;
  const initials: string[] = [];
  const words: Array<{ tok: NameTok; text: string }> = [];
  for (let i = 0; i < toks.length; i++) {
    const nt = toks[i];
    const t = tokens[run.from + i];
    if (!nt || !t) continue;
    if (nt.kind === "initial") initials.push(t.text);
    else if (nt.kind === "particle") {
      // "Гейдар оглу": the word before a patronymic particle is the father's name.
      const prev = words.at(-1);
      if (prev && /^(?:оглу|оглы|кызы|уулу)$/i.test(t.text))
        prev.tok = { ...prev.tok, kind: "patronymic" };
      words.push({ tok: nt, text: t.text });
    } else words.push({ tok: nt, text: t.text });
  }
  markVichSurname(words);
  const named = words.filter((w) => w.tok.kind !== "particle" && w.tok.kind !== "patronymic");
  const isPatronymicWord = (w: { text: string }) =>
    /(?:улы|ұлы|уулу|кызы|қызы|оглу|оглы|оғлу|оғлы)$/i.test(w.text);
  const core = named.filter((w) => !isPatronymicWord(w));
  if (core.length === 0) return null;
  let given: string | null = null;
  let surname: string;
  const lastCore = core.at(-1);
  const firstCore = core[0];
  if (!lastCore || !firstCore) return null;
  if (rule === "person.east-asian") {
    const parts = run.toks.map((_, i) => tokens[run.from + i]?.text ?? "");
    return {
      start: first.start,
      end: last.end,
      surface: a.text.slice(first.start, last.end),
      given: [...parts.slice(1, -1), syllableNominative(parts.at(-1) ?? "")].join(" "),
      surname: parts[0] ?? "",
      initial: parts[1]?.[0] ?? null,
      hasGiven: true,
      role: null,
      country: null,
      title: null,
      historical: false,
      givenOnly: false,
      familyFirst: true,
      rule,
    };
  }
  let givenOnly = false;
  let patronymic: string | null = null;
  const fatherName = core.length === 1 ? patronymicAsSurname(words, lastCore) : null;
  if (fatherName && lastCore.tok.kind === "given") {
    given = lastCore.tok.nominative;
    surname = fatherName;
  } else if (core.length === 1) {
    // No Russian case ending of a surname is "-и", "-о" or "-э" ("Ф.Олесси" is not "Олеся").
    const keep = /[^и][иоэ]$/i.test(lastCore.text) && !isKazakhWord(lastCore.text);
    const surnameWord = lastCore.tok.kind !== "given" || initials.length > 0;
    surname = keep && surnameWord ? lastCore.text : lastCore.tok.nominative;
    if (lastCore.tok.kind === "given" && initials.length === 0 && rule !== "person.named-after") {
      // A lone given name ("Ильхам Гейдароғлу") can only refer to a person named in full elsewhere.
      givenOnly = !ruleOf(rule).givenNameAlone;
    }
  } else if (
    lastCore.tok.kind === "given" &&
    firstCore.tok.kind === "surname" &&
    core.length === 2
  ) {
    // Surname first, as in lists: "Токаев Касым-Жомарт"; it agrees with the given name
    // ("Егорова Наталья" keeps its feminine ending).
    given = lastCore.tok.nominative;
    surname = agreedSurname(lastCore, firstCore, null, a.lang);
    patronymic = patronymicOf(words);
  } else {
    // Particles right before the surname stay in the name: "Абу Али ибн Сина", "Марин Ле Пен".
    const before: string[] = [];
    for (let k = words.indexOf(lastCore) - 1; k >= 0; k--) {
      const w = words[k];
      if (w?.tok.kind !== "particle" || !NOBILIARY.test(w.text)) break;
      before.unshift(w.text);
    }
    const head = headCase(tokens[run.from - 1]?.text ?? "");
    given = [...core.slice(0, -1).map((w) => givenByCase(w, lastCore)), ...before].join(" ");
    surname = agreedSurname(firstCore, lastCore, head, a.lang);
    patronymic = patronymicOf(words);
    const byHead = core.length === 2 ? declinedByHead(firstCore, lastCore, head) : null;
    if (byHead) [given, surname] = byHead;
  }
  return {
    start: first.start,
    end: last.end,
    surface: a.text.slice(first.start, last.end),
    given,
    surname,
    initial: initials[0] ?? (given ? given[0] : null) ?? null,
    hasGiven: given !== null,
    role: null,
    country: null,
    title: null,
    historical: rule === "person.named-after",
    givenOnly,
    patronymicOnly: fatherName !== null && lastCore.tok.kind === "given",
    patronymic,
    guestOf: (isKazakhObject(last.text) && homeState(a)) || undefined,
    rule,
  };
}

/** Text right before a name that says it is a speaker: "по словам Гагарина", "как отметил Буш". */
const SPEAKER_BEFORE = /(?:по словам|по мнению|по данным|как (?:\S+\s+)?[а-яё]+л[аи]?)\s+$/i;

/**
 * Rule person.context: a name that is no full name by itself is a person when the text says so:
 * a noun for a person before it ("футболист Месси", "писатель Гэбриэль Гиффордс") or a speech verb
 * beside it ("заявил Буш", "Лукашенко отметил", "по словам Гагарина"). A lone word beside a speech
 * verb must be a known surname or have a surname's shape, since agencies speak too.
 */
function personContext(a: Analysis, tokens: Token[], run: Run, sentenceStart: number): boolean {
  if (run.toks.length > 3) return false;
  const first = tokens[run.from];
  const last = tokens[run.to - 1];
  if (!first || !last) return false;
  extendByNextWord(a, tokens, run);
  const gap = cueBefore(a, tokens, run.from, sentenceStart);
  // A name stands in the case of the noun it names; a genitive after a noun in another case is
  // its complement: "прокурором Манхэттена", not "прокурором Иваном".
  const cueCase = gap === 0 ? headCase(tokens[run.from - 1]?.text ?? "") : null;
  if (
    run.toks.length === 1 &&
    (cueCase === "ablt" || cueCase === "datv") &&
    /[бвгджзклмнпрстфхцчшщ][ая]$/.test(first.text)
  )
    return false;
  // After an age a lone word with a vowel ending may be a surname in any case ("69-летнего
  // Гарсию"), which no rule can undo; one ending in a consonant is as written ("40-летнюю Гиффордс").
  if (
    gap === 0 &&
    run.toks.length === 1 &&
    AGE.test(tokens[run.from - 1]?.text ?? "") &&
    /[аяуюеиыоэ]$|[ое]м$/.test(first.text)
  )
    return false;
  // "капитан клуба Тоттенхэм": a lone word after a noun between is that noun's name.
  if (gap === 0 || (gap > 0 && run.toks.length > 1)) return titledNameShape(run, tokens, a.lang);
  if (a.lang !== "ru") return false;
  if (knownSurnameInRunningText(a, run, first, sentenceStart)) return true;
  const next = tokens[run.to];
  const prev = tokens[run.from - 1];
  const speech =
    (next && /^[ \u00a0]+$/.test(a.text.slice(last.end, next.start)) && isSpeechVerb(next.text)) ||
    (prev &&
      prev.start >= sentenceStart &&
      /^[ \u00a0]+$/.test(a.text.slice(prev.end, first.start)) &&
      isSpeechVerb(prev.text)) ||
    SPEAKER_BEFORE.test(a.text.slice(Math.max(sentenceStart, first.start - 40), first.start));
  if (!speech) return false;
  if (run.toks.some((_, i) => LATIN.test(tokens[run.from + i]?.text ?? ""))) return false;
  if (run.toks.length > 1) return titledNameShape(run, tokens, a.lang);
  const t = run.toks[0];
  const text = first.text;
  if (!t || (t.kind !== "surname" && t.kind !== "unknown")) return false;
  return SURNAME_SHAPE.test(text) || parses(text).some((p) => p.tag.Surn === true);
}

/**
 * Rule person.monarch: a monarch goes by a given name, or a name of one word, right after the
 * title: "принц Чарльз", "королевы Елизаветы", "императора Нарухито".
 */
function monarchName(a: Analysis, tokens: Token[], run: Run): boolean {
  if (a.lang !== "ru" || run.toks.length !== 1) return false;
  const prev = tokens[run.from - 1];
  const t = tokens[run.from];
  const tok = run.toks[0];
  if (!prev || !t || !tok || a.text.slice(prev.end, t.start) !== " ") return false;
  if (![...textKeys(prev.text)].some((k) => MONARCH_KEYS.has(k))) return false;
  // "Госпиталь принцессы Марины": after a capitalised noun the royal names a building or a prize.
  const before = tokens[run.from - 2];
  if (before && isCapitalized(before.text) && a.text.slice(before.end, prev.start) === " ")
    return false;
  return tok.kind === "given" ? tok.known : titledNameShape(run, tokens, a.lang);
}

/**
 * A lone capitalised word inside a sentence that the dictionary reads first as a surname is a
 * person even with no given name: "когда Буш победил Гора", "полёт Гагарина", "Лукашенко и его
 * служащим". At the start of a sentence capitals prove nothing, so such a word stays out there.
 */
function knownSurnameInRunningText(
  a: Analysis,
  run: Run,
  first: Token,
  sentenceStart: number,
): boolean {
  if (run.toks.length !== 1) return false;
  if (first.start === sentenceStart) return surnameOpeningSentence(a, first);
  // Adjective-shaped surnames alone are as often streets, theatres or prizes ("Достоевского").
  if (/(?:ский|ского|скому|ским|ском|цкий|цкого|ская|ской)$/.test(first.text)) return false;
  if (/[«"“„(]\s*$/.test(a.text.slice(Math.max(0, first.start - 2), first.start))) return false;
  const ps = parses(first.text);
  const top = ps[0];
  const surn = ps.find(
    (p) =>
      p.tag.Surn === true &&
      p.tag.NMbr !== "plur" &&
      (p as { parser?: string }).parser === "Dictionary",
  );
  // Adjective-like words ("Московский", "Достоевского") and places ("Грозном") read as
  // surnames too often to be taken alone.
  if (ps.some((p) => p.tag.POS === "ADJF" || p.tag.Geox === true || p.tag.Orgn === true))
    return false;
  return top !== undefined && surn !== undefined && surn.score >= top.score * 0.9;
}

/** An age adjective: "65-летний", "72-летнего", "26-летнюю". */
const AGE = /^\d{1,3}-летн(?:ий|его|ему|им|ем|яя|ей|юю|ая)$/;

/**
 * At the start of a sentence a lone word is a surname only when the dictionary knows it as
 * nothing else and a lower-case word follows: "Путин также подпишет договоры", not "Роман
 * вышел" or "Орлов Сергей".
 */
function surnameOpeningSentence(a: Analysis, first: Token): boolean {
  if (!/^[ \u00a0]+[а-яё]/.test(a.text.slice(first.end, first.end + 3))) return false;
  const ps = parses(first.text).filter((p) => p.score >= 0.05);
  return (
    ps.length > 0 &&
    ps.every((p) => p.tag.Surn === true && (p as { parser?: string }).parser === "Dictionary")
  );
}

/**
 * How many words stand between a noun for a person and token `from` ("полузащитник сборной
 * Германии Михаэль Баллак" → 2), or -1 when there is no such noun.
 */
function cueBefore(a: Analysis, tokens: Token[], from: number, sentenceStart: number): number {
  for (let i = from - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i];
    const after = tokens[i + 1];
    if (!t || !after || t.start < sentenceStart) return -1;
    if (/[.,;:!?()«»"“”„\n]/.test(a.text.slice(t.end, after.start))) return -1;
    for (const k of textKeys(t.text)) if (CUE_KEYS.has(k)) return n;
    // An age is said of people: "65-летний Джон Доу", "29-летнего Брендта Кристенсена".
    if (AGE.test(t.text)) return n;
    const country = inSpan(a.countries, t);
    // An abbreviation names the cue's organisation: "экономист ФАО Абдолреза Аббассиан".
    const abbreviation = t.text.length > 1 && t.text === t.text.toUpperCase();
    if (!country && !abbreviation && (!isGapWord(t.text, a.lang) || /^[А-ЯЁA-Z]/.test(t.text)))
      return -1;
  }
  return -1;
}

/**
 * A lone unknown word followed by a capitalised word the dictionary knows ("Бессель Кок",
 * "Ледли Кинг") takes it as the surname when the context says a person is named.
 */
function extendByNextWord(a: Analysis, tokens: Token[], run: Run): void {
  const only = run.toks[0];
  const cur = tokens[run.from];
  const next = tokens[run.to];
  if (run.toks.length !== 1 || !only || only.kind === "surname" || !cur || !next) return;
  if (a.text.slice(cur.end, next.start) !== " " || !/^[А-ЯЁ][а-яё]+$/.test(next.text)) return;
  if (inSpan(a.countries, next)) return;
  for (const k of textKeys(next.text)) if (CITY_KEYS.has(k)) return;
  const sur = surnameFromCommonWord(next.text, false) ?? {
    kind: "surname" as const,
    known: false,
    nominative: next.text,
  };
  run.toks.push(sur);
  run.to++;
}

/**
 * Kazakh endings of common nouns and adjectives that names do not have: possessive
 * ("Әкімшілігі", "басшысы"), abstract or relative ("Денсаулық", "Ұлттық", "Арыстағы"), agent
 * ("Қосшы").
 */
const KAZAKH_NOT_NAME_ENDING = /(?:лығы|лігі|дығы|дігі|тығы|тігі|сы|сі|ғы|гі|қы|кі)$/i;

const KAZAKH_COMMON_ENDING =
  /(?:лығы|лігі|дығы|дігі|тығы|тігі|сы|сі|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|шы|ші)$/i;

/**
 * Rule person.title-object: after a title, a lone word that is no name names what the title
 * governs, not its holder: "глава Рособрнадзора", "представитель Microsoft", "Мемлекет басшысы
 * Ақордада"; an unknown word may still be a foreign surname ("Президент ФИФА Блаттер").
 */
function titledNameShape(run: Run, tokens: Token[], lang: Lang): boolean {
  const latin = run.toks.some((_, i) => LATIN.test(tokens[run.from + i]?.text ?? ""));
  // A Latin surname shape ("Michelin") is weak evidence inside Cyrillic text: a given name is needed.
  if (latin && lang !== "en") return run.toks.some((t) => t.kind === "given" && t.known);
  // Two or three Cyrillic words after a title are a foreign name ("Сэйдзи Маэхара").
  if (run.toks.length > 1) return true;
  const t = run.toks[0];
  const text = tokens[run.from]?.text ?? "";
  if (!t) return false;
  if (t.kind === "given") return t.known;
  if (lang === "kk" || isKazakhWord(text)) {
    if (SURNAME_SHAPE.test(text)) return true;
    return kazakhBase(text) === text && !KAZAKH_COMMON_ENDING.test(text);
  }
  const ps = parses(text);
  const top = ps[0];
  const name = ps.find((p) => p.tag.Surn === true || p.tag.Name === true);
  // An adjective after a title belongs to it ("герцогиня Корнуольская", "принц Уэльский"),
  // unless a name reading is as likely.
  if (top?.tag.POS === "ADJF" && (!name || name.score < top.score)) return false;
  if (name) return true;
  const wellKnownWord =
    top !== undefined && (top as { parser?: string }).parser === "Dictionary" && top.score >= 0.5;
  // A place reading guessed from the ending alone ("Кокаку") says nothing.
  const place = ps.some(
    (p) =>
      p.tag.Orgn === true ||
      (p.tag.Geox === true && (p as { parser?: string }).parser === "Dictionary"),
  );
  return !wellKnownWord && !place;
}

function isPersonRun(run: Run, latinInOtherText = false): boolean {
  const kinds = run.toks.map((t) => t.kind);
  // Latin words in Russian or Kazakh text name companies and products more often than people
  // ("Lockheed Martin", "Digital Sky"); a Latin name there opens with a known given name.
  if (latinInOtherText && !(kinds[0] === "given" && run.toks[0]?.known)) return false;
  const named = run.toks.filter((t) => t.kind !== "particle" && t.kind !== "initial");
  if (kinds[0] === "initial")
    return named.length >= 1 && named.every((t) => t.kind !== "given" || t.known);
  if (named.length < 2) return false;
  const hasGiven = named.some((t) => t.kind === "given" && t.known);
  const hasSurname = named.some((t) => t.kind === "surname" || t.kind === "patronymic");
  // Two unknown capitalised words ("Ала Арча") are no name; a known given name or surname is needed.
  return hasGiven || (hasSurname && named.some((t) => t.known));
}

export function findPeople(a: Analysis): { people: PersonFact[]; mentions: PersonMention[] } {
  const tokens = a.tokens;
  const titles = findTitles(tokens);
  const countries = [...a.countries].sort((x, y) => x.start - y.start);
  // Tokens inside titles or state names cannot be parts of a person's name.
  const blocked = new Set<number>();
  for (const t of titles) for (let i = t.from; i < t.to; i++) blocked.add(i);
  let ci = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (ci < countries.length && (countries[ci]?.end ?? 0) <= t.start) ci++;
    const c = countries[ci];
    if (c && c.start <= t.start && c.end >= t.end && c.form === "name") {
      // A given name that is also a case form of a state ("Доминик" of Доминика) is a name
      // when a capitalised word follows it: "Доминик Рааб".
      const next = tokens[i + 1];
      const givenFirst =
        lexiconGiven(t.text) !== null &&
        next !== undefined &&
        a.text.slice(t.end, next.start) === " " &&
        isCapitalized(next.text);
      // A surname of the -ов/-ин shape that is also a case form of a state ("Ливанов" of
      // Ливан) is a surname right after a given name: "Дмитрий Ливанов".
      const prev = tokens[i - 1];
      const surnameAfterGiven =
        prev !== undefined &&
        a.text.slice(prev.end, t.start) === " " &&
        /^[А-ЯЁ][а-яё]+(?:ов|ев|ин)(?:а|у|ым|ом|е)?$/.test(t.text) &&
        classify(prev.text, a.lang)?.kind === "given" &&
        classify(prev.text, a.lang)?.known === true;
      if (!givenFirst && !surnameAfterGiven) blocked.add(i);
    } else if (
      c &&
      c.start <= t.start &&
      c.end >= t.end &&
      a.lang === "en" &&
      !(i > 0 && classify(tokens[i - 1]?.text ?? "", a.lang)?.known === true)
    ) {
      // An English demonym or adjective of a state ("Uzbek President", "the French Ambassador")
      // is capitalised like a name but is none, unless it follows a given name ("Dawn French").
      blocked.add(i);
    }
    if (
      a.lang === "ru" &&
      i > 0 &&
      PLACE_NOUN.test(tokens[i - 1]?.text ?? "") &&
      a.text.slice(tokens[i - 1]?.end ?? 0, t.start) === " " &&
      parses(t.text).some(
        (p) => p.tag.Geox === true && (p as { parser?: string }).parser === "Dictionary",
      )
    ) {
      // "Республики Алтай Ралифа Сафина": the region's name is no part of the person's.
      blocked.add(i);
    }
  }
  // Where a name may follow a title: right after it, or after the state that follows it.
  const afterTitle = new Set<number>();
  for (const t of titles) {
    afterTitle.add(t.to);
    let k = t.to;
    while (k < tokens.length && blocked.has(k) && !titles.some((x) => x.from === k)) k++;
    afterTitle.add(k);
  }
  const runs = mergeNickname(
    a,
    tokens,
    mergeAfterCue(a, tokens, findRuns(a, tokens, blocked, afterTitle)),
  );
  const candidates: NameCandidate[] = [];
  const partials: NameCandidate[] = [];
  /** Two or three unfamiliar name words with no evidence yet ("Кими Райкконена"). */
  const loose: NameCandidate[] = [];
  let chain: { link: TitleLink; index: number; end: number } | null = null;
  for (const run of runs) {
    const first = tokens[run.from];
    const last = tokens[run.to - 1];
    if (!first || !last) continue;
    const before = a.text.slice(Math.max(0, first.start - 60), first.start);
    // Inside quotes a name is a title ("«Иван Грозный»"); a quote closing after a word
    // („Энергия“ Николай Севастьянов) is no opening one.
    if (/(?:^|[\s(])[«"“„]\s*$/.test(before)) continue;
    if (a.lang === "ru" && (NICKNAME_BEFORE.test(before) || isAgency(tokens, run))) continue;
    const after = a.text.slice(last.end, last.end + 12);
    const sentenceStart = sentenceStartOf(a, first.start);
    let link = linkTitle(a, tokens, titles, countries, first.start, sentenceStart);
    if (link && a.lang === "kk" && titleIsSubject(a, link, last.text, sentenceStart)) link = null;
    let chainIndex = 0;
    if (chain && COORDINATION.test(a.text.slice(chain.end, first.start))) {
      // Rule person.coordinated: "президенты Казахстана и Азербайджана Касым-Жомарт Токаев и Ильхам Алиев".
      chainIndex = chain.index + 1;
      const prior: TitleLink = chain.link;
      const countryAt: string | null = prior.countries[chainIndex] ?? null;
      link = { ...prior, country: prior.countries.length > 1 ? countryAt : null };
    }
    let rule: RuleIdOf<"person"> | null = null;
    const regnal = regnalName(a, run, first.start, last.end);
    if (regnal) {
      if (link) {
        regnal.role = roleFor(link);
        regnal.country = link.country;
        regnal.title = titleText(a, link.title);
      }
      candidates.push(regnal);
      chain = null;
      continue;
    }
    if (NAMED_AFTER_BEFORE.test(before) || NAMED_AFTER_AFTER.test(after))
      rule = "person.named-after";
    else if (isEastAsianRun(run, tokens)) rule = "person.east-asian";
    else if (isPersonRun(run, a.lang !== "en" && LATIN.test(first.text)))
      rule = link ? "person.title-name" : "person.given-surname";
    else if (link && run.toks.length <= 3 && titledNameShape(run, tokens, a.lang))
      rule = "person.title-name";
    else if (monarchName(a, tokens, run)) rule = "person.monarch";
    else if (personContext(a, tokens, run, sentenceStart)) rule = "person.context";
    else if (countryInBrackets(a, tokens, run)) rule = "person.context";
    else if (
      run.toks.length === 1 &&
      (run.toks[0]?.kind === "surname" || run.toks[0]?.kind === "unknown")
    ) {
      const cand = toCandidate(a, tokens, run, "person.surname");
      if (cand) partials.push(cand);
      continue;
    } else if (a.lang === "ru" && looseName(tokens, run)) {
      const cand = toCandidate(a, tokens, run, "person.listed");
      if (cand) loose.push(cand);
      continue;
    }
    if (!rule) continue;
    const cand = toCandidate(a, tokens, run, rule);
    if (!cand) continue;
    if (cand.givenOnly) {
      partials.push(cand);
      continue;
    }
    const ofCountry = a.lang === "en" ? countryAfterName(a, countries, last.end) : null;
    if (link && ofCountry && link.countries.length !== 1) link = { ...link, country: ofCountry };
    if (link && rule !== "person.named-after") {
      cand.role = roleFor(link);
      cand.country = link.country;
      cand.title = titleText(a, link.title);
      chain = {
        link,
        index: chainIndex,
        end: ofCountry ? (countryEndAfter(countries, last.end) ?? last.end) : last.end,
      };
    } else chain = null;
    candidates.push(cand);
  }
  if (a.lang === "ru") {
    promoteListed(a, candidates, partials, loose);
    nameKin(a, tokens, candidates, partials);
  }
  const descriptors = findDescriptors(a, tokens, titles, countries, runs);
  return groupPeople(candidates, partials, descriptors);
}

/**
 * Rule person.cue-pair: right after a noun for a person or an age, two capitalised words are one
 * foreign name, whatever the dictionary guesses of each: "американцу Деуэйну Джонсону" is given
 * name and surname, though the dictionary reads them the other way round and so splits them.
 */
function mergeAfterCue(a: Analysis, tokens: Token[], runs: Run[]): Run[] {
  if (a.lang !== "ru") return runs;
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const next = runs[i + 1];
    const first = r ? tokens[r.from] : undefined;
    const second = next ? tokens[next.from] : undefined;
    if (
      r &&
      next &&
      first &&
      second &&
      r.toks.length === 1 &&
      next.toks.length === 1 &&
      next.from === r.to &&
      a.text.slice(first.end, second.start) === " " &&
      /^[А-ЯЁ][а-яё]+$/.test(first.text) &&
      /^[А-ЯЁ][а-яё]+$/.test(second.text) &&
      r.toks[0]?.kind !== "patronymic" &&
      next.toks[0]?.kind !== "patronymic" &&
      cueRightBefore(a, tokens, r.from)
    ) {
      const given: NameTok = { kind: "unknown", known: false, nominative: first.text };
      // A case ending the dictionary undid stays undone ("Джонсону" → "Джонсон").
      const read = next.toks[0];
      const nominative = read && read.kind !== "unknown" ? read.nominative : second.text;
      const surname: NameTok = { kind: "surname", known: false, nominative };
      out.push({ from: r.from, to: next.to, toks: [given, surname], closed: next.closed });
      i++;
      continue;
    }
    if (r) out.push(r);
  }
  return out;
}

/**
 * Rule person.quoted-nickname: a nickname in quotes between given name and surname belongs to
 * the name and does not split it: "Джеймс «Бадди» Макгирт" is Джеймс Макгирт.
 */
function mergeNickname(a: Analysis, tokens: Token[], runs: Run[]): Run[] {
  if (a.lang !== "ru") return runs;
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (!r) continue;
    const last = tokens[r.to - 1];
    const given = r.toks.at(-1);
    // The surname is the next run, or the one after it when the nickname made a run of its own.
    const j = [i + 1, i + 2].find((k) => {
      const rest = runs[k];
      const first = rest ? tokens[rest.from] : undefined;
      return (
        rest !== undefined &&
        first !== undefined &&
        last !== undefined &&
        rest.from === r.to + 1 &&
        rest.toks.length === 1 &&
        rest.toks[0]?.kind !== "given" &&
        /^ [«"“][А-ЯЁ][а-яё]+[»"”] $/.test(a.text.slice(last.end, first.start))
      );
    });
    const rest = j === undefined ? undefined : runs[j];
    const nickTok = tokens[r.to];
    if (rest && j !== undefined && nickTok && given?.kind === "given" && given.known) {
      const nickname: NameTok = { kind: "particle", known: false, nominative: nickTok.text };
      const surname: NameTok = {
        kind: "surname",
        known: false,
        nominative: rest.toks[0]?.nominative ?? "",
      };
      out.push({
        from: r.from,
        to: rest.to,
        toks: [...r.toks, nickname, surname],
        closed: rest.closed,
      });
      i = j;
      continue;
    }
    out.push(r);
  }
  return out;
}

/** A noun for a person or an age right before token `from`, or with an abbreviation between. */
function cueRightBefore(a: Analysis, tokens: Token[], from: number): boolean {
  const start = tokens[from]?.start ?? 0;
  const gap = cueBefore(a, tokens, from, sentenceStartOf(a, start));
  const prev = tokens[from - 1]?.text ?? "";
  return gap === 0 || (gap === 1 && prev.length > 1 && prev === prev.toUpperCase());
}

/**
 * Rule person.country-bracket: two or three name words followed by a state in brackets name a
 * person, as lists of athletes and officials do: "Маркус Вебер (Германия)".
 */
function countryInBrackets(a: Analysis, tokens: Token[], run: Run): boolean {
  if (a.lang !== "ru" || run.toks.length < 2 || run.toks.length > 3) return false;
  if (!looseName(tokens, run)) return false;
  const last = tokens[run.to - 1];
  if (!last) return false;
  const open = /^ ?\(/.exec(a.text.slice(last.end, last.end + 2));
  if (!open) return false;
  const at = last.end + open[0].length;
  const c = within(a.countries, at, at + 40)[0];
  return c !== undefined && c.start === at && /^\s*[),]/.test(a.text.slice(c.end, c.end + 2));
}

/** Two or three capitalised Cyrillic words, none a particle or an initial: a possible foreign name. */
function looseName(tokens: Token[], run: Run): boolean {
  if (run.toks.length < 2 || run.toks.length > 3) return false;
  return run.toks.every(
    (t, i) =>
      t.kind !== "particle" &&
      t.kind !== "initial" &&
      /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(tokens[run.from + i]?.text ?? ""),
  );
}

/** What joins names in a list: "Иванов, Петров", "Сидоров (Иванов)", "Петров и Сидоров", "Уорд — Набоков". */
const LIST_JOIN = /^\s*(?:,|\(|\)\s*,?|и|—|–)\s*$/;

/**
 * Rule person.listed: a lone surname listed beside a person is a person too, as in line-ups and
 * rolls: "Сёмин (Овечкин, Фёдоров)", "Ковальчук (Прошкин, Радулов)". Moves such partial names
 * to the candidates, one list neighbour at a time.
 */
function promoteListed(
  a: Analysis,
  candidates: NameCandidate[],
  partials: NameCandidate[],
  loose: NameCandidate[],
): void {
  const accepted = [...candidates];
  // Unfamiliar two-word names coordinated with a full name: "Кими Райкконена и Марка Уэббера".
  for (const p of loose) {
    // A bracketed aside may follow a name in the list: "Алан Гарсия (1985—1990), Ольянта Умала".
    const coordinated = (gap: string, c: NameCandidate) =>
      c.hasGiven && /^\s*(?:\([^()]{0,40}\))?\s*(?:,|и)\s*$/.test(gap) && gap.length <= 50;
    const listed = candidates.some(
      (c) =>
        (c.end <= p.start && coordinated(a.text.slice(c.end, p.start), c)) ||
        (p.end <= c.start && coordinated(a.text.slice(p.end, c.start), c)),
    );
    if (listed) candidates.push(p);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < partials.length; i++) {
      const p = partials[i];
      if (p?.rule !== "person.surname" || !LISTED_SHAPE.test(p.surface)) continue;
      // A surname in brackets after a full name is that person's other name ("Екатерина Аталык
      // (Половникова)"), not another person.
      const joined = (gap: string, c: NameCandidate) =>
        gap.length <= 4 && LIST_JOIN.test(gap) && !(c.hasGiven && gap.includes("("));
      const listed = accepted.some(
        (c) =>
          (c.end <= p.start && joined(a.text.slice(c.end, p.start), c)) ||
          (p.end <= c.start && joined(a.text.slice(p.end, c.start), c)),
      );
      if (!listed) continue;
      const promoted: NameCandidate = { ...p, rule: "person.listed" };
      candidates.push(promoted);
      accepted.push(promoted);
      partials.splice(i, 1);
      i--;
      changed = true;
    }
  }
}

/** A surname of the -ов/-ев/-ин shape, as written in a list (nominative): "Сёмин", "Корнеев". */
const LISTED_SHAPE = /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ский|цкий|енко|ук|юк)$/;

function isPluralTitle(word: string, lang: Lang): boolean {
  if (lang === "kk" || isKazakhWord(word))
    return /(?:тер|лер|дар|дер|тар|лар)(?:і|ы|ін|ың|іне|ына)?$/i.test(word);
  const ps = parses(word);
  return ps.length > 0 && ps.every((p) => p.tag.NMbr === "plur");
}

/**
 * Rule person.descriptor: a state title with no name after it refers to a named holder of it.
 * Example: "Лидер Азербайджана отметил" → the article's president of AZ.
 */
function findDescriptors(
  a: Analysis,
  tokens: Token[],
  titles: TitleMatch[],
  countries: CountryMention[],
  runs: Run[],
): Array<{ start: number; end: number; role: PersonRole; country: string }> {
  const out: Array<{ start: number; end: number; role: PersonRole; country: string }> = [];
  const runStarts = new Set(runs.map((r) => tokens[r.from]?.start ?? -1));
  for (const t of titles) {
    const near = within(countries, Math.max(0, t.start - 40), t.end + 80);
    // Kazakh names the state before the title ("Түркия Президенті"); a state right after it
    // is another phrase's ("Түркия Президенті Қазақстанмен ..." = with Kazakhstan).
    const after =
      a.lang === "kk"
        ? undefined
        : near.find((c) => c.start >= t.end && c.start - t.end <= 1 && c.form === "name");
    const before = near.find((c) => c.end <= t.start && t.start - c.end <= 1);
    const c = after ?? before;
    if (!c) continue;
    const end = after ? after.end : t.end;
    // A name right after the state ("Президент Азербайджана Ильхам Алиев") makes it a title, not a descriptor.
    let k = end;
    while (k < a.text.length && (a.text[k] === " " || a.text[k] === "\u00a0")) k++;
    if (runStarts.has(k)) continue;
    // "Президенты Казахстана и Таджикистана" names two people, not one.
    const head = tokens[t.from]?.text ?? "";
    if (isPluralTitle(head, a.lang)) continue;
    const role = t.role === "head_of_organization" ? "president" : t.role;
    out.push({
      start: Math.min(t.start, c.start),
      end: Math.max(end, t.end),
      role,
      country: c.code,
    });
  }
  return out;
}
