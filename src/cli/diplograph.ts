#!/usr/bin/env node
// `diplograph` command: extract, load, reprocess and serve; data on stdout, messages on stderr.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { projectRoot } from "../db/project-root.js";
import { extractCommand } from "./extract.js";
import { loadCommand } from "./load.js";
import { runProgram } from "./program.js";
import { reprocessCommand } from "./reprocess.js";
import { serveCommand } from "./serve.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "unknown";
}

const program = new Command("diplograph")
  .description("Diplomatic news to a queryable knowledge graph")
  .version(version())
  .addHelpText(
    "after",
    "\nExit codes: 0 done, 1 some inputs failed, 2 usage or configuration error (or the database is unreachable).",
  )
  .addCommand(extractCommand())
  .addCommand(loadCommand())
  .addCommand(reprocessCommand())
  .addCommand(serveCommand());

process.exitCode = await runProgram(program);
