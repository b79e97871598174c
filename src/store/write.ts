// Writes a batch of extracted articles and the shared entities they touch, reading only what the
// batch touches. Without transactions, crash safety comes from the order: shared entities first,
// then other articles' visit references, then the batch's mentions and statements, and the
// article document last. An article without its document is simply ingested again, which
// rewrites the same ids; a person's counts record which article changes they already hold, and
// a journal names the people so marked until the marks go.
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
  PersonDoc,
  PersonMentionFields,
  StatementDoc,
} from "../db/types.js";
import {
  buildCountry,
  buildPerson,
  type Derived,
  deriveDocuments,
  deriveVisits,
  flattenCounts,
  type Mention,
  mentionCountPaths,
  mentionTotal,
  nestCounts,
} from "./derive.js";
import type { ArticleFacts } from "./facts.js";
import { countryPairKey, hashHex, personIdFromKey } from "./keys.js";
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

/** One article's change to one person: its mention before and after (null: none). */
interface PersonChange {
  articleId: string;
  /** Names the change, so that a run that dies after counting it does not count it again. */
  mark: string;
  before: PersonMentionFields | null;
  after: PersonMentionFields | null;
}

function countedFields(p: PersonMentionFields | null): string {
  if (!p) return "";
  const { name, language, aliases, countryCode, role, title } = p;
  return JSON.stringify([name, language, aliases, countryCode, role, title]);
}

