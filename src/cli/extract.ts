// `extract` command: prints one JSON array of ArticleExtraction, one per file in input order, on stdout.
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { extract } from "../extraction/index.js";
import { decodeArticle } from "../extraction/text/decode.js";
import { EXIT_OK, EXIT_SOME_FAILED } from "./program.js";

async function extractFile(file: string): Promise<Record<string, unknown>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { file, error: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { file, error: `cannot decode ${file}: ${decoded.reason}` };
  return { file, ...extract(decoded.text) };
}

export function extractCommand(): Command {
  return new Command("extract")
    .description(
      "Extract countries, people, visits, statements and documents from article files; print them as JSON (no database)",
    )
    .argument("<files...>", "article files (plain text)")
    .action(async (files: string[]) => {
      const results = [];
      for (const file of files) results.push(await extractFile(file));
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      // Unreadable files stay in the output with their error, so the data is complete; the
      // exit code says that some were.
      const failed = results.filter((r) => "error" in r);
      for (const r of failed) process.stderr.write(`extract: ${String(r.error)}\n`);
      process.exitCode = failed.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
