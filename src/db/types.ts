// Shapes of the documents stored in MongoDB: what the store writes and the API reads.
import type {
  DocumentKind,
  Language,
  PersonRole,
  StatementKind,
  Tense,
  VisitKind,
  VisitLevel,
} from "../extraction/types.js";

/** Where a fact stands in an article: character range [start, end) of ArticleDoc.text. */
export interface EvidenceRef {
  articleId: string;
  start: number;
  end: number;
  /** The id of the extraction rule that read the fact there (absent in stores written before). */
  rule?: string | null;
}

export interface ArticleDoc {
  _id: string; // "a_" + hash of the normalized content: the same text twice is one article
  contentHash: string;
  title: string | null;
  language: Language;
  publishedOn: string | null; // YYYY-MM-DD
  sourceName: string | null;
  url: string | null;
  fileName: string | null;
  text: string;
  ingestedAt: Date;
  extractorVersion: string;
  /** True when extraction found no country, person, visit, statement or document. */
  empty: boolean;
  countryCodes: string[];
  personIds: string[];
  visitIds: string[];
  documentIds: string[];
  /** Folded, stemmed tokens of the title and text, for search. */
  searchTokens: string[];
  /** Distinct words behind searchTokens: fewer ranks first. */
  tokenCount: number;
  /** How the file's bytes were decoded ("utf-8", "windows-1251", ...), when it came from a file. */
  encoding?: string | null;
  /** Metadata given with the text (not found in it), reused when the article is re-extracted. */
  provided?: { publishedOn: string | null; sourceName: string | null };
}

export interface CountryDoc {
  _id: string; // ISO 3166-1 alpha-2, upper case
  names: { ru: string; kk: string; en: string };
}

/**
 * A person: names, role and country, of a size that does not grow with the articles naming them;
 * those are found by their personIds, and the words in each by their mentions.
 */
export interface PersonDoc {
  _id: string; // "p_" + hash of the canonical key
  key: string; // canonical key: the same for "Токаев", "Тоқаев", "Токаеву"
  name: string; // canonical full name
  names: Partial<Record<Language, string>>; // best full name seen per language
  aliases: string[]; // every surface form seen
  countryCode: string | null;
  role: PersonRole | null;
  title: string | null;
  searchTokens: string[];
  tokenCount: number;
  /**
   * How many of the person's mentions carry each value; the fields above are chosen from these.
   * The store always writes them; a person without them counts nothing yet.
   */
  counts?: PersonCounts;
  /**
   * Article id → `<journal>:<change>`, the change of that article's mention already counted and
   * the run that counted it. Live while that run's journal exists, so that a run that dies and
   * runs again does not count it twice; spent marks are removed when the entity is next written.
   */
  applied?: Record<string, string>;
}

/**
 * Per-value mention counts. Keys are the values with "%", "." and "$" percent-encoded (a field
 * name cannot hold them); a value no mention carries any more has no key.
 */
export interface PersonCounts {
  names?: Partial<Record<Language, Record<string, number>>>;
  aliases?: Record<string, number>;
  countries?: Record<string, number>;
  roles?: Record<string, number>;
  titles?: Record<string, number>;
}

export interface VisitDoc {
  _id: string; // "v_" + hash
  guestCountry: string;
  hostCountry: string;
  guestId: string | null;
  hostId: string | null;
  kind: VisitKind;
  level: VisitLevel;
  city: string | null;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
  status: "COMPLETED" | "PLANNED";
  tense: Tense;
  articleIds: string[];
  evidence: EvidenceRef[];
}

export interface StatementDoc {
  _id: string; // "s_" + articleId + start offset
  articleId: string;
  speakerId: string | null;
  speakerCountry: string | null;
  kind: StatementKind;
  text: string;
  language: Language;
  visitId: string | null;
  /** The two countries of that visit in either order ("AZ|KZ"), so a pair's statements page by index. */
  visitCountries: string | null;
  /** The id of the extraction rule that read it. */
  rule?: string | null;
  start: number;
  end: number;
  searchTokens: string[];
  tokenCount: number;
}

