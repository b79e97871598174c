import { describe, expect, it } from "vitest";
import { connectDatabase, DatabaseUnavailableError } from "../../src/db/connect.js";
import { openTestDb } from "../helpers/db.js";

describe("test database server", () => {
  it("speaks the MongoDB protocol: writes, reads back, indexes, upserts", async () => {
    const t = await openTestDb();
    try {
      const c = t.db.collection<{ _id: string; tags: string[]; n: number }>("things");
      await c.createIndex({ tags: 1 });
      await c.bulkWrite([
        {
          updateOne: {
            filter: { _id: "a" },
            update: { $set: { tags: ["x", "y"], n: 1 } },
            upsert: true,
          },
        },
        {
          updateOne: {
            filter: { _id: "b" },
            update: { $set: { tags: ["y"], n: 2 } },
            upsert: true,
          },
        },
        { updateOne: { filter: { _id: "a" }, update: { $inc: { n: 10 } }, upsert: true } },
      ]);
      expect(await c.countDocuments()).toBe(2);
      const found = await c.find({ tags: { $in: ["x"] } }).toArray();
      expect(found).toEqual([{ _id: "a", tags: ["x", "y"], n: 11 }]);
    } finally {
      await t.close();
    }
  });
});

describe("connectDatabase", () => {
  it("fails within seconds with a clear error when nothing listens", async () => {
    const started = Date.now();
    const attempt = connectDatabase("mongodb://127.0.0.1:1/", "x", {
      serverSelectionTimeoutMS: 1_000,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
