// `reprocess` command: re-extracts stored articles after the extractor changed; exit 0 done, 2 usage or database.
import { Command } from "commander";
import { ConfigError } from "../config/index.js";
import { reprocess } from "../store/reprocess.js";
import { openDbSession } from "./db-session.js";
import { positiveInt } from "./options.js";

const EXIT_OK = 0;
const EXIT_USAGE_OR_DATABASE = 2;

const program = new Command()
  .name("reprocess")
  .description(
    "Re-extract the stored articles that an older extractor version processed, so that the graph is what a fresh load of the same articles would give",
  )
  .option("--all", "re-extract every stored article, whatever its extractor version")
  .option("--batch-size <n>", "articles per bulk write", positiveInt, 100)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

async function main(argv: string[]): Promise<number> {
  try {
    program.parse(argv);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    return code === 0 ? EXIT_OK : EXIT_USAGE_OR_DATABASE;
  }
  const opts = program.opts<{ all?: boolean; batchSize: number }>();
  const note = (line: string) => process.stderr.write(`${line}\n`);
  if (!process.env.MONGODB_URI) {
    note(
      "reprocess: MONGODB_URI is not set; point it at the database whose articles to re-extract",
    );
    return EXIT_USAGE_OR_DATABASE;
  }
  let session: Awaited<ReturnType<typeof openDbSession>>;
  try {
    session = await openDbSession(note);
  } catch (err) {
    note(`reprocess: ${err instanceof ConfigError ? err.message : (err as Error).message}`);
    return EXIT_USAGE_OR_DATABASE;
  }
  const progress = process.stderr.isTTY === true;
  try {
    const r = await reprocess(session.db, {
      all: opts.all === true,
      batchSize: opts.batchSize,
      onProgress: progress
        ? (done, total) => process.stderr.write(`\r\x1b[K${done}/${total} articles re-extracted`)
        : undefined,
    });
    if (progress) process.stderr.write("\r\x1b[K");
    process.stdout.write(
      `extractor ${r.extractorVersion}: ${r.checked} articles stored, ${r.reprocessed} re-extracted (${r.empty} with nothing found); ${(r.elapsedMs / 1000).toFixed(2)} s\n`,
    );
    return EXIT_OK;
  } catch (err) {
    if (progress) process.stderr.write("\r\x1b[K");
    note(`reprocess: stopped by a database error: ${(err as Error).message}`);
    note(
      "reprocess: articles re-extracted so far are stored; run the same command again to finish",
    );
    return EXIT_USAGE_OR_DATABASE;
  } finally {
    await session.close().catch(() => {});
  }
}

process.exitCode = await main(process.argv);
