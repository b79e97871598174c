// Opens a MongoClient that fails within seconds, with a clear message, when the server is unreachable.
import { type Db, MongoClient, type MongoClientOptions } from "mongodb";

export class DatabaseUnavailableError extends Error {
  constructor(uri: string, cause: unknown) {
    super(
      `cannot reach MongoDB at ${uri.replace(/\/\/[^@/]*@/, "//***@")}: ${(cause as Error).message ?? cause}`,
    );
    this.name = "DatabaseUnavailableError";
  }
}

export async function connectDatabase(
  uri: string,
  dbName: string,
  options: MongoClientOptions = {},
): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
    appName: "diplograph",
    ...options,
  });
  try {
    await client.connect();
    await client.db(dbName).command({ ping: 1 });
  } catch (err) {
    await client.close().catch(() => {});
    throw new DatabaseUnavailableError(uri, err);
  }
  return { client, db: client.db(dbName) };
}
