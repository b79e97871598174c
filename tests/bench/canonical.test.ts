import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalQueries } from "../../src/bench/canonical.js";
import { countRoundTrips } from "../../src/bench/http-bench.js";
import { loadPaths } from "../../src/store/load.js";
import { openTestDb } from "../helpers/db.js";

describe("canonical queries read directly with the driver", () => {
  let handle: Awaited<ReturnType<typeof openTestDb>>;
  let monitored: MongoClient;

  beforeAll(async () => {
    handle = await openTestDb();
    await loadPaths(handle.db, ["seeds"]);
    monitored = new MongoClient(handle.uri, { monitorCommands: true });
    await monitored.connect();
  });

  afterAll(async () => {
    await monitored?.close();
    await handle?.close();
  });

  const queries = canonicalQueries({ country: "KZ", pair: ["KZ", "AZ"], search: "Токаев" });

  it("finds the seeds' visits, relations and search hits", async () => {
    const db = monitored.db(handle.db.databaseName);
    const [country, relations, search] = (await Promise.all(queries.map((q) => q.direct(db)))) as [
      { visits: unknown[]; country: unknown },
      { visits: unknown[]; documents: unknown[] },
      { people: { name: string }[] },
    ];
    expect(country.country).not.toBeNull();
    expect(country.visits.length).toBeGreaterThan(0);
    expect(relations.visits.length).toBeGreaterThan(0);
    expect(search.people.map((p) => p.name).join(" ")).toMatch(/Токаев/);
  });

  it("counts the commands each direct read sends", async () => {
    const db = monitored.db(handle.db.databaseName);
    for (const q of queries) {
      const { roundTrips, commands } = await countRoundTrips(monitored, () => q.direct(db));
      // Each bound is a handful of finds and counts; zero would mean nothing was counted.
      expect(roundTrips, q.name).toBeGreaterThanOrEqual(3);
      expect(roundTrips, q.name).toBeLessThanOrEqual(8);
      expect(Object.keys(commands).every((c) => ["find", "aggregate", "count"].includes(c))).toBe(
        true,
      );
    }
  });
});
