// DataLoader factories: one $in query per batch, results in the keys' order, null or [] for misses.
import DataLoader from "dataloader";
import type { Collection, Document, Filter } from "mongodb";

/** Child lists can be long; a large first batch keeps each one a single round trip. */
const BATCH_SIZE = 10_000;

export function byIdLoader<T extends { _id: string }>(collection: Collection<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const docs = (await collection
      .find({ _id: { $in: [...ids] } } as Filter<T>)
      .batchSize(BATCH_SIZE)
      .toArray()) as T[];
    const byId = new Map(docs.map((d) => [d._id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

function valuesOf(doc: object, field: string): unknown[] {
  const v = (doc as Record<string, unknown>)[field];
  return Array.isArray(v) ? v : [v];
}

/**
 * Children of many parents in one query: every document whose `fields` (scalar or array) hold one
 * of the parent keys, grouped by key. Fetched documents also fill the by-id loader.
 */
export function childrenLoader<T extends { _id: string }>(
  collection: Collection<T>,
  fields: readonly string[],
  byId?: DataLoader<string, T | null>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const wanted = [...keys];
    const or: Filter<Document>[] = fields.map((f) => ({ [f]: { $in: wanted } }));
    const filter = (or.length === 1 ? or[0] : { $or: or }) as Filter<T>;
    const docs = (await collection.find(filter).batchSize(BATCH_SIZE).toArray()) as T[];
    const groups = new Map<string, T[]>(wanted.map((k) => [k, []]));
    for (const doc of docs) {
      byId?.prime(doc._id, doc);
      const seen = new Set<string>();
      for (const field of fields) {
        for (const value of valuesOf(doc, field)) {
          if (typeof value !== "string" || seen.has(value)) continue;
          seen.add(value);
          groups.get(value)?.push(doc);
        }
      }
    }
    return wanted.map((k) => groups.get(k) ?? []);
  });
}

/** Loads many ids through a by-id loader, dropping the ones that no longer exist. */
export async function loadExisting<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const docs = await loader.loadMany(ids);
  for (const d of docs) if (d instanceof Error) throw d;
  return docs.filter((d): d is T => d !== null && !(d instanceof Error));
}
