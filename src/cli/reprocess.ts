// `reprocess` command: re-extracts stored articles after the extractor changed; exit 0 done, 2 usage or database.
import { Command } from "commander";
import { reprocess } from "../store/reprocess.js";
import { runDbCommand } from "./db-session.js";
import { positiveInt } from "./options.js";
import { EXIT_OK } from "./program.js";

export function reprocessCommand(): Command {
  return new Command("reprocess")
    .description(
      "Re-extract the stored articles that an older extractor version processed, so that the graph is what a fresh load of the same articles would give",
    )
    .option("--all", "re-extract every stored article, whatever its extractor version")
    .option("--batch-size <n>", "articles per bulk write", positiveInt, 100)
    .action(async (opts: { all?: boolean; batchSize: number }) => {
      const progress = process.stderr.isTTY === true;
      const clearLine = () => {
        if (progress) process.stderr.write("\r\x1b[K");
      };
      process.exitCode = await runDbCommand({
        name: "reprocess",
        doneSoFar: "articles re-extracted so far",
        async run(session) {
          const r = await reprocess(session.db, {
            all: opts.all === true,
            batchSize: opts.batchSize,
            onProgress: progress
              ? (done, total) =>
                  process.stderr.write(`\r\x1b[K${done}/${total} articles re-extracted`)
              : undefined,
          });
          clearLine();
          process.stdout.write(
            `extractor ${r.extractorVersion}: ${r.checked} articles stored, ${r.reprocessed} re-extracted (${r.empty} with nothing found); ${(r.elapsedMs / 1000).toFixed(2)} s\n`,
          );
          return EXIT_OK;
        },
        onError: clearLine,
      });
    });
}
