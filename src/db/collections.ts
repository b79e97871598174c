// Typed accessors for the store's collections and the indexes that keep their natural keys unique.
import { type Collection, type Db, MongoServerError } from "mongodb";
import type {
  ArticleDoc,
  CountryDoc,
  MentionDoc,
  PendingMarksDoc,
  PersonDoc,
  SignedDocumentDoc,
  StatementDoc,
  VisitDoc,
  WriterLeaseDoc,
} from "./types.js";

export const COLLECTION_NAMES = {
  articles: "articles",
  countries: "countries",
  people: "people",
  visits: "visits",
  statements: "statements",
  documents: "documents",
  mentions: "mentions",
  marks: "pending_marks",
  meta: "store_meta",
} as const;

export interface Collections {
  articles: Collection<ArticleDoc>;
  countries: Collection<CountryDoc>;
  people: Collection<PersonDoc>;
  visits: Collection<VisitDoc>;
  statements: Collection<StatementDoc>;
  documents: Collection<SignedDocumentDoc>;
  /** Per-article contributions that the shared entities are derived from. */
  mentions: Collection<MentionDoc>;
  /** Journals of runs whose marks on people are not yet removed; empty between runs. */
  marks: Collection<PendingMarksDoc>;
  meta: Collection<WriterLeaseDoc>;
}

const cache = new WeakMap<Db, Collections>();

export function collections(db: Db): Collections {
  let c = cache.get(db);
  if (!c) {
    c = {
      articles: db.collection<ArticleDoc>(COLLECTION_NAMES.articles),
      countries: db.collection<CountryDoc>(COLLECTION_NAMES.countries),
      people: db.collection<PersonDoc>(COLLECTION_NAMES.people),
      visits: db.collection<VisitDoc>(COLLECTION_NAMES.visits),
      statements: db.collection<StatementDoc>(COLLECTION_NAMES.statements),
      documents: db.collection<SignedDocumentDoc>(COLLECTION_NAMES.documents),
      mentions: db.collection<MentionDoc>(COLLECTION_NAMES.mentions),
      marks: db.collection<PendingMarksDoc>(COLLECTION_NAMES.marks),
      meta: db.collection<WriterLeaseDoc>(COLLECTION_NAMES.meta),
    };
    cache.set(db, c);
  }
  return c;
}

const ensured = new WeakMap<Db, Promise<void>>();

const NAMESPACE_NOT_FOUND = 26;

/**
 * Creates the indexes once per Db handle. Natural keys are unique so that a rerun or a second
 * writer can only rewrite a document, never duplicate it. Only plain single-field and compound
 * indexes: the FerretDB fallback has no collation or text indexes.
 */
export function ensureIndexes(db: Db): Promise<void> {
  let p = ensured.get(db);
  if (!p) {
    p = createIndexes(db);
    ensured.set(db, p);
    p.catch(() => ensured.delete(db));
  }
  return p;
}

type IndexSpec = { key: Record<string, 1 | -1>; name: string; unique?: boolean };

/**
 * Every list the API pages is served by one of these: equality keys first, then the list's sort
 * keys ending in _id, so a page is an index range read in order and stops after limit + 1.
 */
