// Speech verbs, attribution phrases, speaker titles and pronouns compiled once into matchers per language.
import { loadLexicon, loadTagged } from "../../lexicons/load.js";
import { russianPastForms } from "../../text/morphology/index.js";
import { type Language, TITLE_ROLES, type TitleRole } from "../../types.js";

export interface SpeechLexicon {
  /** Matches one speech verb form anywhere; group 0 is the verb phrase. */
  verb: RegExp;
  /** Anchored variant: matches a speech verb at the start of the tested string. */
  verbAtStart: RegExp;
  /** Attribution phrases ("по словам", "айтуынша", "according to"), anchored nowhere. */
  intro: RegExp;
  /** Speaker titles; group 1 is the title as written. */
  title: RegExp;
  titleRole: Map<string, TitleRole>;
  pronoun: RegExp;
}

const L = "\\p{L}";
const WORD_START = `(?<![${L}\\d-])`;
const WORD_END = `(?![${L}\\d])`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A multi-word entry matches with any run of spaces between its words. */
function phrasePattern(entry: string): string {
  return entry.split(/\s+/).map(escapeRegExp).join("\\s+");
}

function alternation(entries: string[]): string {
  const sorted = [...new Set(entries)].sort((x, y) => y.length - x.length);
  return sorted.map(phrasePattern).join("|");
}

function compile(lang: Language): SpeechLexicon {
  const verbs = loadLexicon(lang, "speech-verbs").flatMap((v) =>
    lang === "ru" ? russianPastForms(v) : [v],
  );
  const verbAlt = alternation(verbs);
  const titles = loadTagged(lang, "speaker-titles", {
    values: TITLE_ROLES,
    layout: "bar-last",
  }).map((e) => ({ title: e.words.toLowerCase(), role: e.value }));
  const titleRole = new Map(titles.map((t) => [t.title, t.role]));
  // Titles are often inflected ("президента", "министром", "президенті"): allow a short ending.
  const titleAlt = alternation(titles.map((t) => t.title));
  return {
    verb: new RegExp(`${WORD_START}(?:${verbAlt})${WORD_END}`, "giu"),
    verbAtStart: new RegExp(`^(?:${verbAlt})${WORD_END}`, "iu"),
    intro: new RegExp(
      `${WORD_START}(?:${alternation(loadLexicon(lang, "speech-intros"))})${WORD_END}`,
      "giu",
    ),
    title: new RegExp(`${WORD_START}(${titleAlt})[${L}]{0,4}${WORD_END}`, "giu"),
    titleRole,
    pronoun: new RegExp(
      `${WORD_START}(?:${alternation(loadLexicon(lang, "pronouns"))})${WORD_END}`,
      "iu",
    ),
  };
}

const cache = new Map<Language, SpeechLexicon>();

export function speechLexicon(lang: Language): SpeechLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = compile(lang);
    cache.set(lang, lex);
  }
  return lex;
}

/** Role a title points to, looked up by the lexicon form it matched ("Президента" → president). */
export function roleOfTitle(lex: SpeechLexicon, written: string): TitleRole | null {
  const key = written.toLowerCase().replace(/\s+/g, " ");
  return lex.titleRole.get(key) ?? null;
}
