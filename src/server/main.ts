// Starts diplograph: config, database (with fallback), seed loading, GraphQL over HTTP, clean shutdown.
import { isAbsolute, join } from "node:path";
import { type Config, ConfigError, loadServerConfig } from "../config/index.js";
import { createLogger, type Logger } from "../config/logger.js";
import { ensureIndexes } from "../db/collections.js";
import { connectDatabase } from "../db/connect.js";
import { resolveDataDir } from "../db/data-dir.js";
import { projectRoot } from "../db/project-root.js";
import { startDatabaseServer } from "../db/server.js";
import { loadPaths } from "../store/load.js";
import { buildServer } from "./build-server.js";

type Cleanup = () => Promise<void>;

/** Run in order at shutdown: the last resource acquired is released first. */
const cleanups: Cleanup[] = [];

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadServerConfig();
  } catch (err) {
    // One line, so that it is what a container's log or a terminal shows last.
    process.stderr.write(
      `diplograph: ${err instanceof ConfigError ? err.oneLine() : String(err)}\n`,
    );
    process.exit(2);
  }
  const logger = createLogger(config);
  installSignalHandlers(logger);

  const dbServer = await startDatabaseServer({
    uri: config.mongodbUri,
    dataDir: resolveDataDir(config.dataDir),
    onStep: (m) => logger.info(m),
  });
  cleanups.unshift(() => dbServer.stop());
  logger.info({ kind: dbServer.kind }, `database: ${dbServer.description}`);
  if (config.writesDisabled)
    logger.info("writes disabled (DISABLE_WRITES=true): ingestArticle is refused");

  const { client, db } = await connectDatabase(dbServer.uri, config.mongodbDb);
  cleanups.unshift(() => client.close());
  await ensureIndexes(db);

  if (config.loadSeeds) {
    const dir = isAbsolute(config.seedsDir)
      ? config.seedsDir
      : join(projectRoot(), config.seedsDir);
    logger.info(`loading the seed articles from ${dir}`);
    const summary = await loadPaths(db, [dir], { maxFileBytes: config.maxFileBytes });
    logger.info({ seeds: summary }, `seeds loaded from ${dir}`);
  }

  const server = await buildServer({ db, config, logger });
  cleanups.unshift(() => server.close());
  const { url } = await server.listen(config.port, config.host);
  const shown = url.replace("0.0.0.0", "localhost").replace("[::]", "localhost");
  logger.info({ url: shown }, "diplograph ready");
  process.stdout.write(`diplograph ready at ${shown}\n`);
}

let stopping = false;

async function shutdown(code: number, logger?: Logger): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (err) {
      logger?.warn({ err }, "error during shutdown");
    }
  }
  logger?.info("stopped");
  process.exit(code);
}

function installSignalHandlers(logger: Logger): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "shutting down");
      void shutdown(0, logger);
    });
  }
  process.once("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception");
    void shutdown(1, logger);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`diplograph failed to start: ${(err as Error).message ?? err}\n`);
  void shutdown(1);
});
