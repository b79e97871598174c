// The one ingest path: text in, article and graph stored; used by the loader, reprocess and the API.
import { type Db, MongoServerError } from "mongodb";
import { collections, ensureIndexes } from "../db/collections.js";
import type { ArticleDoc } from "../db/types.js";
import { EXTRACTOR_VERSION, extract } from "../extraction/index.js";
import type { ArticleExtraction, ExtractOptions } from "../extraction/types.js";
import { type ArticleFacts, type ArticleMeta, buildArticleFacts } from "./facts.js";
import { articleIdFromHash, cleanText, contentHash } from "./keys.js";
import { type Lease, withLease } from "./lease.js";
import { serialized, writeFacts } from "./write.js";

/** What deciding whether to write an article again needs of its stored document. */
export type StoredArticle = Pick<
  ArticleDoc,
  "_id" | "extractorVersion" | "url" | "fileName" | "provided" | "empty"
>;

/** The stored documents of the given articles, by id (only what deciding needs). */
async function storedArticles(db: Db, ids: string[]): Promise<Map<string, StoredArticle>> {
  const out = new Map<string, StoredArticle>();
  if (ids.length === 0) return out;
  const found = await collections(db)
    .articles.find(
      { _id: { $in: [...new Set(ids)] } },
      { projection: { _id: 1, extractorVersion: 1, url: 1, fileName: 1, provided: 1, empty: 1 } },
    )
    .toArray();
  for (const a of found) out.set(a._id, a);
  return out;
}

/** The extraction engine; tests swap in another to stand for an older or newer version. */
export interface Extractor {
  version: string;
  extract(text: string, options: ExtractOptions): ArticleExtraction;
}

export const defaultExtractor: Extractor = { version: EXTRACTOR_VERSION, extract };

export interface IngestInput {
  text: string;
  sourceName?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  fileName?: string | null;
  /** How the file was decoded, when the text came from a file. */
  encoding?: string | null;
}

export type IngestStatus = "new" | "unchanged" | "updated";

export interface IngestOutcome {
  articleId: string;
  /** "failed": the database refused the article's documents; nothing of it is marked stored. */
  status: IngestStatus | "failed";
  /** The database's reason, for a failed article. */
  reason?: string;
  /** True when extraction found nothing in the article (it is stored all the same). */
  empty: boolean;
  /** Set when the same content came earlier in the same batch. */
  duplicateOf?: string | null;
}

export interface IngestOptions {
  extractor?: Extractor;
}

export class EmptyArticleError extends Error {
  constructor(what: string) {
    super(`${what} is empty or whitespace only`);
    this.name = "EmptyArticleError";
  }
}

export function prepareMeta(input: IngestInput): ArticleMeta {
  const text = cleanText(input.text);
  const hash = contentHash(text);
  return {
    id: articleIdFromHash(hash),
    contentHash: hash,
    text,
    url: input.url ?? null,
    fileName: input.fileName ?? null,
    encoding: input.encoding ?? null,
    provided: { publishedOn: input.publishedOn ?? null, sourceName: input.sourceName ?? null },
  };
}

/** Whether a stored article must be written again, and with which metadata. */
function decide(
  meta: ArticleMeta,
  existing: StoredArticle | undefined,
  version: string,
): { status: IngestStatus; meta: ArticleMeta } {
  if (!existing) return { status: "new", meta };
  const provided = existing.provided ?? { publishedOn: null, sourceName: null };
  const merged: ArticleMeta = {
    ...meta,
    url: meta.url ?? existing.url,
    fileName: existing.fileName ?? meta.fileName,
    provided: {
      publishedOn: meta.provided.publishedOn ?? provided.publishedOn,
      sourceName: meta.provided.sourceName ?? provided.sourceName,
    },
  };
  const metadataChanged =
    merged.url !== existing.url ||
    merged.provided.publishedOn !== provided.publishedOn ||
    merged.provided.sourceName !== provided.sourceName;
  if (existing.extractorVersion === version && !metadataChanged) {
    return { status: "unchanged", meta: merged };
  }
  return { status: "updated", meta: merged };
}

export function extractFacts(meta: ArticleMeta, extractor: Extractor, now: Date): ArticleFacts {
  const x = extractor.extract(meta.text, { publishedOn: meta.provided.publishedOn });
  return buildArticleFacts(meta, { ...x, extractorVersion: extractor.version }, now);
}

