// Re-extracts stored articles after the extractor changed, leaving the graph as a fresh load would.
import type { Db } from "mongodb";
import { collections, ensureIndexes } from "../db/collections.js";
import type { ArticleDoc } from "../db/types.js";
import type { ArticleMeta } from "./facts.js";
import { defaultExtractor, type Extractor, extractFacts } from "./ingest.js";
import { withLease } from "./lease.js";
import { serialized, writeFacts } from "./write.js";

export interface ReprocessOptions {
  extractor?: Extractor;
  /** Re-extract every article, not only those stored by another extractor version. */
  all?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReprocessResult {
  extractorVersion: string;
  /** Articles looked at, and those re-extracted. */
  checked: number;
  reprocessed: number;
  /** Re-extracted articles in which nothing was found any more. */
  empty: number;
  elapsedMs: number;
}

function metaOf(a: ArticleDoc): ArticleMeta {
  return {
    id: a._id,
    contentHash: a.contentHash,
    text: a.text,
    url: a.url,
    fileName: a.fileName,
    encoding: a.encoding ?? null,
    provided: a.provided ?? { publishedOn: null, sourceName: null },
  };
}

export async function reprocess(db: Db, options: ReprocessOptions = {}): Promise<ReprocessResult> {
  const started = performance.now();
  const extractor = options.extractor ?? defaultExtractor;
  const batchSize = options.batchSize ?? 100;
  await ensureIndexes(db);
  const c = collections(db);
  // Ids and versions only: what to re-extract, not the articles themselves.
  let checked = 0;
  const ids: string[] = [];
  const listed = c.articles.find({}, { projection: { _id: 1, extractorVersion: 1 } });
  for await (const a of listed) {
    checked++;
    if (options.all || a.extractorVersion !== extractor.version) ids.push(a._id);
  }
  ids.sort();
  let reprocessed = 0;
  let empty = 0;
  for (let at = 0; at < ids.length; at += batchSize) {
    const slice = ids.slice(at, at + batchSize);
    const articles = await c.articles.find({ _id: { $in: slice } }).toArray();
    const now = new Date();
    const facts = articles.map((a) => {
      const f = extractFacts(metaOf(a), extractor, now);
      // Re-extraction is not a new arrival.
      f.article.ingestedAt = a.ingestedAt;
      return f;
    });
    await serialized(db, () => withLease(db, (lease) => writeFacts(db, facts, lease)));
    reprocessed += facts.length;
    empty += facts.filter((f) => f.article.empty).length;
    options.onProgress?.(reprocessed, ids.length);
  }
  return {
    extractorVersion: extractor.version,
    checked,
    reprocessed,
    empty,
    elapsedMs: performance.now() - started,
  };
}
