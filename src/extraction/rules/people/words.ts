// Word lists and lookup keys the people rules read, loaded once from the lexicons.
import { loadColumns, loadLexicon, loadTagged } from "../../lexicons/load.js";
import { NAME_PARTICLE_USES } from "../../lexicons/schemas.js";
import { candidateKeys, entryKey, GIVEN_NAMES, lowerKey } from "../../text/morphology/index.js";
import { tokenize } from "../../text/tokens.js";

export type Lang = "ru" | "kk" | "en";

export const LANGS: Lang[] = ["ru", "kk", "en"];

/** Keys of nouns for people that a name follows, without a role ("футболист", "ақын"). */
export const CUE_KEYS = new Set(
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
export const KIN_KEYS = new Set(loadLexicon("ru", "kinship").map((w) => entryKey(w, "ru")));

/** News agencies named like people, as lower-cased word keys joined by spaces: "рейтер", "франс пресс". */
export const AGENCY_KEYS = new Set(
  loadLexicon("ru", "news-agencies").map((line) =>
    tokenize(line)
      .map((t) => entryKey(t.text, "ru"))
      .join(" "),
  ),
);

/** Keys of titles of monarchs, who go by a given name alone ("принц Чарльз"). */
export const MONARCH_KEYS = new Set(
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
export function isSpeechVerb(word: string): boolean {
  const w = lowerKey(word);
  return SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.replace(/(?:а|и|о)$/, ""));
}

/** East Asian family names as written: "Си", "Ким", "Нгуен". */
export const EAST_ASIAN = new Set(loadLexicon("ru", "east-asian-surnames"));

/**
 * English capitalised words that never name a person: weekdays, residences and offices
 * ("Akorda said"), and month names ("in November"), unless a month is also a given name ("April").
 */
export const NON_NAME_WORDS = new Set([
  ...loadLexicon("en", "non-names").map(lowerKey),
  ...loadColumns("en", "months")
    .map(({ fields }) => lowerKey(fields[1]?.split(/\s+/)[0] ?? ""))
    .filter((month) => !GIVEN_NAMES.has(month)),
]);

/** City names: a capitalised city is not part of a person's name. */
export const CITY_KEYS = new Set(
  LANGS.flatMap((l) =>
    loadLexicon(l, "cities").flatMap((line) => {
      const name = line.replace(/^[A-Z]{2}\s+/, "");
      return tokenize(name).length === 1 ? [entryKey(name, l)] : [];
    }),
  ),
);

/** Lower-case words inside names, by what they belong to: "Ильхам Гейдар оглу Алиев", "Абу Али ибн Сина". */
const PARTICLES = (["ru", "en"] as const).flatMap((l) =>
  loadTagged(l, "name-particles", { values: NAME_PARTICLE_USES, layout: "value-first" }),
);

/** Every name particle, lower case. */
export const NAME_PARTICLES = new Set(PARTICLES.map((p) => p.words));

/** Particles that are written capitalised inside a name: "Марин Ле Пен", "Массимо Де Сантис". */
export const CAPITAL_PARTICLES = new Set(
  PARTICLES.filter((p) => p.value === "family-capital").map((p) => p.words),
);

/** Particles that belong to the surname, as against patronymic ones ("оглу", "кызы"). */
const FAMILY_PARTICLES = new Set(
  PARTICLES.filter((p) => p.value !== "patronymic").map((p) => p.words),
);

/** Particles that join the father's name to a patronymic: "оглу", "кызы". */
const PATRONYMIC_PARTICLES = new Set(
  PARTICLES.filter((p) => p.value === "patronymic").map((p) => p.words),
);

/** Whether a word is a patronymic particle in any letter case: "оглу" of "Гейдар оглу". */
export function isPatronymicParticle(word: string): boolean {
  return PATRONYMIC_PARTICLES.has(word.toLowerCase());
}

/** Whether a word is a particle of the surname in any letter case: "ибн", "Ле", "von". */
export function isFamilyParticle(word: string): boolean {
  return FAMILY_PARTICLES.has(word.toLowerCase());
}

/** Kazakh function words and sentence openers: "Бірақ Талғат Айнақұлов" starts with a conjunction. */
export const KAZAKH_FUNCTION_WORDS = new Set(loadLexicon("kk", "function-words").map(lowerKey));

/** English function words and forms of address that open a sentence or precede a name: "The", "Mr". */
export const NON_NAME_CAPITALS = new Set(loadLexicon("en", "function-words").map(lowerKey));

export function isCapitalized(w: string): boolean {
  const c = w[0] ?? "";
  if (c === c.toLowerCase()) return false;
  // All-caps words of two or more letters are abbreviations or headlines, not names.
  return !(w.length > 1 && w === w.toUpperCase());
}

/** Lookup keys of a text word for titles and cities (Russian and Kazakh case forms). */
const textKeyCache = new Map<string, Set<string>>();

export function textKeys(word: string): Set<string> {
  let hit = textKeyCache.get(word);
  if (hit) return hit;
  hit = computeTextKeys(word);
  if (textKeyCache.size > 100_000) textKeyCache.clear();
  textKeyCache.set(word, hit);
  return hit;
}

function computeTextKeys(word: string): Set<string> {
  const out = new Set<string>();
  candidateKeys(word, out);
  // English plurals and possessives: "Presidents", "President's".
  const en = /^([A-Za-z-]+?)(?:'s|’s|s)$/.exec(word);
  if (en?.[1]) out.add(lowerKey(en[1]));
  return out;
}

export const LATIN = /^[A-Za-z'’-]+$/;
