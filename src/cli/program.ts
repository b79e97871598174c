// Runs a commander program as a process: usage errors exit 2, help exits 0, actions set the rest.
import { type Command, CommanderError } from "commander";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE_OR_CONFIG = 2;

function eachCommand(command: Command, fn: (c: Command) => void): void {
  fn(command);
  for (const sub of command.commands) eachCommand(sub, fn);
}

/**
 * Parses `argv` and runs the chosen action; returns the exit code: the one the action set in
 * process.exitCode, 0 for --help, 2 for a usage error (commander's own default is 1, which here
 * means "some inputs failed").
 */
export async function runProgram(program: Command, argv: string[] = process.argv): Promise<number> {
  eachCommand(program, (c) => {
    c.exitOverride();
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE_OR_CONFIG;
    }
    throw err;
  }
  const code = process.exitCode;
  return typeof code === "number" ? code : EXIT_OK;
}
