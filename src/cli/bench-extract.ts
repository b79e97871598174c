// `bench:extract` command: extraction speed on one core over the seeds and a synthetic corpus.
import { Command } from "commander";
import { benchExtract } from "../bench/extract-bench.js";
import { extractTable } from "../bench/report.js";
import { wholeNumber } from "./options.js";

const program = new Command()
  .name("bench:extract")
  .description("Measure extraction speed on one core (articles/s, p50/p99 per article)")
  .option("--seeds <dir>", "folder of real articles", "seeds")
  .option("--rounds <n>", "times the real articles are extracted", wholeNumber, 40)
  .option("--synthetic <n>", "synthetic articles (about 5 KB each)", wholeNumber, 2000)
  .option("--seed <n>", "synthetic corpus seed", wholeNumber, 1)
  .option("--quick", "a short run")
  .option("--json", "print the result as JSON instead of a table")
  .action(
    async (opts: {
      seeds: string;
      rounds: number;
      synthetic: number;
      seed: number;
      quick?: boolean;
      json?: boolean;
    }) => {
      const r = await benchExtract({
        seedsDir: opts.seeds,
        seedRounds: opts.quick ? 5 : opts.rounds,
        syntheticArticles: opts.quick ? 200 : opts.synthetic,
        seed: opts.seed,
        scalingSizes: opts.quick
          ? [256 * 1024, 1024 * 1024]
          : [256 * 1024, 1024 * 1024, 5 * 1024 * 1024],
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else process.stdout.write(`${extractTable(r)}\n`);
    },
  );

await program.parseAsync();
