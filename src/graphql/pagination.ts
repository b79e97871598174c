// Relay cursor connections: opaque keyset cursors over a fixed sort order, paged in MongoDB.
import type { Collection, Document, Filter, Sort } from "mongodb";
import { badUserInput } from "./errors.js";
import type { ConnectionModel } from "./models.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

type SortValue = string | number | null;

/** A total order: the last key is _id, so that no two documents tie. */
export interface Ordering<T> {
  /** Short tag written into cursors so a cursor of one list is refused by another. */
  tag: string;
  keys: readonly { field: keyof T & string; dir: 1 | -1 }[];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  limit: number;
  after: SortValue[] | null;
}

function sortValue(doc: object, field: string): SortValue {
  const v = (doc as Record<string, unknown>)[field];
  if (typeof v === "string" || typeof v === "number") return v;
  return null;
}

export function encodeCursor<T extends object>(ordering: Ordering<T>, doc: T): string {
  const values = ordering.keys.map((k) => sortValue(doc, k.field));
  return Buffer.from(JSON.stringify([ordering.tag, ...values]), "utf8").toString("base64url");
}

function decodeCursor<T>(ordering: Ordering<T>, cursor: string): SortValue[] {
  const malformed = () => badUserInput("after", "malformed cursor; pass an endCursor of this list");
  if (cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw malformed();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== ordering.keys.length + 1 ||
    parsed[0] !== ordering.tag ||
    !parsed.every((v) => v === null || typeof v === "string" || typeof v === "number") ||
    typeof parsed[parsed.length - 1] !== "string"
  ) {
    throw malformed();
  }
  return parsed.slice(1) as SortValue[];
}

export function readPage<T>(ordering: Ordering<T>, args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput("first", `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { limit: first, after: args.after ? decodeCursor(ordering, args.after) : null };
}

export function mongoSort<T>(ordering: Ordering<T>): Sort {
  return Object.fromEntries(ordering.keys.map((k) => [k.field, k.dir]));
}

/**
 * Documents strictly after the cursor. MongoDB sorts null below every string and number, so nulls
 * come last in a descending key and first in an ascending one; `$lt` never matches null, hence the
 * explicit null branches.
 */
export function afterFilter<T>(ordering: Ordering<T>, values: SortValue[]): Filter<Document> {
  const branches: Filter<Document>[] = [];
  ordering.keys.forEach((key, i) => {
    const equalBefore: Filter<Document> = {};
    for (let j = 0; j < i; j++) {
      const k = ordering.keys[j];
      if (k) equalBefore[k.field] = values[j] ?? null;
    }
    const v = values[i] ?? null;
    const beyond: Filter<Document>[] = [];
    if (key.dir === 1) {
      beyond.push({ [key.field]: v === null ? { $ne: null } : { $gt: v } });
    } else if (v !== null) {
      beyond.push({ [key.field]: { $lt: v } }, { [key.field]: null });
    }
    for (const b of beyond) branches.push({ ...equalBefore, ...b });
  });
  return branches.length > 0 ? { $or: branches } : { _id: { $exists: false } };
}

function connectionOf<T extends object>(
  ordering: Ordering<T>,
  docs: T[],
  page: Page,
  totalCount: () => Promise<number> | number,
): ConnectionModel<T> {
  const hasNextPage = docs.length > page.limit;
  const edges = docs
    .slice(0, page.limit)
    .map((node) => ({ node, cursor: encodeCursor(ordering, node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** One page of a filtered collection: one find (limit + 1, to learn hasNextPage), count on demand. */
export async function connectionFromCollection<T extends object, R extends object = T>(
  collection: Collection<T>,
  ordering: Ordering<R>,
  filter: Filter<T>,
  args: PageArgs,
  projection?: Document,
): Promise<ConnectionModel<R>> {
  const page = readPage(ordering, args);
  if (page.limit === 0 && page.after === null) {
    return connectionOf(ordering, [], page, () => collection.countDocuments(filter));
  }
  const where = (
    page.after ? { $and: [filter, afterFilter(ordering, page.after)] } : filter
  ) as Filter<T>;
  const docs = (await collection
    .find(where, projection ? { projection } : {})
    .sort(mongoSort(ordering))
    .limit(page.limit + 1)
    .toArray()) as unknown as R[];
  return connectionOf(ordering, docs, page, () => collection.countDocuments(filter));
}
