// Structured JSON logs on stderr, so that stdout stays free for command output.
import { pino } from "pino";
import type { Config } from "./index.js";

export type Logger = pino.Logger;

export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({ level: config.logLevel, base: { app: "diplograph" } }, pino.destination(2));
}
