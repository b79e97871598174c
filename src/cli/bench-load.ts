// `bench:load` command: loads a synthetic corpus end to end and prints articles/s beside raw insertMany.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { writeCorpus } from "../bench/corpus-files.js";
import { benchLoad } from "../bench/load-bench.js";
import { formatMb } from "../bench/measure.js";
import { openDbSession } from "./db-session.js";
import { positiveInt } from "./options.js";

const program = new Command()
  .name("bench:load")
  .description(
    "Load a synthetic corpus end to end and compare with raw insertMany of the same documents",
  )
  .option("--n <articles>", "articles in the synthetic corpus", positiveInt, 1000)
  .option("--seed <n>", "corpus seed", positiveInt, 1)
  .option("--batch-size <n>", "articles per bulk write", positiveInt, 250)
  .option("--json", "print the result as JSON");

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{ n: number; seed: number; batchSize: number; json?: boolean }>();
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const dir = await mkdtemp(join(tmpdir(), "diplograph-bench-load-"));
  let session: Awaited<ReturnType<typeof openDbSession>> | null = null;
  try {
    const corpus = await writeCorpus(dir, opts.n, opts.seed, { gold: false });
    note(
      `corpus: ${corpus.articles} synthetic articles, ${(corpus.bytes / 1024).toFixed(0)} KiB, in ${dir}`,
    );
    // A benchmark measures a database of its own, not the project's data folder.
    session = await openDbSession(note, process.env, { temporary: true });
    note(`database: ${session.description}`);
    const r = await benchLoad(session.client, `${session.config.mongodbDb}_bench_load`, [dir], {
      batchSize: opts.batchSize,
      dbServerPid: session.serverPid,
      onProgress: note,
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    } else {
      const t = r.totals;
      process.stdout.write(
        [
          `end to end: ${r.articles} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s (${r.failed} failed)`,
          `raw insertMany of the same ${r.documentsWritten} documents: ${r.rawInsertSeconds} s = ${r.rawInsertPerSecond} articles/s`,
          `ratio to raw: ${r.ratioToRaw} (targets: >= 100 articles/s and >= 0.3)`,
          `store: ${t.articles} articles, ${t.countries} countries, ${t.people} people, ${t.visits} visits, ${t.statements} statements, ${t.documents} documents`,
          `peak RSS: loader (this process) ${formatMb(r.loaderPeakRssBytes)} MB, database server ${formatMb(r.dbServerPeakRssBytes)} MB${session.serverPid === undefined ? " (not started here)" : ` (pid ${session.serverPid})`}`,
        ]
          .map((line) => `${line}\n`)
          .join(""),
      );
    }
    return 0;
  } catch (err) {
    note(`bench:load: ${(err as Error).message}`);
    return 2;
  } finally {
    await session?.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
