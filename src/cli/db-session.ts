// Opens the database for a command-line tool: MONGODB_URI, or a temporary server when it is unset.
import type { Db, MongoClient } from "mongodb";
import { type Config, loadConfig } from "../config/index.js";
import { connectDatabase } from "../db/connect.js";
import { startDatabaseServer } from "../db/server.js";

export interface DbSession {
  config: Config;
  db: Db;
  client: MongoClient;
  /** Says where the data went, e.g. that it is temporary. */
  description: string;
  close(): Promise<void>;
}

export async function openDbSession(
  onNote: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DbSession> {
  const config = loadConfig(env);
  const server = await startDatabaseServer({ uri: config.mongodbUri });
  if (server.kind !== "external") {
    onNote(`MONGODB_URI is not set: using a temporary ${server.description}; data is lost on exit`);
  }
  try {
    const { client, db } = await connectDatabase(server.uri, config.mongodbDb);
    return {
      config,
      db,
      client,
      description: server.description,
      async close() {
        await client.close();
        await server.stop();
      },
    };
  } catch (err) {
    await server.stop();
    throw err;
  }
}
