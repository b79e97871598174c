// `extract` command: prints one JSON ArticleExtraction per file, in input order, on stdout;
// exit 1 when some file could not be read or decoded.
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { extract } from "../extraction/index.js";
import { decodeArticle } from "../extraction/text/decode.js";

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

const program = new Command()
  .name("extract")
  .description("Extract countries, people, visits, statements and documents from articles")
  .argument("<files...>", "article files (plain text)")
  .action(async (files: string[]) => {
    const results = [];
    for (const file of files) results.push(await extractFile(file));
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    // A file that could not be read is in the output with its error, and is not a success.
    const failed = results.filter((r) => typeof r.error === "string");
    for (const r of failed) process.stderr.write(`extract: ${r.error}\n`);
    if (failed.length > 0) process.exitCode = 1;
  });

await program.parseAsync();