const INDEXES: { [K in keyof Collections]: IndexSpec[] } = {
  articles: [
    { key: { contentHash: 1 }, name: "contentHash_unique", unique: true },
    { key: { publishedOn: -1, _id: 1 }, name: "publishedOn" },
    { key: { countryCodes: 1, publishedOn: -1, _id: 1 }, name: "countryCodes_date" },
    { key: { personIds: 1, publishedOn: -1, _id: 1 }, name: "personIds_date" },
    { key: { extractorVersion: 1 }, name: "extractorVersion" },
    { key: { searchTokens: 1, tokenCount: 1, _id: 1 }, name: "searchTokens_rank" },
  ],
  countries: [],
  people: [
    { key: { key: 1 }, name: "key_unique", unique: true },
    { key: { name: 1, _id: 1 }, name: "name" },
    { key: { countryCode: 1, name: 1, _id: 1 }, name: "countryCode_name" },
    { key: { searchTokens: 1, tokenCount: 1, _id: 1 }, name: "searchTokens_rank" },
  ],
  visits: [
    { key: { guestCountry: 1, hostCountry: 1, startDate: -1 }, name: "pair_date" },
    { key: { hostCountry: 1, startDate: -1, _id: 1 }, name: "host_date_id" },
    { key: { guestCountry: 1, startDate: -1, _id: 1 }, name: "guest_date_id" },
    { key: { startDate: -1, _id: 1 }, name: "startDate" },
    { key: { guestId: 1, startDate: -1, _id: 1 }, name: "guestId_date" },
    { key: { hostId: 1, startDate: -1, _id: 1 }, name: "hostId_date" },
  ],
  statements: [
    { key: { articleId: 1, start: 1 }, name: "article_offset_unique", unique: true },
    { key: { articleId: 1, start: 1, _id: 1 }, name: "article_order" },
    { key: { visitId: 1, articleId: 1, start: 1, _id: 1 }, name: "visitId_order" },
    { key: { speakerId: 1, articleId: 1, start: 1, _id: 1 }, name: "speakerId_order" },
    { key: { visitCountries: 1, articleId: 1, start: 1, _id: 1 }, name: "visitCountries_order" },
    { key: { speakerCountry: 1, articleId: 1, start: 1, _id: 1 }, name: "speakerCountry_order" },
    { key: { searchTokens: 1, tokenCount: 1, _id: 1 }, name: "searchTokens_rank" },
  ],
  documents: [
    { key: { signedOn: -1, _id: 1 }, name: "signedOn" },
    { key: { countries: 1, signedOn: -1, _id: 1 }, name: "countries_date" },
    { key: { visitId: 1, signedOn: -1, _id: 1 }, name: "visitId_date" },
    { key: { kind: 1 }, name: "kind" },
    { key: { searchTokens: 1, tokenCount: 1, _id: 1 }, name: "searchTokens_rank" },
  ],
  // Read by group (deriving an entity), by slot (a visit's pair and days: clustering visits),
  // by article (replacing an article's share) and by entity (a visit's reports, a person's
  // words, a document's sources). Groups of different kinds never share a value (ISO code,
  // person key, "A>B", "title|codes"), so queries leave the kind out: given `kind` too, the
  // fallback's SQLite may take an index on it and read every mention of that kind.
  mentions: [
    { key: { group: 1 }, name: "group" },
    { key: { slot: 1 }, name: "slot" },
    { key: { articleId: 1 }, name: "articleId" },
    { key: { entityId: 1, publishedOn: -1, articleId: 1 }, name: "entityId_date" },
  ],
  marks: [{ key: { articles: 1 }, name: "articles" }],
  meta: [],
};

/**
 * Creates only the missing indexes, one per command: FerretDB v1 drops the connection when one
 * createIndexes command lists several indexes that already exist.
 */
async function createIndexes(db: Db): Promise<void> {
  const c = collections(db);
  await Promise.all(
    (Object.keys(INDEXES) as (keyof Collections)[]).map(async (name) => {
      const coll = c[name];
      const existing = new Set(
        (
          await coll
            .listIndexes()
            .toArray()
            .catch((err: unknown) => {
              // A collection not yet created has no indexes; any other failure is real.
              if (err instanceof MongoServerError && err.code === NAMESPACE_NOT_FOUND) return [];
              throw err;
            })
        ).map((i) => String(i.name)),
      );
      for (const spec of INDEXES[name]) {
        if (existing.has(spec.name)) continue;
        await coll.createIndex(spec.key, { name: spec.name, unique: spec.unique ?? false });
      }
    }),
  );
}
