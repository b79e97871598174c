// Small pieces the repositories build MongoDB filters from.
import type { Collection, Document, Filter } from "mongodb";

export type Clause = Record<string, unknown>;

/** One clause per word: the stored search tokens hold one of the word's forms. */
export function tokenClauses(groups: readonly string[][] = []): Clause[] {
  return groups.map((forms) => ({ searchTokens: { $in: forms } }));
}

/** The conjunction of the clauses; {} for none. */
export function allOf<T>(clauses: Clause[]): Filter<T> {
  if (clauses.length === 0) return {};
  if (clauses.length === 1) return clauses[0] as Filter<T>;
  return { $and: clauses } as Filter<T>;
}

/** The documents with these ids, in one `_id: {$in}` query (missing ids are simply absent). */
export function findByIds<T extends { _id: string }>(
  collection: Collection<T>,
  projection?: Document,
) {
  return async (ids: readonly string[]): Promise<T[]> =>
    (await collection
      .find({ _id: { $in: [...ids] } } as Filter<T>, projection ? { projection } : {})
      .toArray()) as T[];
}
