// `bench` command: the full benchmark table, written to bench/results.json as well.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { runBench } from "../bench/full-bench.js";
import { benchTables } from "../bench/report.js";
import { projectRoot } from "../db/project-root.js";
import { wholeNumber } from "./options.js";

function sizes(value: string): number[] {
  const out = value
    .split(",")
    .filter((s) => s.trim() !== "")
    .map((s) => Number(s.trim().replace(/_/g, "")));
  if (out.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new InvalidArgumentError(`sizes must be whole numbers separated by commas: ${value}`);
  }
  return out;
}

const program = new Command()
  .name("bench")
  .description(
    "Measure extraction, loading and GraphQL on this machine beside the database's bound",
  )
  .option("--sizes <list>", "synthetic corpus sizes to load and query, e.g. 1000,10000", sizes, [])
  .option("--load <n>", "synthetic articles for the load figures (default 1000)", wholeNumber)
  .option("--quick", "a short run (smaller corpora, 3 s per load test)")
  .option(
    "--duration <seconds>",
    "seconds each query is sent for, per concurrency (requests still open are waited for, up to 60 s)",
    wholeNumber,
  )
  .option("--seeds <dir>", "folder of real articles", "seeds")
  .option("--seed <n>", "synthetic corpus seed", wholeNumber, 1)
  .option("--out <file>", "results file", join(projectRoot(), "bench", "results.json"))
  .action(
    async (opts: {
      sizes: number[];
      quick?: boolean;
      load?: number;
      duration?: number;
      seeds: string;
      seed: number;
      out: string;
    }) => {
      const results = await runBench({
        quick: opts.quick === true,
        sizes: opts.sizes,
        loadArticles: opts.load,
        seedsDir: opts.seeds,
        seed: opts.seed,
        durationSeconds: opts.duration ?? (opts.quick ? 3 : 10),
        mongodbUri: process.env.MONGODB_URI || undefined,
        onStep: (m) => process.stderr.write(`[bench] ${m}\n`),
      });
      await mkdir(dirname(opts.out), { recursive: true });
      await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
      process.stdout.write(`${benchTables(results)}\n\nwritten to ${opts.out}\n`);
    },
  );

// A load abandoned after the database stopped answering fails later, when its client closes;
// that failure was already reported with the stalled command, so it must not end the run.
process.on("unhandledRejection", (err) => {
  const name = err instanceof Error ? err.name : "";
  if (name === "MongoPoolClosedError" || name === "MongoClientClosedError") return;
  process.stderr.write(
    `bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});

await program.parseAsync();
