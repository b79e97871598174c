// Writes a batch of extracted articles and the shared entities they touch, reading only what the
// batch touches. Without transactions, crash safety comes from the order: shared entities first,
// then other articles' visit references, then the batch's mentions and statements, and the
// article document last. An article without its document is simply ingested again, which
// rewrites the same ids; a person's or a document's counts mark which article changes they
// already hold, each mark naming the run's journal, which lives until the run's mentions are written.
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import {
  type AnyBulkWriteOperation,
  type Collection,
  type Db,
  type Document,
  type Filter,
  MongoBulkWriteError,
  type OptionalUnlessRequiredId,
  type UpdateFilter,
  type WithoutId,
} from "mongodb";
import { type Collections, collections } from "../db/collections.js";
import type {
  ArticleDoc,
  MentionDoc,
  PendingMarksDoc,
  PersonDoc,
  PersonMentionFields,
  SignedDocumentDoc,
  StatementDoc,
} from "../db/types.js";
import {
  buildCountry,
  buildPerson,
  type CountedDocument,
  type Derived,
  deriveVisits,
  documentCountPaths,
  documentFromCounts,
  documentMentionTotal,
  flattenCounts,
  type Mention,
  mentionCountPaths,
  mentionTotal,
  nestCounts,
} from "./derive.js";
import type { ArticleFacts } from "./facts.js";
import { countryPairKey, documentIdFromKey, hashHex, personIdFromKey } from "./keys.js";
import type { Lease } from "./lease.js";
import { visitWindowMentions } from "./visit-window.js";

const queues = new WeakMap<Db, Promise<unknown>>();

/** MongoDB's code for a write refused by a unique index. */
const DUPLICATE_KEY = 11000;

/**
 * Runs writers to one database one at a time within this process (across processes the writer
 * lease does it), so that the next batch's extraction overlaps this one's writes.
 */
export function serialized<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  queues.set(
    db,
    next.catch(() => {}),
  );
  return next;
}

/**
 * Inserts documents, replacing those whose id exists: one insertMany in the common case (new
 * articles) and a replace only for the few left from an earlier version or an interrupted run.
 */
export async function insertOrReplace<T extends Document & { _id: string }>(
  coll: Collection<T>,
  docs: T[],
): Promise<void> {
  if (docs.length === 0) return;
  let duplicates: T[] = [];
  try {
    await coll.insertMany(docs as OptionalUnlessRequiredId<T>[], { ordered: false });
  } catch (err) {
    if (!(err instanceof MongoBulkWriteError)) throw err;
    const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    // Only documents refused as duplicates of an existing id may be replaced; any other refusal,
    // or a failure that names no document (a write concern error), loses data if taken as success.
    if (errors.length === 0 || errors.some((e) => e.code !== DUPLICATE_KEY)) throw err;
    duplicates = errors.map((e) => docs[e.index]!);
  }
  if (duplicates.length > 0) {
    await bulkWrite(
      coll,
      duplicates.map(
        (d) =>
          ({
            replaceOne: {
              filter: { _id: d._id } as Filter<T>,
              replacement: d as WithoutId<T>,
              upsert: true,
            },
          }) as AnyBulkWriteOperation<T>,
      ),
    );
  }
}

/** One bulk write, none for no operations (the driver refuses an empty one). */
async function bulkWrite<T extends Document>(
  coll: Collection<T>,
  ops: AnyBulkWriteOperation<T>[],
): Promise<void> {
  if (ops.length > 0) await coll.bulkWrite(ops);
}

/**
 * Writes derived entities by id: new ones inserted, changed ones replaced, vanished ones
 * deleted; one equal to its stored document is not written.
 */
