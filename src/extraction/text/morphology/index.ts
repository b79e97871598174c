// The one morphology of the extraction engine: stems, lookup keys, lemmas and nominatives for Russian and Kazakh.

import { lowerKey } from "./keys.js";
import { isKazakhWord, kazakhCandidateKeys, kazakhPlaceForms, kazakhStem } from "./kk.js";
import {
  CACHE_LIMIT,
  parses,
  russianCandidateKeys,
  russianEntryKey,
  russianPlaceForms,
  russianSearchStems,
} from "./ru.js";

export { lowerKey } from "./keys.js";
export {
  hasKazakhCase,
  hasKazakhSuffix,
  isKazakhClauseEnd,
  isKazakhDesiderative,
  isKazakhWord,
  type KazakhCase,
  type KazakhSuffixUse,
  kazakhCandidateKeys,
  kazakhNameStem,
  kazakhOriginForms,
  kazakhPossessive,
  kazakhStem,
  kazakhStrips,
  kazakhSuffixAlternation,
} from "./kk.js";
export {
  ARTICLE_SURNAME,
  feminineSurname,
  GIVEN_NAMES,
  givenNameNominative,
  isPatronymic,
  KAZAKH_COMMON_ENDING,
  KAZAKH_NOT_NAME_ENDING,
  kazakhNameBase,
  keepsStem,
  LISTED_SHAPE,
  MASCULINE_ENDINGS,
  type NameWord,
  type NameWordKind,
  NOMINATIVE_SHOWS,
  PATRONYMIC_SHAPE,
  parseNameWord,
  patronymicNominative,
  RUSSIAN_PATRONYMIC,
  SURNAME_SHAPE,
  stemKept,
  syllableNominative,
} from "./names.js";
export {
  type AzParse,
  type AzTag,
  isIndeclinable,
  looksPrepositional,
  matchCase,
  parses,
  type RussianEndingUse,
  russianAdjectiveStem,
  russianCandidateKeys,
  russianEndingAlternation,
  russianEntryKey,
  russianPastForms,
  toNominative,
} from "./ru.js";

export type MorphLanguage = "ru" | "kk" | "en";

/**
 * The key under which a nominative lexicon word is stored: the Russian stem ("Россия" →
 * "росси"), or the lower-cased word for Kazakh and English, whose text forms are looked up by
 * stripping endings instead.
 */
export function entryKey(word: string, lang: MorphLanguage): string {
  return lang === "ru" ? russianEntryKey(word) : lowerKey(word);
}

/**
 * Every key a text word of one language may be looked up under: the word itself and its stems.
 * Example: stems("Президенті", "kk") → ["президенті", "президент", "президен", ...].
 */
export function stems(word: string, lang: MorphLanguage): string[] {
  const out = new Set<string>();
  if (lang === "ru") russianCandidateKeys(word, out);
  else if (lang === "kk") kazakhCandidateKeys(word, out);
  else out.add(lowerKey(word));
  return [...out];
}

/**
 * Russian and Kazakh keys of a text word together, for lookups where a word's language is not
 * known (Kazakh text quotes Russian names; Russian text cites Kazakh ones).
 */
export function candidateKeys(word: string, out: Set<string> = new Set()): Set<string> {
  russianCandidateKeys(word, out);
  kazakhCandidateKeys(word, out);
  return out;
}

/** English possessive and plural keys of a word: "Kazakhstan's" → "kazakhstan", "Kazakhs" → "kazakh". */
export function englishKeys(word: string, out: Set<string>): void {
  const lower = lowerKey(word);
  const poss = /^(.+?)(?:'s|’s|')$/.exec(lower);
  if (poss?.[1]) out.add(poss[1]);
  if (/^[a-z]{4,}s$/.test(lower)) out.add(lower.slice(0, -1));
}

/**
 * The stems a lower-cased word is stored under for search, not folded: its Russian stems and its
 * Kazakh stem, so that any case form of a word finds any other.
 */
export function searchStems(word: string): string[] {
  const out = russianSearchStems(word);
  const kazakh = kazakhStem(word);
  if (kazakh !== word && kazakh.length >= 3) out.push(kazakh);
  return out;
}

/** The forms under which a place name of one language is written in text ("Астана" → "Астану"). */
export function placeForms(name: string, lang: MorphLanguage): string[] {
  if (lang === "ru") return russianPlaceForms(name);
  if (lang === "kk") return kazakhPlaceForms(name);
  return [name];
}

const lemmaCache = new Map<string, string>();

/** Dictionary form of a word: az lemma for Russian, Kazakh stem for Kazakh, lower-case otherwise. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  let hit = lemmaCache.get(w);
  if (hit !== undefined) return hit;
  if (isKazakhWord(w)) hit = kazakhStem(w);
  else {
    const p = parses(w)[0];
    hit = p ? p.normalize().word : w;
  }
  if (lemmaCache.size >= CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(w, hit);
  return hit;
}
