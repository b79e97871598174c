// `database` command: prepares or checks the local MongoDB-protocol server without starting the API.
import { Command } from "commander";
import { ensureFerretdbBinary, FERRETDB_VERSION } from "../db/ferretdb.js";
import { startDatabaseServer } from "../db/server.js";

const program = new Command().name("database").description("Local database server tools");

program
  .command("build-fallback")
  .description(
    `build the FerretDB ${FERRETDB_VERSION} fallback server into .cache/bin (no-op when present)`,
  )
  .action(async () => {
    const { path, built } = await ensureFerretdbBinary();
    process.stdout.write(`${built ? "built" : "already built"}: ${path}\n`);
  });

program
  .command("which")
  .description("start the server that `npm start` would use, print which one it is, and stop it")
  .action(async () => {
    const server = await startDatabaseServer({
      uri: process.env.MONGODB_URI || undefined,
      onStep: (m) => process.stderr.write(`${m}\n`),
    });
    process.stdout.write(`${server.description}\n`);
    await server.stop();
  });

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
