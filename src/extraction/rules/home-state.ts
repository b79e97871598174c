// The state whose news a text is, where its language tells: officials named without a state are that state's.
import type { Analysis } from "../analysis.js";

/**
 * Kazakh is Kazakhstan's state language, and Kazakh-language news name a foreign official's
 * state ("Өзбекстан Президенті") but often not their own ("Мемлекет басшысы Қасым-Жомарт
 * Тоқаев", "Премьер-министр Олжас Бектенов"). Other languages are spoken in many states.
 */
export function homeState(a: Analysis): string | null {
  return a.lang === "kk" ? "KZ" : null;
}
