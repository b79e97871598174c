// Logs on stderr, so that stdout stays free for command output: readable on a terminal, JSON otherwise.
import type { Writable } from "node:stream";
import { pino } from "pino";
import { PinoPretty } from "pino-pretty";
import type { Config } from "./index.js";

export type Logger = pino.Logger;

export interface LoggerOptions {
  /** Readable lines instead of JSON; by default when stderr is a terminal. */
  pretty?: boolean;
  /** Where the lines go; stderr by default. */
  destination?: Writable;
}

/** Readable lines when a person watches stderr; one JSON object a line for log collectors. */
export function createLogger(
  config: Pick<Config, "logLevel">,
  options: LoggerOptions = {},
): Logger {
  const pinoOptions = { level: config.logLevel, base: { app: "diplograph" } };
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  if (pretty) {
    return pino(
      pinoOptions,
      PinoPretty({
        destination: options.destination ?? 2,
        sync: true,
        ignore: "app,pid,hostname",
        translateTime: "SYS:HH:MM:ss",
      }),
    );
  }
  return pino(pinoOptions, options.destination ?? pino.destination(2));
}
