// `serve` command: runs the API server (src/server/main.ts) in this process, configured by env.
import { Command } from "commander";
import { wholeNumber } from "./options.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description(
      "Start the GraphQL server: database (MONGODB_URI or a temporary one), seed articles, HTTP; configured by environment variables (see README)",
    )
    .option("--port <n>", "HTTP port (overrides PORT)", wholeNumber)
    .option("--host <address>", "interface to listen on (overrides HOST)")
    .action(async (opts: { port?: number; host?: string }) => {
      if (opts.port !== undefined) process.env.PORT = String(opts.port);
      if (opts.host !== undefined) process.env.HOST = opts.host;
      // The server's entry point reads the environment, starts, and owns the process from here:
      // its signals, its shutdown and its exit code.
      await import("../server/main.js");
    });
}
