// `bench:reads` command: times a list's pages, keyset-cursor pages and counts on the fallback server.
import { Command } from "commander";
import { MongoClient } from "mongodb";
import { benchReads } from "../bench/read-bench.js";
import { ensureFerretdbBinary, startFerretdb } from "../db/ferretdb.js";
import { positiveInt } from "./options.js";

const program = new Command()
  .name("bench:reads")
  .description(
    "Time a child list's pages, keyset-cursor pages and counts on a fresh FerretDB fallback server",
  )
  .option("--n <documents>", "documents in the collection", positiveInt, 20_000)
  .option("--runs <n>", "timed runs of each query", positiveInt, 20)
  .option("--page-size <n>", "documents a page shows", positiveInt, 20)
  .option("--seed <n>", "data seed", positiveInt, 1)
  .option("--binary <path>", "a FerretDB build to measure instead of this project's")
  .option("--json", "print the result as JSON");

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{
    n: number;
    runs: number;
    pageSize: number;
    seed: number;
    binary?: string;
    json?: boolean;
  }>();
  const binary = opts.binary ?? (await ensureFerretdbBinary()).path;
  const server = await startFerretdb(binary);
  const client = new MongoClient(server.uri);
  try {
    await client.connect();
    const r = await benchReads(client.db("diplograph_bench_reads"), {
      documents: opts.n,
      seed: opts.seed,
      runs: opts.runs,
      pageSize: opts.pageSize,
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ binary, ...r }, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `server: ${binary}`,
      `${r.documents} documents inserted in ${(r.insertMs / 1000).toFixed(2)} s, the list pages through ${r.listSize} of them; page of ${opts.pageSize} (+1), ${opts.runs} runs each`,
      ...r.figures.map(
        (f) =>
          `${f.name.padEnd(40)} p50 ${f.p50Ms.toFixed(1).padStart(7)} ms  max ${f.maxMs.toFixed(1).padStart(7)} ms  result ${String(f.result).padStart(6)}${f.correct ? "" : " WRONG"}  plan: ${f.plan}`,
      ),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`bench:reads: ${(err as Error).message}\n`);
    return 2;
  } finally {
    await client.close().catch(() => {});
    await server.stop();
  }
}

process.exitCode = await main();
