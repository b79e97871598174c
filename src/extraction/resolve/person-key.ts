// Canonical keys of person names: one key for every case form and spelling of the same name.
import {
  isKazakhWord,
  isPatronymic,
  kazakhNameStem,
  parseNameWord,
} from "../text/morphology/index.js";
import { foldText } from "../text/search-tokens.js";

/** Words that are not given names or surnames: patronymic particles and Arabic/European name links. */
const PARTICLES =
  /^(?:оглу|оглы|оғлу|оғлы|кызы|қызы|уулу|ибн|бин|аль|ад|де|ван|фон|bin|ibn|al|de|van|von)$/i;

/** Nominative of one surname as written in any case, Russian or Kazakh: "Токаеву", "Тоқаевтың" → "Тоқаев"/"Токаев". */
export function surnameNominative(word: string): string {
  const base = isKazakhWord(word) ? kazakhNameStem(word) : word;
  return isKazakhWord(base) ? base : parseNameWord(base).nominative;
}

/** Folded surname: "Тоқаевтың", "Токаеву", "Токаев" → "токаев". */
export function surnameKey(word: string): string {
  return foldText(surnameNominative(word)).replace(/\s+/g, "").replace(/й/g, "и");
}

/**
 * Canonical key of a full name: folded surname, plus the folded first letter of the given name
 * when there is one, so "Гейдар Алиев" and "Ильхам Алиев" stay apart.
 * Example: "Касым-Жомарт Токаев" and "Қасым-Жомарт Тоқаев" → "токаев:к"; "Токаеву" → "токаев".
 */
export function personKey(name: string): string {
  const words = name
    .split(/[\s.]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !PARTICLES.test(w));
  const core = words.filter((w, i) => i === 0 || !isPatronymic(w));
  const surname = core.at(-1);
  if (!surname) return "";
  const first = core.length > 1 ? foldText(core[0] ?? "")[0] : undefined;
  const key = surnameKey(surname);
  return first ? `${key}:${first}` : key;
}
