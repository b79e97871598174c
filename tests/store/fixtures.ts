// Test fixtures for the store: a scripted extractor and a dump of the whole store for comparisons.
import type { Db } from "mongodb";
import { COLLECTION_NAMES } from "../../src/db/collections.js";
import type {
  ArticleExtraction,
  DocumentFact,
  PersonFact,
  StatementFact,
  VisitFact,
} from "../../src/extraction/types.js";
import type { Extractor } from "../../src/store/ingest.js";

/** Span of the n-th occurrence of `needle` in `text`; fails loudly so a fixture cannot drift. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not in text`);
  }
  return { start: at, end: at + needle.length };
}

export interface Script {
  /** A word that marks which texts this script is for. */
  marker: string;
  language?: "ru" | "kk" | "en";
  publishedOn?: string | null;
  countries?: string[];
  people?: {
    name: string;
    country?: string | null;
    role?: PersonFact["role"];
    aliases?: string[];
  }[];
  visits?: (Partial<VisitFact> & { guestCountry: string; hostCountry: string })[];
  statements?: { speaker: string | null; text: string }[];
  documents?: {
    title: string;
    countries: string[];
    tense?: DocumentFact["tense"];
    kind?: DocumentFact["kind"];
    parties?: string[];
  }[];
}

/**
 * An extractor that answers from scripts keyed by a marker word in the text, so store tests do
 * not depend on how well the real rules do today. Spans point at real substrings of the text.
 */
export function scriptedExtractor(version: string, scripts: Script[]): Extractor {
  return {
    version,
    extract(text, options): ArticleExtraction {
      const s = scripts.find((sc) => text.includes(sc.marker));
      const at = (needle: string) => {
        const i = text.indexOf(needle);
        return i >= 0 ? { start: i, end: i + needle.length } : spanOf(text, s?.marker ?? "");
      };
      const people: PersonFact[] = (s?.people ?? []).map((p) => ({
        name: p.name,
        country: p.country ?? null,
        role: p.role ?? null,
        title: null,
        aliases: p.aliases ?? [],
        mentions: [at(p.name)],
        rule: "person.given-surname",
      }));
      const visits: VisitFact[] = (s?.visits ?? []).map((v) => ({
        guest: null,
        host: null,
        kind: "official",
        level: "head_of_state",
        city: null,
        startDate: null,
        endDate: null,
        tense: "current",
        rule: "visit.travel",
        span: at(s?.marker ?? ""),
        ...v,
      }));
      const statements: StatementFact[] = (s?.statements ?? []).map((st) => ({
        speaker: st.speaker,
        kind: "direct",
        text: st.text,
        rule: "ru.direct.paired.attribution-after",
        span: at(st.text),
      }));
      const documents: DocumentFact[] = (s?.documents ?? []).map((d) => ({
        title: d.title,
        kind: d.kind ?? "memorandum",
        countries: d.countries,
        parties: d.parties ?? [],
        signatories: [],
        tense: d.tense ?? "current",
        rule: "ru.document.mention",
        span: at(d.title),
        mentions: [at(d.title)],
      }));
      return {
        language: s?.language ?? "ru",
        title: text.split("\n")[0] ?? null,
        publishedOn: options.publishedOn ?? s?.publishedOn ?? null,
        source: null,
        countries: (s?.countries ?? []).map((code) => ({ code, mentions: [at(s?.marker ?? "")] })),
        people,
        visits,
        statements,
        documents,
        extractorVersion: version,
      };
    },
  };
}

/** Every document of every store collection, sorted, without the arrival time. */
export async function dumpStore(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.values(COLLECTION_NAMES)) {
    // The write generation is a random token by design.
    if (name === COLLECTION_NAMES.meta) continue;
    const docs = await db.collection(name).find().sort({ _id: 1 }).toArray();
    // Marks name the journal of the run that set them, a random id; spent ones stay until the
    // entity is next written.
    out[name] = docs.map(({ ingestedAt: _ignored, applied: _marks, ...rest }) => rest);
  }
  return out;
}
