// Writes a batch of extracted articles and re-derives every shared entity they touch.
// Without transactions, crash safety comes from the order: shared entities first, then other
// articles' visit references, then the batch's facts and statements, and the article document
// last. An article without its document is simply ingested again, which rewrites the same ids.
import { createHash } from "node:crypto";
import {
  type AnyBulkWriteOperation,
  type Collection,
  type Db,
  type Document,
  type Filter,
  MongoBulkWriteError,
  type OptionalUnlessRequiredId,
  type WithoutId,
} from "mongodb";
import { collections } from "../db/collections.js";
import type { ArticleDoc, FactsDoc, MentionDoc, StatementDoc } from "../db/types.js";
import {
  type Derived,
  deriveCountries,
  deriveDocuments,
  derivePeople,
  deriveVisits,
} from "./derive.js";
import type { ArticleFacts } from "./facts.js";
import {
  articlesInGroup,
  claimGeneration,
  currentState,
  forgetState,
  putFacts,
  type StoreState,
} from "./state.js";

const queues = new WeakMap<Db, Promise<unknown>>();

/** MongoDB's code for a write refused by a unique index. */
const DUPLICATE_KEY = 11000;

/**
 * Runs writers to one database one at a time within this process: deriving an entity reads its
 * group's mentions, and two batches deriving the same group at once could each miss the other's.
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
    await bulkWriteInChunks(
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

/**
 * Writes re-derived entities by id only (the FerretDB fallback uses its index for nothing else):
 * new ones with insertMany, existing ones replaced, vanished ones deleted.
 */
