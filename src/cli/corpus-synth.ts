// `corpus:synth` command: writes N synthetic articles and their gold extraction files to a folder.
import { Command } from "commander";
import { writeCorpus } from "../bench/corpus-files.js";
import { positiveInt } from "./options.js";

const program = new Command()
  .name("corpus:synth")
  .description("Generate synthetic Russian and Kazakh visit reports with their expected extraction")
  .requiredOption("--n <count>", "number of articles", positiveInt)
  .requiredOption("--out <dir>", "folder for <name>.txt articles and <name>.json gold files")
  .option("--seed <seed>", "corpus seed: the same seed gives the same articles", positiveInt, 1)
  .action(async (opts: { n: number; out: string; seed: number }) => {
    const started = performance.now();
    const r = await writeCorpus(opts.out, opts.n, opts.seed);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `wrote ${r.articles} articles (${(r.bytes / 1024 / 1024).toFixed(1)} MB of text) and their gold files to ${r.dir} in ${seconds.toFixed(1)} s\n`,
    );
  });

await program.parseAsync();