/**
 * Ingests a batch of articles with one round of bulk writes. Duplicates within the batch and
 * articles already stored by the same extractor version are not written again.
 */
export async function ingestArticles(
  db: Db,
  inputs: IngestInput[],
  options: IngestOptions = {},
): Promise<IngestOutcome[]> {
  const extractor = options.extractor ?? defaultExtractor;
  await ensureIndexes(db);
  const metas = inputs.map(prepareMeta);
  // Decided and extracted outside the write lock, so the next batch's extraction overlaps the
  // previous batch's writes; decisions are checked again under the lock.
  const stored = await storedArticles(
    db,
    metas.map((m) => m.id),
  );
  const firstOf = new Map<string, number>();
  const outcomes: IngestOutcome[] = [];
  const planned: { index: number; facts: ArticleFacts }[] = [];
  const now = new Date();
  metas.forEach((meta, i) => {
    const earlier = firstOf.get(meta.id);
    if (earlier !== undefined) {
      outcomes.push({
        articleId: meta.id,
        status: "unchanged",
        empty: outcomes[earlier]!.empty,
        duplicateOf: metas[earlier]?.fileName ?? null,
      });
      return;
    }
    firstOf.set(meta.id, i);
    const existing = stored.get(meta.id);
    const { status, meta: merged } = decide(meta, existing, extractor.version);
    if (status === "unchanged") {
      outcomes.push({ articleId: meta.id, status, empty: existing?.empty ?? false });
      return;
    }
    const facts = extractFacts(merged, extractor, now);
    planned.push({ index: i, facts });
    outcomes.push({ articleId: meta.id, status, empty: facts.article.empty });
  });
  if (planned.length === 0) return outcomes;
  return serialized(db, () =>
    withLease(db, async (lease) => {
      const now = await storedArticles(
        db,
        planned.map((p) => p.facts.article._id),
      );
      const toWrite: ArticleFacts[] = [];
      for (const p of planned) {
        const stored = now.get(p.facts.article._id);
        const again = decide(metas[p.index]!, stored, extractor.version);
        if (again.status === "unchanged") {
          outcomes[p.index] = {
            articleId: p.facts.article._id,
            status: "unchanged",
            empty: stored?.empty ?? false,
          };
        } else {
          if (again.status === "updated") outcomes[p.index]!.status = "updated";
          toWrite.push(p.facts);
        }
      }
      for (const failure of await writeRefusingAlone(db, toWrite, lease)) {
        const i = planned.findIndex((p) => p.facts.article._id === failure.articleId);
        outcomes[planned[i]!.index] = { ...failure, status: "failed", empty: false };
      }
      return outcomes;
    }),
  );
}

/**
 * Writes the batch; when the database refuses a write (it answered, unlike a lost connection),
 * writes its articles one at a time so that only the articles it refuses fail. A refused article
 * has no article document, the marker of a complete one, so the next run ingests it whole again.
 */
async function writeRefusingAlone(
  db: Db,
  batch: ArticleFacts[],
  lease: Lease,
): Promise<{ articleId: string; reason: string }[]> {
  try {
    await writeFacts(db, batch, lease);
    return [];
  } catch (err) {
    if (!(err instanceof MongoServerError)) throw err;
    if (batch.length === 1) return [{ articleId: batch[0]!.article._id, reason: err.message }];
  }
  const failures: { articleId: string; reason: string }[] = [];
  for (const facts of batch) failures.push(...(await writeRefusingAlone(db, [facts], lease)));
  return failures;
}

/** Ingests one article: the same text twice is stored once (`created` false the second time). */
export async function ingestArticle(
  db: Db,
  input: IngestInput,
  options: IngestOptions = {},
): Promise<{ article: ArticleDoc; created: boolean; status: IngestStatus }> {
  if (input.text.trim() === "") throw new EmptyArticleError("the article text");
  const [outcome] = await ingestArticles(db, [input], options);
  if (!outcome) throw new Error("ingest returned no outcome");
  if (outcome.status === "failed") {
    throw new Error(`the database refused article ${outcome.articleId}: ${outcome.reason}`);
  }
  const article = await collections(db).articles.findOne({ _id: outcome.articleId });
  if (!article) throw new Error(`article ${outcome.articleId} was written but cannot be read back`);
  return { article, created: outcome.status === "new", status: outcome.status };
}
