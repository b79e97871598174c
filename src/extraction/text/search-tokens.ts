// Folded search tokens of a text: every word with its case endings stripped, so any form finds any other.
import { searchStems } from "./morphology/index.js";

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

/** A word and its stems, folded: "Токаеву" → "токаеву", "токаев"; "соглашения" meets "соглашение" at "соглашен". */
function wordForms(word: string): string[] {
  return [...new Set([word, ...searchStems(word)].map(foldText))];
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

/**
 * Latin spellings of Russian and Kazakh sounds, longest first: how names are written in English
 * and in passports ("Tokayev", "Nazarbayev", "Zhanibek", "Shavkat").
 */
const LATIN_TO_CYRILLIC: readonly [string, string][] = [
  ["shch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ts", "ц"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "ё"],
  ["ye", "е"],
  ["a", "а"],
  ["b", "б"],
  ["c", "к"],
  ["d", "д"],
  ["e", "е"],
  ["f", "ф"],
  ["g", "г"],
  ["h", "х"],
  ["i", "и"],
  ["j", "дж"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["q", "к"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["v", "в"],
  ["w", "в"],
  ["x", "кс"],
  ["y", "й"],
  ["z", "з"],
];

/** A Latin-script word in Cyrillic letters ("tokayev" → "токаев"); null for other words. */
export function cyrillicOf(word: string): string | null {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  let out = "";
  let at = 0;
  while (at < w.length) {
    const [latin, cyrillic] = LATIN_TO_CYRILLIC.find(([l]) => w.startsWith(l, at)) ?? ["", ""];
    if (!latin) return null;
    // A word-initial "e" is "э" ("Erdogan"); a "y" between consonants is "ы" ("Kyrgyz").
    if (latin === "e" && at === 0) out += "э";
    else if (
      latin === "y" &&
      at > 0 &&
      !/[aeiouy]/.test(w[at - 1] ?? "") &&
      !/[aeiou]/.test(w[at + 1] ?? "")
    )
      out += "ы";
    else out += cyrillic;
    at += latin.length;
  }
  return out;
}

/**
 * What a query matches with: as searchTokenGroups, and a Latin-script word also in its Cyrillic
 * spelling, so "Tokayev" finds "Токаев".
 */
export function queryTokenGroups(text: string): string[][] {
  return searchTokenGroups(text).map((forms) => {
    const cyrillic = cyrillicOf(forms[0] ?? "");
    return cyrillic ? [...new Set([...forms, ...wordForms(cyrillic)])] : forms;
  });
}
