// The store's writer lease: one holder at a time, and a holder whose process is gone is replaced.
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collections } from "../../src/db/collections.js";
import { acquireLease } from "../../src/store/lease.js";
import { openTestDb, type TestDb } from "../helpers/db.js";

let t: TestDb;
beforeEach(async () => {
  t = await openTestDb();
});
afterEach(async () => {
  await t.close();
});

describe("writer lease", () => {
  it("is held by one writer at a time; the next gets it when the first releases it", async () => {
    const events: string[] = [];
    const first = await acquireLease(t.db);
    events.push("first acquired");
    const second = acquireLease(t.db).then((lease) => {
      events.push("second acquired");
      return lease;
    });
    // Let the second try a few times against the held lease.
    for (let i = 0; i < 5; i++) await collections(t.db).meta.findOne({});
    events.push("first releasing");
    await first.release();
    const lease = await second;
    await lease.release();
    expect(events).toEqual(["first acquired", "first releasing", "second acquired"]);
  });

  it("is taken from a holder on this machine whose process is gone, without waiting it out", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
    await collections(t.db).meta.insertOne({
      _id: "writer",
      owner: `${hostname()}|${gone}|dead`,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const lease = await acquireLease(t.db);
    lease.check();
    await lease.release();
  });

  it("renews a held lease and reports one that another writer took, naming it", async () => {
    const meta = collections(t.db).meta;
    const lease = await acquireLease(t.db);
    const expiry = async () => {
      const doc = await meta.findOne({ _id: "writer" });
      return doc?.expiresAt instanceof Date ? doc.expiresAt.getTime() : 0;
    };
    const at = await expiry();
    expect(at).toBeGreaterThan(Date.now());
    // The holder renews every 5 s; after one renewal it still holds the lease, further out.
    await new Promise((r) => setTimeout(r, 5_500));
    lease.check();
    expect(await expiry()).toBeGreaterThan(at);
    await meta.updateOne({ _id: "writer" }, { $set: { owner: "elsewhere|1|other" } });
    await new Promise((r) => setTimeout(r, 5_500));
    expect(() => lease.check()).toThrow(/taken over by elsewhere\|1\|other/);
    await lease.release();
  }, 20_000);
});
