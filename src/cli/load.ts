// `load` command: stores article files, folders and globs; exit 0 all loaded, 1 some failed, 2 usage or database.
import { Command } from "commander";
import { type FileResult, type LoadSummary, loadPaths } from "../store/load.js";
import { runDbCommand } from "./db-session.js";
import { positiveInt } from "./options.js";
import { EXIT_OK, EXIT_SOME_FAILED } from "./program.js";

/** A one-line bar on stderr, redrawn in place; file lines go to stdout above it. */
class ProgressLine {
  private total = 0;
  private done = 0;
  private failed = 0;
  private readonly started = performance.now();

  constructor(private readonly enabled: boolean) {}

  start(total: number): void {
    this.total = total;
    this.draw();
  }

  file(r: FileResult, line: string): void {
    this.done++;
    if (r.status === "failed") this.failed++;
    this.clear();
    process.stdout.write(`${line}\n`);
    this.draw();
  }

  finish(): void {
    this.clear();
  }

  private clear(): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
  }

  private draw(): void {
    if (!this.enabled || this.total === 0) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const rate = this.done / Math.max(0.001, (performance.now() - this.started) / 1000);
    process.stderr.write(
      `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done}/${this.total} files, ${this.failed} failed, ${rate.toFixed(0)}/s`,
    );
  }
}

function fileLine(r: FileResult): string {
  const parts = [r.status.padEnd(9), r.path];
  if (r.encoding && r.encoding !== "utf-8") parts.push(`[${r.encoding}]`);
  if (r.reason) parts.push(`- ${r.reason}`);
  return parts.join(" ");
}

function summaryLines(s: LoadSummary): string[] {
  const b = s.byStatus;
  const t = s.totals;
  return [
    `files: ${s.files} (new ${b.new}, unchanged ${b.unchanged}, updated ${b.updated}, failed ${b.failed}, skipped ${b.skipped}); ${s.emptyArticles} stored with nothing found; ${(s.elapsedMs / 1000).toFixed(2)} s`,
    `store: ${t.articles} articles, ${t.countries} countries, ${t.people} people, ${t.visits} visits, ${t.statements} statements, ${t.documents} documents`,
  ];
}

export function loadCommand(): Command {
  const command = new Command("load")
    .description(
      "Load article files (.txt, .md, .html), folders (recursively) and globs into the store",
    )
    .argument("<paths...>", "files, folders or glob patterns")
    .option(
      "--max-file-bytes <n>",
      "skip files larger than this (default: MAX_FILE_BYTES or 2 MB)",
      positiveInt,
    )
    .option("--batch-size <n>", "articles per bulk write", positiveInt, 100)
    .action(async (paths: string[], opts: { maxFileBytes?: number; batchSize: number }) => {
      const bar = new ProgressLine(process.stderr.isTTY === true);
      process.exitCode = await runDbCommand({
        name: "load",
        doneSoFar: "files reported above",
        async run(session) {
          const summary = await loadPaths(session.db, paths, {
            maxFileBytes: opts.maxFileBytes ?? session.config.maxFileBytes,
            batchSize: opts.batchSize,
            onStart: (n) => bar.start(n),
            onFile: (r) => bar.file(r, fileLine(r)),
          });
          bar.finish();
          for (const line of summaryLines(summary)) process.stdout.write(`${line}\n`);
          return summary.byStatus.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
        },
        onError: () => bar.finish(),
      });
    });
  return command;
}
