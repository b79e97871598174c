// `extract` command: prints one JSON ArticleExtraction per file, in input order, on stdout.
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
  });

await program.parseAsync();
