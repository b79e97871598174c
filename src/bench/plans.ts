// Reads a query plan from explain: served by an index, or by reading the whole collection.
export type PlanVerdict = "index" | "collection scan" | "unknown";

/**
 * MongoDB names its stages (COLLSCAN, IXSCAN). FerretDB's SQLite backend returns SQLite's plan,
 * where "SCAN <table>" reads every row (an "SCAN json_each" only walks one document's array)
 * and "SEARCH <table> USING INDEX" does not.
 */
export function planVerdict(plan: unknown): PlanVerdict {
  const s = JSON.stringify(plan);
  if (/COLLSCAN/.test(s) || /\bSCAN (?!json_each\b)[A-Za-z0-9_]+/.test(s)) {
    return "collection scan";
  }
  if (/IXSCAN|IDHACK|USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(s)) return "index";
  return "unknown";
}

/** The stage names of a plan, for a report. */
export function planStages(plan: unknown): string[] {
  const s = JSON.stringify(plan);
  return [...new Set(s.match(/"stage":"[A-Z_]+"|SCAN [^"]{0,60}|SEARCH [^"]{0,60}/g) ?? [])];
}

export type SortVerdict = "index order" | "sorted apart" | "unknown";

/**
 * Reads how a plan orders a sorted find. MongoDB names an in-memory sort stage SORT. FerretDB
 * reports `sortPushdown: false` when it sorts in Go after reading every matching row, and SQLite
 * says "USE TEMP B-TREE FOR ORDER BY" when it sorts the rows itself before returning the first;
 * otherwise rows come in the order of the index the plan searches or walks: an index, or the
 * primary key of a table without rowids, which is an index holding the rows (FerretDB's entries
 * of the elements of an array field).
 */
export function planSort(plan: unknown): SortVerdict {
  const s = JSON.stringify(plan);
  if (/"stage":"SORT"|"sortPushdown":false|USE TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(s)) {
    return "sorted apart";
  }
  if (/"sortPushdown":true/.test(s) && /USING (COVERING )?INDEX|USING PRIMARY KEY/.test(s)) {
    return "index order";
  }
  if (/IXSCAN/.test(s)) return "index order";
  return "unknown";
}
