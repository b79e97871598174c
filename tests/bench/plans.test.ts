import { describe, expect, it } from "vitest";
import { planSort, planVerdict } from "../../src/bench/plans.js";

const sqlite = (...details: string[]) => ({
  queryPlanner: { Plan: details.map((d, i) => `id=${i} parent=0 notused=0 detail=${d}`) },
});

describe("planVerdict", () => {
  it.each([
    {
      name: "MongoDB index scan",
      plan: { winningPlan: { stage: "FETCH", inputStage: { stage: "IXSCAN" } } },
      verdict: "index",
    },
    {
      name: "MongoDB collection scan",
      plan: { winningPlan: { stage: "COLLSCAN" } },
      verdict: "collection scan",
    },
    {
      name: "SQLite index search",
      plan: sqlite("SEARCH t_1 USING INDEX t_1_a (<expr>=?)"),
      verdict: "index",
    },
    {
      name: "SQLite index OR with array subqueries",
      plan: sqlite(
        "MULTI-INDEX OR",
        "SEARCH t_1 USING INDEX t_1_a (<expr>=?)",
        "SCAN json_each VIRTUAL TABLE INDEX 3:",
      ),
      verdict: "index",
    },
    { name: "SQLite table scan", plan: sqlite("SCAN t_1"), verdict: "collection scan" },
    {
      name: "SQLite full index scan",
      plan: sqlite("SCAN t_1 USING INDEX t_1_a"),
      verdict: "collection scan",
    },
    { name: "nothing known", plan: { queryPlanner: {} }, verdict: "unknown" },
  ])("$name", ({ plan, verdict }) => {
    expect(planVerdict(plan)).toBe(verdict);
  });
});

describe("planSort", () => {
  const ferret = (sortPushdown: boolean, ...details: string[]) => ({
    ...sqlite(...details),
    sortPushdown,
  });
  it.each([
    {
      name: "MongoDB index order",
      plan: {
        winningPlan: {
          stage: "LIMIT",
          inputStage: { stage: "FETCH", inputStage: { stage: "IXSCAN" } },
        },
      },
      verdict: "index order",
    },
    {
      name: "MongoDB in-memory sort",
      plan: { winningPlan: { stage: "SORT", inputStage: { stage: "IXSCAN" } } },
      verdict: "sorted apart",
    },
    {
      name: "SQLite walks the index in order",
      plan: ferret(true, "SEARCH t_1 USING INDEX t_1_a_b (<expr>=? AND <expr><?)"),
      verdict: "index order",
    },
    {
      name: "SQLite walks a whole index in order (no filter)",
      plan: ferret(true, "SCAN t_1 USING INDEX t_1_a_b"),
      verdict: "index order",
    },
    {
      name: "SQLite walks the primary key of a table without rowids in order",
      plan: ferret(
        true,
        "SEARCH mk USING PRIMARY KEY (k0=?)",
        "SEARCH t_1 USING INTEGER PRIMARY KEY (rowid=?)",
      ),
      verdict: "index order",
    },
    {
      name: "a search by rowid alone is no order",
      plan: ferret(true, "SEARCH t_1 USING INTEGER PRIMARY KEY (rowid=?)"),
      verdict: "unknown",
    },
    {
      name: "SQLite sorts in a temporary tree",
      plan: ferret(true, "SEARCH t_1 USING INDEX t_1_a (<expr>=?)", "USE TEMP B-TREE FOR ORDER BY"),
      verdict: "sorted apart",
    },
    {
      name: "FerretDB sorts in memory",
      plan: ferret(false, "SEARCH t_1 USING INDEX t_1_a (<expr>=?)"),
      verdict: "sorted apart",
    },
    { name: "nothing known", plan: { queryPlanner: {} }, verdict: "unknown" },
  ])("$name", ({ plan, verdict }) => {
    expect(planSort(plan)).toBe(verdict);
  });
});
