// The per-request context: fresh loaders, the configuration and who is calling.
import type { Db } from "mongodb";
import type { Config } from "../config/index.js";
import type { Logger } from "../config/logger.js";
import { createDataSources, type DataSources } from "./loaders/index.js";

export interface GraphQLContext {
  data: DataSources;
  config: Config;
  logger: Logger;
  /** The x-api-key header as sent, if any. */
  apiKey: string | null;
}

export interface ContextInput {
  db: Db;
  config: Config;
  logger: Logger;
  headers?: { get(name: string): string | undefined | null } | Record<string, string | undefined>;
}

function header(headers: ContextInput["headers"], name: string): string | null {
  if (!headers) return null;
  const value =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | undefined | null }).get(name)
      : (headers as Record<string, string | undefined>)[name];
  return typeof value === "string" ? value : null;
}

export function createContext(input: ContextInput): GraphQLContext {
  return {
    data: createDataSources(input.db),
    config: input.config,
    logger: input.logger,
    apiKey: header(input.headers, "x-api-key"),
  };
}