async function applyDerived<T extends Document & { _id: string }>(
  coll: Collection<T>,
  derived: Derived<T>,
): Promise<void> {
  const ids = derived.upserts.map((d) => d._id);
  const stored = new Map<string, T>();
  if (ids.length > 0) {
    const found = await coll.find({ _id: { $in: ids } } as Filter<T>).toArray();
    for (const d of found) stored.set(d._id, d as T);
  }
  const fresh = derived.upserts.filter((d) => !stored.has(d._id));
  const changed = derived.upserts.filter((d) => {
    const old = stored.get(d._id);
    return old !== undefined && !isDeepStrictEqual(old, d);
  });
  await insertOrReplace(coll, fresh);
  await bulkWrite(coll, [
    ...changed.map(
      (d) =>
        ({
          replaceOne: {
            filter: { _id: d._id } as Filter<T>,
            replacement: d as WithoutId<T>,
            upsert: true,
          },
        }) as AnyBulkWriteOperation<T>,
    ),
    ...derived.deletes.map(
      (id) => ({ deleteOne: { filter: { _id: id } as Filter<T> } }) as AnyBulkWriteOperation<T>,
    ),
  ]);
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

function groupsOf(mentions: MentionDoc[], kind: MentionDoc["kind"]): string[] {
  return unique(mentions.filter((m) => m.kind === kind).map((m) => m.group));
}

function ofKind<K extends MentionDoc["kind"]>(mentions: MentionDoc[], kind: K): Mention<K>[] {
  return mentions.filter((m): m is Mention<K> => m.kind === kind);
}

/** What the batch is about: its articles, their stored mentions and their new ones. */
interface Batch {
  c: Collections;
  ids: string[];
  inBatch: ReadonlySet<string>;
  old: MentionDoc[];
  fresh: MentionDoc[];
}

/**
 * Countries are reference data: one is stored while some article names it. Those the batch names
 * are inserted when missing; those it stops naming are deleted when no other article names them.
 */
async function writeCountries(b: Batch): Promise<void> {
  const named = groupsOf(b.fresh, "country");
  if (named.length > 0) {
    const present = await b.c.countries
      .find({ _id: { $in: named } }, { projection: { _id: 1 } })
      .toArray();
    const have = new Set(present.map((d) => d._id));
    await insertOrReplace(b.c.countries, named.filter((code) => !have.has(code)).map(buildCountry));
  }
  const still = new Set(named);
  const deletes: string[] = [];
  for (const code of groupsOf(b.old, "country")) {
    if (still.has(code)) continue;
    // An article names a country once, so among one more mentions than the batch has articles
    // one is another article's, if any is.
    const some = await b.c.mentions
      .find({ group: code }, { projection: { articleId: 1 } })
      .limit(b.ids.length + 1)
      .toArray();
    if (!some.some((m) => !b.inBatch.has(m.articleId))) deletes.push(code);
  }
  if (deletes.length > 0) await b.c.countries.deleteMany({ _id: { $in: deletes } });
}

/** One article's change to one counted entity: its mention before and after (null: none). */
interface CountedChange<F> {
  articleId: string;
  /** Names the change, so that a run that dies after counting it does not count it again. */
  mark: string;
  before: F | null;
  after: F | null;
}

/** An entity kept as counts of what its mentions say (a person, a document). */
interface CountedEntity<D extends CountedDoc, F> {
  coll: Collection<D>;
  idOf: (key: string) => string;
  /** Paths within the counts that one mention adds 1 at. */
  paths: (fields: F) => string[];
  /** How many mentions the counts stand for. */
  total: (counts: NonNullable<D["counts"]>) => number;
  build: (key: string, counts: NonNullable<D["counts"]>) => D;
}

type CountedDoc = Document & {
  _id: string;
  counts?: object;
  applied?: Record<string, string>;
};

/** A mention's share of its entity: article, group, and what is counted of it. */
type Share<F> = [articleId: string, group: string, fields: F];

/** Changes by entity key between the batch's mentions before and after, those that count alike left out. */
function changesOf<F>(
  paths: (fields: F) => string[],
  before: Share<F>[],
  after: Share<F>[],
): Map<string, CountedChange<F>[]> {
  const byArticle = (shares: Share<F>[]) =>
    new Map(shares.map(([articleId, group, f]) => [`${articleId}|${group}`, f]));
  const was = byArticle(before);
  const is = byArticle(after);
  const changes = new Map<string, CountedChange<F>[]>();
  for (const k of unique([...was.keys(), ...is.keys()]).sort()) {
    const bar = k.indexOf("|");
    const from = was.get(k) ?? null;
    const to = is.get(k) ?? null;
    addChange(changes, paths, k.slice(bar + 1), k.slice(0, bar), from, to);
  }
  return changes;
}

function addChange<F>(
  changes: Map<string, CountedChange<F>[]>,
  paths: (fields: F) => string[],
  key: string,
  articleId: string,
  before: F | null,
  after: F | null,
): void {
  const [from, to] = [before, after].map((f) => (f ? JSON.stringify(paths(f)) : ""));
  if (from === to) return;
  const list = changes.get(key) ?? [];
  list.push({ articleId, mark: hashHex(`${from}>${to}`, 12), before, after });
  changes.set(key, list);
}

/** `counts.<path>` updates that turn `before` into `after`, emptied objects removed whole. */
function countsUpdate(
  before: Map<string, number>,
  after: Map<string, number>,
): { inc: Record<string, number>; unset: Set<string> } {
  const inc: Record<string, number> = {};
  const unset = new Set<string>();
  const live = new Set<string>();
  for (const [path, n] of after) {
    if (n <= 0) continue;
    const parts = path.split(".");
    for (let i = 1; i < parts.length; i++) live.add(parts.slice(0, i).join("."));
  }
  for (const path of unique([...before.keys(), ...after.keys()])) {
    const was = before.get(path) ?? 0;
    const is = Math.max(after.get(path) ?? 0, 0);
    if (was === is) continue;
    if (is > 0) {
      inc[`counts.${path}`] = is - was;
      continue;
    }
    // The highest object that holds nothing any more goes, not each of its fields.
    const parts = path.split(".");
    let cut = path;
    for (let i = parts.length - 1; i >= 1; i--) {
      const parent = parts.slice(0, i).join(".");
      if (live.has(parent)) break;
      cut = parent;
    }
    unset.add(`counts.${cut}`);
  }
  return { inc, unset };
}

/**
 * This run's journal: its id names the marks the run sets, and it exists until the batch's
 * mentions are written. A mark whose journal exists was set by a run that has not finished, or
 * that died before writing its mentions; any other mark is spent.
 */
interface Journal {
  id: string;
  /** Journals of runs that died with only this batch's articles: spent once it is written. */
  settled: string[];
}

async function openJournal(b: Batch): Promise<Journal> {
  const earlier = await b.c.marks.find({ articles: { $in: b.ids } }).toArray();
  const journal: PendingMarksDoc = { _id: randomBytes(8).toString("hex"), articles: b.ids };
  await b.c.marks.insertOne(journal);
  return {
    id: journal._id,
    settled: earlier.filter((j) => j.articles.every((a) => b.inBatch.has(a))).map((j) => j._id),
  };
}

/** Spends the marks of this run and of the runs it settled; called once the mentions are written. */
async function closeJournal(c: Collections, journal: Journal): Promise<void> {
  await c.marks.deleteMany({ _id: { $in: [journal.id, ...journal.settled] } });
}

const MARK = "applied.";

/** A mark, `<journal>:<change>`: the change counted and the run that counted it. */
function markOf(journal: string, change: string): string {
  return `${journal}:${change}`;
}

function journalOf(mark: string): string | null {
  const at = mark.indexOf(":");
  return at > 0 ? mark.slice(0, at) : null;
}

/**
 * Adds the changes to their entities' counts, one update per entity, and sets the fields chosen
 * from the counts. A change whose mark a live journal holds was counted by a run that died before
 * writing its mentions, and is not counted again. Spent marks are removed in the same update, so
 * a touched entity holds only the marks of live journals and of this run; no write is spent on
 * removing marks alone.
 */
async function writeCounted<D extends CountedDoc, F>(
  b: Batch,
  kind: CountedEntity<D, F>,
  changes: Map<string, CountedChange<F>[]>,
  journal: Journal,
): Promise<void> {
  type Counts = NonNullable<D["counts"]>;
  if (changes.size === 0) return;
  const keyOf = new Map([...changes.keys()].map((k) => [kind.idOf(k), k]));
  const stored = new Map<string, D>();
  for (const d of await kind.coll
    .find({ _id: { $in: [...keyOf.keys()] } } as Filter<D>)
    .toArray()) {
    stored.set(d._id, d as D);
  }
  const named = unique(
    [...stored.values()].flatMap((d) =>
      Object.values(d.applied ?? {}).flatMap((m) => journalOf(m) ?? []),
    ),
  );
  const live = new Set(
    named.length === 0
      ? []
      : (await b.c.marks.find({ _id: { $in: named } }, { projection: { _id: 1 } }).toArray()).map(
          (j) => j._id,
        ),
  );
  const isLive = (mark: string) => live.has(journalOf(mark) ?? "");

  const ops: AnyBulkWriteOperation<D>[] = [];
  const created: D[] = [];
  for (const [id, key] of keyOf) {
    const doc = stored.get(id);
    const applied = doc?.applied ?? {};
    const before = flattenCounts(doc?.counts ?? {});
    const after = new Map(before);
    const marks: Record<string, string> = {};
    for (const ch of changes.get(key) ?? []) {
      const held = applied[ch.articleId];
      if (held !== undefined && isLive(held) && held.endsWith(`:${ch.mark}`)) continue;
      for (const path of ch.before ? kind.paths(ch.before) : []) {
        after.set(path, (after.get(path) ?? 0) - 1);
      }
      for (const path of ch.after ? kind.paths(ch.after) : []) {
        after.set(path, (after.get(path) ?? 0) + 1);
      }
      marks[`${MARK}${ch.articleId}`] = markOf(journal.id, ch.mark);
    }
    if (Object.keys(marks).length === 0) continue;
    const counts = nestCounts<Counts>(after);
    if (kind.total(counts) === 0) {
      // No mention names the entity any more. Should a run die here, the next finds no
      // document and nothing to subtract from, and ends in the same place.
      if (doc) ops.push({ deleteOne: { filter: { _id: id } as Filter<D> } });
      continue;
    }
    const entity = kind.build(key, counts);
    if (!doc) {
      created.push({
        ...entity,
        applied: Object.fromEntries(
          Object.entries(marks).map(([k, v]) => [k.slice(MARK.length), v]),
        ),
      });
      continue;
    }
    const { _id, counts: _counts, ...fields } = entity;
    const { inc, unset } = countsUpdate(before, after);
    for (const [articleId, mark] of Object.entries(applied)) {
      if (!isLive(mark) && !(`${MARK}${articleId}` in marks)) unset.add(`${MARK}${articleId}`);
    }
    const update: Document = { $set: { ...fields, ...marks } };
    if (Object.keys(inc).length > 0) update.$inc = inc;
    if (unset.size > 0) update.$unset = Object.fromEntries([...unset].map((p) => [p, ""]));
    ops.push({
      updateOne: { filter: { _id: id } as Filter<D>, update: update as UpdateFilter<D> },
    });
  }
  // New entities are inserted whole (an upsert costs the fallback server far more).
  await insertOrReplace(kind.coll, created);
  await bulkWrite(kind.coll, ops);
}

/** Adds the batch's person mentions to their people's counts and removes the replaced ones. */
function writePeople(b: Batch, journal: Journal): Promise<void> {
  const shares = (mentions: MentionDoc[]): Share<PersonMentionFields>[] =>
    ofKind(mentions, "person").map((m) => [m.articleId, m.group, m.person]);
  const people: CountedEntity<PersonDoc, PersonMentionFields> = {
    coll: b.c.people,
    idOf: personIdFromKey,
    paths: mentionCountPaths,
    total: mentionTotal,
    build: buildPerson,
  };
  return writeCounted(
    b,
    people,
    changesOf(mentionCountPaths, shares(b.old), shares(b.fresh)),
    journal,
  );
}

/**
 * Clusters again the visits the batch's reports may join or leave, and writes those that
 * changed. Returns the visit of every mention clustered and the mentions whose visit changed.
 */
async function writeVisits(b: Batch) {
  const stored = await visitWindowMentions(b.c.mentions, b.inBatch, b.old, b.fresh);
  const visits = deriveVisits(
    [...stored, ...ofKind(b.fresh, "visit")],
    ofKind(b.old, "visit").flatMap((m) => (m.entityId ? [m.entityId] : [])),
  );
  await applyDerived(b.c.visits, visits);
  return visits;
}

/**
 * Adds the batch's document mentions to their documents' counts and removes the replaced ones,
 * and moves the count of each other article whose visit moved from its old visit to its new.
 */
async function writeDocuments(
  b: Batch,
  visitByMention: ReadonlyMap<string, string>,
  moved: { mentionId: string; articleId: string; from: string | null; to: string }[],
  journal: Journal,
): Promise<void> {
  // Counts hold each mention with its visit as recorded; the batch's are clustered anew.
  const recorded = new Map(ofKind(b.old, "visit").map((m) => [m._id, m.entityId]));
  const share =
    (visitOf: (mentionId: string) => string | null) =>
    (m: Mention<"document">): Share<CountedDocument> => [
      m.articleId,
      m.group,
      {
        document: m.document,
        publishedOn: m.publishedOn,
        visitId: m.document.visitMentionId ? visitOf(m.document.visitMentionId) : null,
      },
    ];
  const changes = changesOf(
    documentCountPaths,
    ofKind(b.old, "document").map(share((id) => recorded.get(id) ?? null)),
    ofKind(b.fresh, "document").map(
      share((id) => visitByMention.get(id) ?? recorded.get(id) ?? null),
    ),
  );
  const movedArticles = unique(moved.map((m) => m.articleId));
  if (movedArticles.length > 0) {
    const byMention = new Map(moved.map((m) => [m.mentionId, m]));
    const theirs = await b.c.mentions
      .find({ articleId: { $in: movedArticles }, kind: "document" })
      .toArray();
    for (const m of ofKind(theirs, "document")) {
      const move = m.document.visitMentionId ? byMention.get(m.document.visitMentionId) : undefined;
      if (!move) continue;
      const [, , before] = share(() => move.from)(m);
      const [, , after] = share(() => move.to)(m);
      addChange(changes, documentCountPaths, m.group, m.articleId, before, after);
    }
  }
  const documents: CountedEntity<SignedDocumentDoc, CountedDocument> = {
    coll: b.c.documents,
    idOf: documentIdFromKey,
    paths: documentCountPaths,
    total: documentMentionTotal,
    build: documentFromCounts,
  };
  return writeCounted(b, documents, changes, journal);
}

/** An article's visits, and the visit its statements were made during with its two countries. */
function visitIdsOf(mentions: MentionDoc[]): {
  visitIds: string[];
  during: Pick<StatementDoc, "visitId" | "visitCountries">;
} {
  const visits = ofKind(mentions, "visit");
  const primary = visits.find((m) => m.visit.primary && m.entityId);
  return {
    visitIds: unique(visits.flatMap((m) => (m.entityId ? [m.entityId] : []))).sort(),
    during: {
      visitId: primary?.entityId ?? null,
      visitCountries: primary
        ? countryPairKey(primary.visit.guestCountry, primary.visit.hostCountry)
        : null,
    },
  };
}

/** Other articles whose visits were merged, split or renamed by this batch. */
async function writeMovedVisits(
  b: Batch,
  visitByMention: ReadonlyMap<string, string>,
  moved: { mentionId: string; articleId: string; to: string }[],
): Promise<void> {
  const others = unique(moved.map((m) => m.articleId));
  if (others.length === 0) return;
  const theirs = ofKind(
    await b.c.mentions.find({ articleId: { $in: others }, kind: "visit" }).toArray(),
    "visit",
  ).map((m) => ({ ...m, entityId: visitByMention.get(m._id) ?? m.entityId }));
  const byArticle = new Map<string, MentionDoc[]>();
  for (const m of theirs) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = [];
  const statementOps: AnyBulkWriteOperation<StatementDoc>[] = [];
  for (const id of others) {
    const { visitIds, during } = visitIdsOf(byArticle.get(id) ?? []);
    articleOps.push({ updateOne: { filter: { _id: id }, update: { $set: { visitIds } } } });
    statementOps.push({ updateMany: { filter: { articleId: id }, update: { $set: during } } });
  }
  await bulkWrite(b.c.articles, articleOps);
  await bulkWrite(b.c.statements, statementOps);
  // Recorded only now, so that a crash before this point makes the next run redo this step.
  await bulkWrite(
    b.c.mentions,
    moved.map((m) => ({
      updateOne: { filter: { _id: m.mentionId }, update: { $set: { entityId: m.to } } },
    })),
  );
}

/**
 * Stores the articles (replacing any earlier version of each) and the entities they touch. The
 * caller holds the writer lease.
 */
export async function writeFacts(db: Db, batch: ArticleFacts[], lease: Lease): Promise<void> {
  if (batch.length === 0) return;
  const c = collections(db);
  const ids = batch.map((f) => f.article._id);
  const b: Batch = {
    c,
    ids,
    inBatch: new Set(ids),
    old: await c.mentions.find({ articleId: { $in: ids } }).toArray(),
    fresh: batch.flatMap((f) => f.mentions),
  };

  // 1. Shared entities, one collection at a time: the SQLite fallback has one writer, and
  // stalls on parallel bulk inserts that hit duplicates.
  await writeCountries(b);
  const journal = await openJournal(b);
  await writePeople(b, journal);
  const visits = await writeVisits(b);
  const moved = visits.changed.filter((ch) => !b.inBatch.has(ch.articleId));
  await writeDocuments(b, visits.byMention, moved, journal);

  // 2. Other articles' references to visits that changed.
  await writeMovedVisits(b, visits.byMention, moved);

  // 3. The batch's mentions (with their visits) and statements.
  const recorded = (m: MentionDoc): MentionDoc =>
    m.kind === "visit" ? { ...m, entityId: visits.byMention.get(m._id) ?? m.entityId } : m;
  const mentionsOf = batch.map((f) => f.mentions.map(recorded));
  await insertOrReplace(c.mentions, mentionsOf.flat());
  const statements: StatementDoc[] = [];
  const articles: ArticleDoc[] = [];
  batch.forEach((f, i) => {
    const { visitIds, during } = visitIdsOf(mentionsOf[i]!);
    for (const s of f.statements) statements.push({ ...s, ...during });
    articles.push({ ...f.article, visitIds });
  });
  const keep = statements.map((s) => s._id);
  await c.statements.deleteMany({ articleId: { $in: ids }, _id: { $nin: keep } });
  await insertOrReplace(c.statements, statements);
  const keptMentions = new Set(b.fresh.map((m) => m._id));
  const stale = b.old.filter((m) => !keptMentions.has(m._id)).map((m) => m._id);
  if (stale.length > 0) await c.mentions.deleteMany({ _id: { $in: stale } });
  // The marks of counted changes are spent only once the mentions hold those changes (and no
  // longer hold what they replaced); until then a run that dies leaves its journal live.
  await closeJournal(c, journal);

  // 4. The articles last: the marker that one is complete.
  lease.check();
  await insertOrReplace(c.articles, articles);
}
