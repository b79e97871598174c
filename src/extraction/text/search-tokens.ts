// Folded search tokens of a text: every word with its case endings stripped, so any form finds any other.
import { kazakhStem } from "./morph.js";

const KAZAKH_FOLD: Record<string, string> = {
  қ: "к",
  ә: "а",
  ө: "о",
  ұ: "у",
  ү: "у",
  і: "и",
  ң: "н",
  ғ: "г",
  һ: "х",
  ё: "е",
};

export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[қәөұүіңғһё]/g, (c) => KAZAKH_FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Russian noun, adjective and participle endings. A word yields its stem without each ending it
 * has, so "Токаеву" gives "токаев" and "соглашения" meets "соглашение" at "соглашен".
 */
const RUSSIAN_ENDINGS = [
  "а",
  "я",
  "о",
  "е",
  "ь",
  "ы",
  "и",
  "у",
  "ю",
  "й",
  "ой",
  "ей",
  "ом",
  "ем",
  "ам",
  "ям",
  "ах",
  "ях",
  "ов",
  "ев",
  "ий",
  "ый",
  "ая",
  "яя",
  "ое",
  "ее",
  "ие",
  "ые",
  "ым",
  "им",
  "ых",
  "их",
  "ую",
  "юю",
  "ою",
  "ею",
  "ию",
  "ья",
  "ье",
  "ьи",
  "ью",
  "ия",
  "ии",
  "ами",
  "ями",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ией",
  "ием",
  "иям",
  "иях",
  "иями",
];

/** Shorter stems would make unrelated words meet. */
const MIN_STEM = 3;

function wordForms(word: string): string[] {
  const forms = new Set<string>([foldText(word)]);
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      forms.add(foldText(word.slice(0, -ending.length)));
    }
  }
  const kazakh = kazakhStem(word);
  if (kazakh !== word && kazakh.length >= MIN_STEM) forms.add(foldText(kazakh));
  return [...forms];
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * What a document stores: every form of every word. Two texts share a token when some word of
 * one and some word of the other have a stem in common.
 */
export function searchTokens(text: string): string[] {
  return [...new Set(words(text).flatMap(wordForms))];
}

/** What a query matches with: per word, the forms any one of which must be stored. */
export function searchTokenGroups(text: string): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const word of words(text)) {
    const forms = wordForms(word);
    const key = forms.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(forms);
  }
  return groups;
}
