// Decides whether an article is written in Kazakh, Russian or English.
import { loadLexicon } from "../lexicons/load.js";
import type { Language } from "../types.js";

const KAZAKH_FUNCTION_WORDS = new Set(loadLexicon("kk", "function-words"));

/**
 * Russian articles quote Kazakh names ("орден «Алтын Қыран»"), so one Kazakh letter proves
 * nothing: a text is Kazakh when Kazakh-only letters are a real share of its Cyrillic letters
 * or Kazakh function words are a real share of its words.
 * Example: "Тоқаев пен Әлиев келіссөздер жүргізді" → kk; "орден «Алтын Қыран» вручён" → ru.
 */
const KAZAKH_LETTER_SHARE = 0.015;
const KAZAKH_WORD_SHARE = 0.03;

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** The opening of an article decides its language; reading further changes nothing but the cost. */
const SAMPLE_CHARS = 20_000;

export function detectLanguage(whole: string): Language {
  const text = whole.length > SAMPLE_CHARS ? whole.slice(0, SAMPLE_CHARS) : whole;
  const cyrillic = countMatches(text, /[а-яёәғқңөұүһі]/gi);
  const kazakh = countMatches(text, /[әғқңөұүһі]/gi);
  const latin = countMatches(text, /[a-z]/gi);
  if (cyrillic === 0) return latin > 0 ? "en" : "ru";
  if (latin > cyrillic * 2) return "en";
  let words = 0;
  let kazakhWords = 0;
  for (const m of text.toLowerCase().matchAll(/[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*/g)) {
    words++;
    if (KAZAKH_FUNCTION_WORDS.has(m[0])) kazakhWords++;
  }
  if (kazakh / cyrillic >= KAZAKH_LETTER_SHARE) return "kk";
  if (words > 0 && kazakhWords / words >= KAZAKH_WORD_SHARE && kazakh > 0) return "kk";
  return "ru";
}