function personChanges(b: Batch): Map<string, PersonChange[]> {
  const byArticle = (mentions: MentionDoc[]) => {
    const m = new Map<string, PersonMentionFields>();
    for (const x of ofKind(mentions, "person")) m.set(`${x.articleId}|${x.group}`, x.person);
    return m;
  };
  const before = byArticle(b.old);
  const after = byArticle(b.fresh);
  const changes = new Map<string, PersonChange[]>();
  for (const k of unique([...before.keys(), ...after.keys()]).sort()) {
    const bar = k.indexOf("|");
    const [articleId, key] = [k.slice(0, bar), k.slice(bar + 1)];
    const was = before.get(k) ?? null;
    const is = after.get(k) ?? null;
    const [from, to] = [countedFields(was), countedFields(is)];
    if (from === to) continue;
    const list = changes.get(key) ?? [];
    list.push({ articleId, mark: hashHex(`${from}>${to}`, 12), before: was, after: is });
    changes.set(key, list);
  }
  return changes;
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
 * Adds the batch's person mentions to their people's counts and removes the replaced ones, one
 * update per person, and sets the fields chosen from the counts.
 */
/** People whose marks of counted changes go once the batch's mentions are written. */
interface PersonMarks {
  /** People with no other marks than the batch's. */
  cleared: string[];
  unmarks: { id: string; articleIds: string[] }[];
  /** Journals of this batch's runs (this one and any that died), to delete after the marks. */
  journals: string[];
}

async function writePeople(b: Batch): Promise<PersonMarks> {
  const changes = personChanges(b);
  // Runs of these articles that died part way name the people they may have left marks on.
  const journals = await b.c.marks.find({ articles: { $in: b.ids } }).toArray();
  const settled = journals.filter((j) => j.articles.every((a) => b.inBatch.has(a)));
  const keyOf = new Map([...changes.keys()].map((k) => [personIdFromKey(k), k]));
  const ids = unique([...keyOf.keys(), ...journals.flatMap((j) => j.people)]);
  const marked: PersonMarks = { cleared: [], unmarks: [], journals: settled.map((j) => j._id) };
  if (ids.length === 0) return marked;
  if (keyOf.size > 0) {
    const journal = {
      _id: randomBytes(8).toString("hex"),
      articles: b.ids,
      people: [...keyOf.keys()],
    };
    await b.c.marks.insertOne(journal);
    marked.journals.push(journal._id);
  }
  const stored = new Map<string, PersonDoc>();
  for (const p of await b.c.people.find({ _id: { $in: ids } }).toArray()) stored.set(p._id, p);

  const ops: AnyBulkWriteOperation<PersonDoc>[] = [];
  const created: PersonDoc[] = [];
  for (const id of ids) {
    const doc = stored.get(id);
    const key = keyOf.get(id) ?? doc?.key;
    if (key === undefined) continue;
    const applied = doc?.applied ?? {};
    const before = flattenCounts(doc?.counts ?? {});
    const after = new Map(before);
    const marks: Record<string, string> = {};
    for (const ch of changes.get(key) ?? []) {
      if (applied[ch.articleId] === ch.mark) continue;
      for (const path of ch.before ? mentionCountPaths(ch.before) : []) {
        after.set(path, (after.get(path) ?? 0) - 1);
      }
      for (const path of ch.after ? mentionCountPaths(ch.after) : []) {
        after.set(path, (after.get(path) ?? 0) + 1);
      }
      marks[`${MARK}${ch.articleId}`] = ch.mark;
    }
    const counts = nestCounts(after);
    if (Object.keys(marks).length > 0) {
      if (mentionTotal(counts) === 0) {
        // No mention names the person any more. Should a run die here, the next finds no
        // document and nothing to subtract from, and ends in the same place.
        if (doc) ops.push({ deleteOne: { filter: { _id: id } } });
        continue;
      }
      const person = buildPerson(key, counts);
      if (!doc) {
        created.push({
          ...person,
          applied: Object.fromEntries(
            Object.entries(marks).map(([k, v]) => [k.slice(MARK.length), v]),
          ),
        });
      } else {
        const { _id, counts: _counts, ...fields } = person;
        const { inc, unset } = countsUpdate(before, after);
        const update: UpdateFilter<PersonDoc> = { $set: { ...fields, ...marks } };
        if (Object.keys(inc).length > 0) update.$inc = inc;
        if (unset.size > 0) update.$unset = Object.fromEntries([...unset].map((p) => [p, ""]));
        ops.push({ updateOne: { filter: { _id: id }, update } });
      }
    } else if (!doc) {
      continue;
    }
    const pending = unique([
      ...Object.keys(applied),
      ...Object.keys(marks).map((m) => m.slice(MARK.length)),
    ]);
    const ours = pending.filter((a) => b.inBatch.has(a));
    if (ours.length === 0) continue;
    if (ours.length === pending.length) marked.cleared.push(id);
    else marked.unmarks.push({ id, articleIds: ours });
  }
  // New people are inserted whole (an upsert costs the fallback server far more).
  await insertOrReplace(b.c.people, created);
  await bulkWrite(b.c.people, ops);
  return marked;
}

const MARK = "applied.";

/**
 * Removes the marks of the batch's counted changes, which its mentions hold now, and then the
 * journals that named the people marked.
 */
async function unmarkPeople(c: Collections, marked: PersonMarks): Promise<void> {
  if (marked.cleared.length > 0) {
    await c.people.updateMany({ _id: { $in: marked.cleared } }, { $unset: { applied: "" } });
  }
  await bulkWrite(
    c.people,
    marked.unmarks.map((u) => ({
      updateOne: {
        filter: { _id: u.id },
        update: { $unset: Object.fromEntries(u.articleIds.map((a) => [`${MARK}${a}`, ""])) },
      },
    })),
  );
  if (marked.journals.length > 0) {
    await c.marks.deleteMany({ _id: { $in: marked.journals } });
  }
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

/** Derives and writes the documents the batch touches, and those tied to a visit that moved. */
async function writeDocuments(
  b: Batch,
  visitByMention: ReadonlyMap<string, string>,
  moved: { mentionId: string; articleId: string }[],
): Promise<void> {
  const keys = new Set([...groupsOf(b.old, "document"), ...groupsOf(b.fresh, "document")]);
  const movedIds = new Set(moved.map((m) => m.mentionId));
  const movedArticles = unique(moved.map((m) => m.articleId));
  if (movedArticles.length > 0) {
    const theirs = await b.c.mentions.find({ articleId: { $in: movedArticles } }).toArray();
    for (const m of ofKind(theirs, "document")) {
      if (m.document.visitMentionId && movedIds.has(m.document.visitMentionId)) keys.add(m.group);
    }
  }
  if (keys.size === 0) return;
  const list = [...keys];
  const others = ofKind(
    await b.c.mentions.find({ group: { $in: list } }).toArray(),
    "document",
  ).filter((m) => !b.inBatch.has(m.articleId));
  const mentions = [...others, ...ofKind(b.fresh, "document")];
  // Visits of reports outside the clustered pairs, as recorded with them.
  const unknown = unique(
    mentions.flatMap((m) =>
      m.document.visitMentionId && !visitByMention.has(m.document.visitMentionId)
        ? [m.document.visitMentionId]
        : [],
    ),
  );
  const recorded = new Map<string, string | null>();
  if (unknown.length > 0) {
    const found = await b.c.mentions
      .find({ _id: { $in: unknown } }, { projection: { _id: 1, entityId: 1 } })
      .toArray();
    for (const m of found) recorded.set(m._id, m.entityId);
  }
  const visitOf = (id: string) => visitByMention.get(id) ?? recorded.get(id) ?? null;
  await applyDerived(b.c.documents, deriveDocuments(mentions, list, visitOf));
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
  const theirs = (await b.c.mentions.find({ articleId: { $in: others } }).toArray())
    .filter((m) => m.kind === "visit")
    .map((m) => ({ ...m, entityId: visitByMention.get(m._id) ?? m.entityId }));
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
  const marked = await writePeople(b);
  const visits = await writeVisits(b);
  const moved = visits.changed.filter((ch) => !b.inBatch.has(ch.articleId));
  await writeDocuments(b, visits.byMention, moved);

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
  // The marks of counted changes go only once the mentions hold those changes (and no longer
  // hold what they replaced); until then a run that dies finds the people by its journal.
  await unmarkPeople(c, marked);

  // 4. The articles last: the marker that one is complete.
  lease.check();
  await insertOrReplace(c.articles, articles);
}
