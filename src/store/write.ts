// Writes a batch of extracted articles and re-derives every shared entity they touch.
// Without transactions, crash safety comes from the order: mentions, then entities, then other
// articles' visit references, then each article's statements, and the article document last.
// An article without its document is simply ingested again, which rewrites the same ids.
import type { AnyBulkWriteOperation, Db } from "mongodb";
import { collections } from "../db/collections.js";
import type { ArticleDoc, MentionDoc, StatementDoc } from "../db/types.js";
import { deriveCountries, deriveDocuments, derivePeople, deriveVisits } from "./derive.js";
import type { ArticleFacts } from "./facts.js";

const queues = new WeakMap<Db, Promise<unknown>>();

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

function groupsOf(mentions: MentionDoc[], kind: MentionDoc["kind"]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.group))];
}

/** Stores the articles (replacing any earlier version of each) and the entities they touch. */
export async function writeFacts(db: Db, batch: ArticleFacts[]): Promise<void> {
  if (batch.length === 0) return;
  const c = collections(db);
  const articleIds = batch.map((f) => f.article._id);
  const inBatch = new Set(articleIds);

  // 1. Replace the batch's mentions; the old ones name the groups the articles may leave.
  const old = await c.mentions
    .find({ articleId: { $in: articleIds } }, { projection: { _id: 1, kind: 1, group: 1 } })
    .toArray();
  const fresh = batch.flatMap((f) => f.mentions);
  const freshIds = new Set(fresh.map((m) => m._id));
  const mentionOps: AnyBulkWriteOperation<MentionDoc>[] = fresh.map((m) => ({
    replaceOne: { filter: { _id: m._id }, replacement: m, upsert: true },
  }));
  const stale = old.filter((m) => !freshIds.has(m._id)).map((m) => m._id);
  if (stale.length > 0) mentionOps.push({ deleteMany: { filter: { _id: { $in: stale } } } });
  if (mentionOps.length > 0) await c.mentions.bulkWrite(mentionOps, { ordered: false });

  // 2. Re-derive every entity whose group gained or lost a mention.
  const touched = [...old, ...fresh] as MentionDoc[];
  await Promise.all([
    deriveCountries(db, groupsOf(touched, "country")),
    derivePeople(db, groupsOf(touched, "person")),
  ]);
  const visits = await deriveVisits(db, groupsOf(touched, "visit"));
  const docGroups = new Set(groupsOf(touched, "document"));
  const movedMentions = visits.changed.filter((ch) => !inBatch.has(ch.articleId));
  if (movedMentions.length > 0) {
    // Documents of other articles signed during a visit whose id just changed.
    const dependent = await c.mentions
      .find(
        {
          kind: "document",
          "document.visitMentionId": { $in: movedMentions.map((m) => m.mentionId) },
        },
        { projection: { group: 1 } },
      )
      .toArray();
    for (const d of dependent) docGroups.add(d.group);
  }
  await deriveDocuments(db, [...docGroups], visits.byMention);

  // 3. Other articles whose visits were merged, split or renamed by this batch.
  const otherArticles = [...new Set(movedMentions.map((m) => m.articleId))];
  if (otherArticles.length > 0) {
    const theirVisits = await c.mentions
      .find({ articleId: { $in: otherArticles }, kind: "visit" })
      .toArray();
    const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = [];
    const statementOps: AnyBulkWriteOperation<StatementDoc>[] = [];
    for (const articleId of otherArticles) {
      const mine = theirVisits.filter((m) => m.articleId === articleId);
      const idOf = (m: MentionDoc) => visits.byMention.get(m._id) ?? m.entityId;
      const visitIds = [...new Set(mine.map(idOf).filter((v) => v !== null))].sort();
      articleOps.push({
        updateOne: { filter: { _id: articleId }, update: { $set: { visitIds } } },
      });
      const primary = mine.find((m) => m.kind === "visit" && m.visit.primary);
      statementOps.push({
        updateMany: {
          filter: { articleId },
          update: { $set: { visitId: primary ? idOf(primary) : null } },
        },
      });
    }
    await Promise.all([
      c.articles.bulkWrite(articleOps, { ordered: false }),
      c.statements.bulkWrite(statementOps, { ordered: false }),
    ]);
  }
  // Recorded only now, so that a crash before this point makes the next run redo step 3.
  if (visits.changed.length > 0) {
    await c.mentions.bulkWrite(
      visits.changed.map((ch) => ({
        updateOne: { filter: { _id: ch.mentionId }, update: { $set: { entityId: ch.to } } },
      })),
      { ordered: false },
    );
  }

  // 4. The batch's own statements, then its articles: the marker that an article is complete.
  const statementOps: AnyBulkWriteOperation<StatementDoc>[] = [];
  const keepStatements: string[] = [];
  for (const f of batch) {
    const primary = f.mentions.find((m) => m.kind === "visit" && m.visit.primary);
    const visitId = primary ? (visits.byMention.get(primary._id) ?? null) : null;
    for (const s of f.statements) {
      keepStatements.push(s._id);
      statementOps.push({
        replaceOne: { filter: { _id: s._id }, replacement: { ...s, visitId }, upsert: true },
      });
    }
  }
  statementOps.push({
    deleteMany: { filter: { articleId: { $in: articleIds }, _id: { $nin: keepStatements } } },
  });
  await c.statements.bulkWrite(statementOps, { ordered: false });

  const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = batch.map((f) => {
    const visitIds = [
      ...new Set(
        f.mentions.flatMap((m) => {
          const v = m.kind === "visit" ? visits.byMention.get(m._id) : undefined;
          return v ? [v] : [];
        }),
      ),
    ].sort();
    return {
      replaceOne: {
        filter: { _id: f.article._id },
        replacement: { ...f.article, visitIds },
        upsert: true,
      },
    };
  });
  await c.articles.bulkWrite(articleOps, { ordered: false });
}