async function applyDerived<T extends Document & { _id: string }>(
  state: StoreState,
  coll: Collection<T>,
  derived: Derived<T>,
  stored: Set<string>,
): Promise<void> {
  const key = (id: string) => `${coll.collectionName}|${id}`;
  const digests = new Map<string, string>();
  const changed = derived.upserts.filter((d) => {
    const digest = createHash("sha1").update(JSON.stringify(d)).digest("base64");
    digests.set(d._id, digest);
    return state.written.get(key(d._id)) !== digest;
  });
  // Entities already in the database are replaced; an insert that fails on them costs more.
  const [existing, fresh] = partition(
    changed,
    (d) => stored.has(d._id) || state.written.has(key(d._id)),
  );
  // Forgotten before writing: should a write fail, the next must not take them as written.
  for (const d of changed) state.written.delete(key(d._id));
  for (const id of derived.deletes) state.written.delete(key(id));
  await insertOrReplace(coll, fresh);
  await bulkWriteInChunks(coll, [
    ...existing.map(
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
  for (const d of changed) state.written.set(key(d._id), digests.get(d._id)!);
}

/**
 * FerretDB v1 (SQLite) stops answering a bulk write that replaces more than about a hundred
 * existing documents, so replaces go in commands of at most this many.
 */
const MAX_REPLACES_PER_COMMAND = 50;

async function bulkWriteInChunks<T extends Document>(
  coll: Collection<T>,
  ops: AnyBulkWriteOperation<T>[],
): Promise<void> {
  for (let at = 0; at < ops.length; at += MAX_REPLACES_PER_COMMAND) {
    await coll.bulkWrite(ops.slice(at, at + MAX_REPLACES_PER_COMMAND));
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function groupsOf(mentions: MentionDoc[], kind: MentionDoc["kind"]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.group))];
}

function articleOfMention(mentionId: string): string {
  return mentionId.slice(0, mentionId.indexOf(":"));
}

/** Stores the articles (replacing any earlier version of each) and the entities they touch. */
export async function writeFacts(db: Db, batch: ArticleFacts[]): Promise<void> {
  if (batch.length === 0) return;
  const state = await currentState(db);
  try {
    await writeWithState(db, state, batch);
  } catch (err) {
    // The cache may now be ahead of the database; the next writer reloads it.
    forgetState(db);
    throw err;
  }
}

async function writeWithState(db: Db, state: StoreState, batch: ArticleFacts[]): Promise<void> {
  const c = collections(db);
  await claimGeneration(db, state);
  const inBatch = new Set(batch.map((f) => f.article._id));

  // 1. Swap the batch's facts into the cache; the old ones name groups the articles may leave.
  const oldFacts = batch.flatMap((f) => state.facts.get(f.article._id) ?? []);
  const oldMentions = oldFacts.flatMap((f) => f.mentions);
  const newFacts: FactsDoc[] = batch.map((f) => ({
    _id: f.article._id,
    mentions: f.mentions,
    statementIds: f.statements.map((s) => s._id),
  }));
  for (const f of newFacts) putFacts(state, f);
  const touched = [...oldMentions, ...newFacts.flatMap((f) => f.mentions)];
  // Entities already in the database, unless a run died between writing an entity and its
  // article (then the upsert below still writes it): those replaced facts or another stored
  // article resolved to. A country's, person's or document's id follows from its group.
  const stored = new Set(oldMentions.flatMap((m) => (m.entityId ? [m.entityId] : [])));
  for (const m of touched) {
    if (m.kind === "visit" || !m.entityId) continue;
    for (const id of articlesInGroup(state, m.kind, m.group)) {
      if (!inBatch.has(id)) {
        stored.add(m.entityId);
        break;
      }
    }
  }

  // 2. Re-derive every entity whose group gained or lost a mention.
  const countries = deriveCountries(state, groupsOf(touched, "country"));
  const people = derivePeople(state, groupsOf(touched, "person"));
  const visits = deriveVisits(
    state,
    groupsOf(touched, "visit"),
    oldMentions.flatMap((m) => (m.kind === "visit" && m.entityId ? [m.entityId] : [])),
  );
  for (const id of visits.known) stored.add(id);
  const moved = visits.changed.filter((ch) => !inBatch.has(ch.articleId));
  const movedIds = new Set(moved.map((m) => m.mentionId));
  const docGroups = new Set(groupsOf(touched, "document"));
  // Documents of other articles signed during a visit whose id just changed.
  for (const articleId of new Set(moved.map((m) => m.articleId))) {
    for (const m of state.facts.get(articleId)?.mentions ?? []) {
      if (
        m.kind === "document" &&
        m.document.visitMentionId &&
        movedIds.has(m.document.visitMentionId)
      ) {
        docGroups.add(m.group);
      }
    }
  }
  const visitOfMention = (mentionId: string): string | null => {
    const fresh = visits.byMention.get(mentionId);
    if (fresh) return fresh;
    const m = state.facts
      .get(articleOfMention(mentionId))
      ?.mentions.find((x) => x._id === mentionId);
    return m?.entityId ?? null;
  };
  const documents = deriveDocuments(state, [...docGroups], visitOfMention);
  // One collection at a time: the SQLite fallback has one writer, and stalls on parallel
  // bulk inserts that hit duplicates.
  await applyDerived(state, c.countries, countries, stored);
  await applyDerived(state, c.people, people, stored);
  await applyDerived(state, c.visits, visits, stored);
  await applyDerived(state, c.documents, documents, stored);

  // Record the derived visit ids in the cached mentions (written to the database below).
  const recorded = (f: FactsDoc): FactsDoc => ({
    ...f,
    mentions: f.mentions.map((m) =>
      m.kind === "visit" ? { ...m, entityId: visits.byMention.get(m._id) ?? m.entityId } : m,
    ),
  });

  // 3. Other articles whose visits were merged, split or renamed by this batch.
  const others = [...new Set(moved.map((m) => m.articleId))].flatMap((id) => {
    const f = state.facts.get(id);
    return f ? [recorded(f)] : [];
  });
  if (others.length > 0) {
    const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = [];
    const statementOps: AnyBulkWriteOperation<StatementDoc>[] = [];
    for (const f of others) {
      const visitIds = [
        ...new Set(
          f.mentions.flatMap((m) => (m.kind === "visit" && m.entityId ? [m.entityId] : [])),
        ),
      ].sort();
      articleOps.push({ updateOne: { filter: { _id: f._id }, update: { $set: { visitIds } } } });
      const primary = f.mentions.find((m) => m.kind === "visit" && m.visit.primary);
      for (const id of f.statementIds) {
        statementOps.push({
          updateOne: {
            filter: { _id: id },
            update: { $set: { visitId: primary?.entityId ?? null } },
          },
        });
      }
    }
    await bulkWriteInChunks(c.articles, articleOps);
    if (statementOps.length > 0) await bulkWriteInChunks(c.statements, statementOps);
    // Recorded only now, so that a crash before this point makes the next run redo step 3.
    await bulkWriteInChunks(
      c.facts,
      others.map((f) => ({ replaceOne: { filter: { _id: f._id }, replacement: f, upsert: true } })),
    );
    for (const f of others) putFacts(state, f);
  }

  // 4. The batch's facts and statements, then its articles: the marker that one is complete.
  const batchFacts = newFacts.map(recorded);
  for (const f of batchFacts) putFacts(state, f);
  const keep = new Set(batchFacts.flatMap((f) => f.statementIds));
  const staleStatements = oldFacts.flatMap((f) => f.statementIds).filter((id) => !keep.has(id));
  if (staleStatements.length > 0) {
    await bulkWriteInChunks(
      c.statements,
      staleStatements.map((id) => ({ deleteOne: { filter: { _id: id } } })),
    );
  }
  const statements: StatementDoc[] = [];
  const articles: ArticleDoc[] = [];
  batch.forEach((f, i) => {
    const facts = batchFacts[i]!;
    const visitIds = [
      ...new Set(
        facts.mentions.flatMap((m) => (m.kind === "visit" && m.entityId ? [m.entityId] : [])),
      ),
    ].sort();
    const primary = facts.mentions.find((m) => m.kind === "visit" && m.visit.primary);
    for (const s of f.statements) statements.push({ ...s, visitId: primary?.entityId ?? null });
    articles.push({ ...f.article, visitIds });
  });
  await Promise.all([
    insertOrReplace(c.facts, batchFacts),
    insertOrReplace(c.statements, statements),
  ]);
  await insertOrReplace(c.articles, articles);
  for (const a of articles) {
    const { _id, extractorVersion, url, fileName, provided, empty } = a;
    state.articles.set(a._id, { _id, extractorVersion, url, fileName, provided, empty });
  }
}
