// Language identification of an article (placeholder until the language rules land).
import type { Language } from "../types.js";

export function detectLanguage(text: string): Language {
  return /[әғқңөұүһі]/i.test(text) ? "kk" : /[а-яё]/i.test(text) ? "ru" : "en";
}
