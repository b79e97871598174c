// A person named as another official's counterpart holds the same office for the state named.
import type { Analysis, CountryMention, PersonMention } from "../../analysis.js";
import { sentenceStartOf, spansWithin } from "../../text/spans.js";
import { type Language, type PersonFact, STATE_OFFICES } from "../../types.js";

/**
 * The words that make the name after them a counterpart, ending where the name begins; the
 * state is named by the word right before the counterpart noun.
 */
const COUNTERPART_BEFORE: Record<Language, RegExp> = {
  // "Uzbek President Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev"
  en: /(\p{L}+)\s+counterparts?,?\s+$/u,
  // "Президент Узбекистана и его казахстанский коллега Касым-Жомарт Токаев"
  ru: /(\p{L}+)\s+коллег(?:а|ой|и|е|у)\s+$/iu,
  // "Өзбекстан Президенті мен оның қазақстандық әріптесі Қасым-Жомарт Тоқаев"
  kk: /(\p{L}+)\s+әріптес(?:і|імен|іне|ін|інің)\s+$/iu,
};

/**
 * One named as "his Kazakh counterpart" holds the office of the official
 * named before in the sentence, for the state the adjective names. Fills only what no title gave.
 * Example: "Uzbek President Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev"
 * → Tokayev: president, KZ.
 */
export function fillCounterparts(
  a: Analysis,
  countries: CountryMention[],
  people: PersonFact[],
  mentions: PersonMention[],
): void {
  const before = COUNTERPART_BEFORE[a.lang];
  for (const m of mentions) {
    const p = people[m.person];
    if (!p || m.kind !== "name" || (p.role && p.country)) continue;
    const from = sentenceStartOf(a, m.start);
    const lead = a.text.slice(Math.max(from, m.start - 60), m.start);
    const found = before.exec(lead);
    if (!found) continue;
    const wordStart = m.start - lead.length + found.index;
    const state = spansWithin(countries, wordStart, wordStart + (found[1]?.length ?? 0))[0];
    if (!state) continue;
    const other = mentions
      .filter((o) => o.start >= from && o.end <= wordStart && o.person !== m.person)
      .map((o) => people[o.person])
      .findLast((o) => o?.role && STATE_OFFICES.has(o.role) && o.country !== state.code);
    if (!other?.role) continue;
    p.role ??= other.role;
    p.country ??= state.code;
  }
}
