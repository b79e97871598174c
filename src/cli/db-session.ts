// Opens the database for a command-line tool: MONGODB_URI, else the project's local database
// (shared with a running server), or a temporary one where asked.
import type { Db, MongoClient } from "mongodb";
import { type Config, ConfigError, loadConfig } from "../config/index.js";
import { connectDatabase } from "../db/connect.js";
import { resolveDataDir } from "../db/data-dir.js";
import { startDatabaseServer } from "../db/server.js";
import { EXIT_USAGE_OR_CONFIG } from "./program.js";

export interface DbSession {
  config: Config;
  db: Db;
  client: MongoClient;
  /** Says where the data went, e.g. that it is temporary. */
  description: string;
  /** The database server's process id when this session started it. */
  serverPid: number | undefined;
  close(): Promise<void>;
}

export async function openDbSession(
  onNote: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  options: { temporary?: boolean } = {},
): Promise<DbSession> {
  const config = loadConfig(env);
  const server = await startDatabaseServer({
    uri: config.mongodbUri,
    dataDir: options.temporary ? undefined : resolveDataDir(config.dataDir),
    onStep: onNote,
  });
  if (server.kind !== "external") {
    onNote(
      server.dataDir
        ? `MONGODB_URI is not set: using the local database in ${server.dataDir} (${server.description})`
        : `MONGODB_URI is not set: using a temporary ${server.description}; data is lost on exit`,
    );
  }
  try {
    const { client, db } = await connectDatabase(server.uri, config.mongodbDb);
    return {
      config,
      db,
      client,
      description: server.description,
      serverPid: server.pid,
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

export interface DbCommand {
  /** Command name, the prefix of every message it prints. */
  name: string;
  /** What was already stored when a database error stops the work. */
  doneSoFar: string;
  /** A reason not to connect at all (a usage error), checked after the arguments parse. */
  refuse?: () => string | null;
  run(session: DbSession, note: (line: string) => void): Promise<number>;
  /** Clears what the command drew on the terminal before an error is printed. */
  onError?: () => void;
}

/**
 * Opens the database, runs the command and closes the database; returns the exit code: a
 * refusal, an unreachable database and a database error mid-way give 2.
 */
export async function runDbCommand(cmd: DbCommand): Promise<number> {
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const refusal = cmd.refuse?.();
  if (refusal) {
    note(`${cmd.name}: ${refusal}`);
    return EXIT_USAGE_OR_CONFIG;
  }
  let session: DbSession;
  try {
    session = await openDbSession(note);
  } catch (err) {
    note(`${cmd.name}: ${err instanceof ConfigError ? err.message : (err as Error).message}`);
    return EXIT_USAGE_OR_CONFIG;
  }
  try {
    return await cmd.run(session, note);
  } catch (err) {
    cmd.onError?.();
    note(`${cmd.name}: stopped by a database error: ${(err as Error).message}`);
    note(`${cmd.name}: ${cmd.doneSoFar} are stored; run the same command again to finish`);
    return EXIT_USAGE_OR_CONFIG;
  } finally {
    await session.close().catch(() => {});
  }
}
