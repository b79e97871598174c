// Opens a fresh, uniquely named database on the test run's MongoDB-protocol server.
import { randomBytes } from "node:crypto";
import type { Db, MongoClient, MongoClientOptions } from "mongodb";
import { inject } from "vitest";
import { connectDatabase } from "../../src/db/connect.js";

export interface TestDb {
  client: MongoClient;
  db: Db;
  uri: string;
  close(): Promise<void>;
}

export function testDatabaseUri(): string {
  return inject("mongoUri");
}

export async function openTestDb(options: MongoClientOptions = {}): Promise<TestDb> {
  const uri = inject("mongoUri");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const { client, db } = await connectDatabase(uri, name, options);
  return {
    client,
    db,
    uri,
    async close() {
      await db.dropDatabase().catch(() => {});
      await client.close();
    },
  };
}
