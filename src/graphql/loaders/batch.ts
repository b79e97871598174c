// DataLoader factories: one batched query per tick, results in the keys' order, null for misses.
import DataLoader from "dataloader";

/** Loads documents by id through `fetch` (one `_id: {$in}` query), null for an id not found. */
export function byIdLoader<T extends { _id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((d) => [d._id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads a list per key through `fetch`, which answers for many keys at once in the keys' order. */
export function listLoader<T>(fetch: (keys: readonly string[]) => Promise<T[][]>) {
  return new DataLoader<string, T[]>((keys) => fetch(keys));
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
