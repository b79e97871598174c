// Hand-built Analysis objects for rule tests: people and countries found by their surface forms.
import type { Analysis, CountryMention, PersonMention } from "../../src/extraction/analysis.js";
import { segment } from "../../src/extraction/text/segment.js";
import { tokenize } from "../../src/extraction/text/tokens.js";
import type { Language, PersonFact, PersonRole } from "../../src/extraction/types.js";

export interface PersonSpec {
  name: string;
  country: string | null;
  role: PersonRole | null;
  /** Surface forms as the people rules would find them ("Токаев", "Касым-Жомарт Токаев"). */
  forms: string[];
}

function spansOf(text: string, surface: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    out.push({ start: i, end: i + surface.length });
  }
  return out;
}

/** Longer forms win where forms overlap ("Касым-Жомарт Токаев" over "Токаев"). */
function withoutOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) {
    const last = kept.at(-1);
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}

export function handAnalysis(
  text: string,
  lang: Language,
  people: PersonSpec[],
  countries: Array<[code: string, form: string]> = [],
): Analysis {
  const facts: PersonFact[] = people.map((p) => ({
    name: p.name,
    country: p.country,
    role: p.role,
    title: null,
    aliases: p.forms,
    mentions: [],
    rule: "person.given-surname",
  }));
  const mentions: PersonMention[] = withoutOverlaps(
    people.flatMap((p, i) =>
      p.forms.flatMap((f) =>
        spansOf(text, f).map((s) => ({ ...s, person: i, kind: "name" as const })),
      ),
    ),
  );
  const countryMentions: CountryMention[] = withoutOverlaps(
    countries.flatMap(([code, form]) =>
      spansOf(text, form).map((s) => ({ ...s, code, form: "name" as const })),
    ),
  );
  return {
    text,
    lang,
    ...segment(text),
    tokens: tokenize(text),
    header: { title: null, publishedOn: null, source: null },
    countries: countryMentions,
    people: facts,
    personMentions: mentions,
    dates: [],
    statements: [],
    documents: [],
    visits: [],
  };
}
