// `database` command: prepares or checks the local MongoDB-protocol server without starting the API.
import { Command } from "commander";
import { ConfigError, loadConfig } from "../config/index.js";
import { DataDirInUseError, resetDataDir, resolveDataDir } from "../db/data-dir.js";
import { ensureFerretdbBinary, FERRETDB_VERSION } from "../db/ferretdb.js";
import { startDatabaseServer } from "../db/server.js";

function config() {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

const program = new Command().name("database").description("Local database server tools");

program
  .command("build-fallback")
  .description(
    `build the FerretDB ${FERRETDB_VERSION} fallback server into .cache/bin (no-op when present)`,
  )
  .action(async () => {
    const { path, built } = await ensureFerretdbBinary({
      onProgress: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${built ? "built" : "already built"}: ${path}\n`);
  });

program
  .command("which")
  .description("start the server that `npm start` would use, print which one it is, and stop it")
  .action(async () => {
    const c = config();
    const server = await startDatabaseServer({
      uri: c.mongodbUri,
      dataDir: resolveDataDir(c.dataDir),
      onStep: (m) => process.stderr.write(`${m}\n`),
    });
    process.stdout.write(`${server.description}\n`);
    await server.stop();
  });

program
  .command("reset")
  .description("empty the local database folder (DATA_DIR, default .data/); refused while in use")
  .action(async () => {
    const dir = resolveDataDir(config().dataDir);
    try {
      const { removed } = await resetDataDir(dir);
      process.stdout.write(
        removed.length > 0
          ? `emptied ${dir} (${removed.join(", ")})\n`
          : `${dir} is already empty\n`,
      );
    } catch (err) {
      if (!(err instanceof DataDirInUseError)) throw err;
      process.stderr.write(`db:reset: ${err.message}\n`);
      process.exitCode = 2;
    }
  });

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