export interface SignedDocumentDoc {
  _id: string; // "d_" + hash of the normalized title and states
  title: string;
  kind: DocumentKind;
  status: "SIGNED" | "PLANNED";
  tense: Tense;
  countries: string[];
  parties: string[];
  signatoryIds: string[];
  signedOn: string | null;
  visitId: string | null;
  searchTokens: string[];
  tokenCount: number;
  /**
   * How many of the document's mentions carry each value; the fields above are chosen from these,
   * so a document's size does not grow with the articles naming it (found by their mentions).
   */
  counts?: DocumentCounts;
  /** Article id → the change of that article's mention already counted, as for a person. */
  applied?: Record<string, string>;
}

/** Per-value counts of a document's mentions, keyed as PersonCounts are. */
export interface DocumentCounts {
  titles?: Record<string, number>;
  kinds?: Record<string, number>;
  /** Each mention has one tense: their sum is how many mentions the counts stand for. */
  tenses?: Record<string, number>;
  countries?: Record<string, number>;
  /** Each mention's list of parties (JSON), so the order within a list is kept. */
  parties?: Record<string, number>;
  signatories?: Record<string, number>;
  /** Publication dates of the reports of a signing as happening. */
  signedOn?: Record<string, number>;
  /** Visits the reports place the signing in. */
  visits?: Record<string, number>;
}

/**
 * A run's journal (collection "pending_marks"), written before the run marks people and documents
 * as holding its articles' changes and deleted once its mentions are written. Marks name their
 * journal: while it exists they are live, so a run that died tells the next what it counted.
 */
export interface PendingMarksDoc {
  _id: string;
  articles: string[];
}

/**
 * Which writer may write to the store now, and until when unless it renews (collection
 * "store_meta", one document). Visits are clustered from the stored reports of a state pair, so
 * two writers clustering one pair at once would each miss the other's reports.
 */
export interface WriterLeaseDoc {
  _id: string;
  owner: string | null;
  expiresAt: Date;
}

/**
 * One article's contribution to one shared entity (country, person, visit or document), stored
 * as its own document (collection "mentions") and written before the article. Shared entities
 * are derived from these, so an article's share can be replaced or removed exactly.
 */
export type MentionDoc =
  | (MentionBase & { kind: "country"; country: CountryMentionFields })
  | (MentionBase & { kind: "person"; person: PersonMentionFields })
  | (MentionBase & {
      kind: "visit";
      /**
       * The key of the slot of days the report is read by: its pair and days (see visitSlot), one
       * string the fallback server can serve from an index (it does so only for top-level ones).
       */
      slot: string;
      visit: VisitMentionFields;
    })
  | (MentionBase & { kind: "document"; document: DocumentMentionFields });

export type MentionKind = MentionDoc["kind"];

export interface MentionBase {
  _id: string; // articleId + ":" + kind letter + ":" + ordinal or key hash
  articleId: string;
  /** Mentions that may denote one entity share a group: ISO code, person key, "GUEST>HOST", document key. */
  group: string;
  /** The entity this mention resolved to; for visits, assigned when the group is clustered. */
  entityId: string | null;
  publishedOn: string | null;
}

export interface CountryMentionFields {
  code: string;
  start: number;
  end: number;
}

export interface PersonMentionFields {
  key: string;
  name: string;
  language: Language;
  aliases: string[];
  countryCode: string | null;
  role: PersonRole | null;
  title: string | null;
  /** Where the article names the person, with the rule that read each name. */
  spans: { start: number; end: number; rule?: string }[];
}

export interface VisitMentionFields {
  guestCountry: string;
  hostCountry: string;
  guestId: string | null;
  hostId: string | null;
  kind: VisitKind;
  level: VisitLevel;
  city: string | null;
  startDate: string | null;
  endDate: string | null;
  /** startDate, or the publication date for the visit an article reports as happening. */
  clusterDate: string | null;
  tense: Tense;
  /** True for the visit the article itself reports (its first current-tense visit). */
  primary: boolean;
  start: number;
  end: number;
  rule?: string;
}

export interface DocumentMentionFields {
  key: string;
  title: string;
  kind: DocumentKind;
  tense: Tense;
  countries: string[];
  parties: string[];
  signatoryIds: string[];
  /** Id of the article's primary visit mention when the document was signed during it. */
  visitMentionId: string | null;
  spans: { start: number; end: number }[];
  rule?: string;
}
