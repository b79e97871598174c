// Reads the environment once into a typed, validated Config; bad values fail start-up with a clear message.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://")
    .optional(),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, "letters, digits, _ and - only, at most 63 characters")
    .default("diplograph"),
  API_KEY: z.string().min(8, "must be at least 8 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  INTROSPECTION: booleanFlag.optional(),
  MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  SEEDS_DIR: z.string().default("seeds"),
  DATA_DIR: z.string().default(".data"),
  LOAD_SEEDS: booleanFlag.default(true),
  DISABLE_WRITES: booleanFlag.default(false),
});

export interface Config {
  port: number;
  host: string;
  mongodbUri: string | undefined;
  mongodbDb: string;
  /** The key `ingestArticle` needs; unset only in development, where writes are then open. */
  apiKey: string | undefined;
  /** DISABLE_WRITES=true: a read-only server, `ingestArticle` answers FORBIDDEN. */
  writesDisabled: boolean;
  nodeEnv: "development" | "production" | "test";
  production: boolean;
  logLevel: string;
  /** Introspection and the Sandbox landing page: on in development, off in production unless asked. */
  introspection: boolean;
  maxFileBytes: number;
  seedsDir: string;
  /** Where the embedded database keeps its files when MONGODB_URI is unset; relative to the project. */
  dataDir: string;
  loadSeeds: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }

  /** The problems on one line, for a process that refuses to start. */
  oneLine(): string {
    return `invalid configuration: ${this.problems.join("; ")}`;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables (e.g. `MONGODB_DB=` in a compose file) mean "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = EnvSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => {
        const key = String(i.path[0] ?? "");
        return `${key}=${JSON.stringify(present[key] ?? "")}: ${i.message}`;
      });
  // An empty key is a key someone forgot to fill in, never "no key, writes open".
  if (env.API_KEY === "") {
    problems.push(
      'API_KEY="": an empty key is not allowed; set one of at least 8 characters, or unset API_KEY',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  return {
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    mongodbDb: e.MONGODB_DB,
    apiKey: e.API_KEY,
    writesDisabled: e.DISABLE_WRITES,
    nodeEnv: e.NODE_ENV,
    production,
    logLevel: e.LOG_LEVEL,
    introspection: e.INTROSPECTION ?? !production,
    maxFileBytes: e.MAX_FILE_BYTES,
    seedsDir: e.SEEDS_DIR,
    dataDir: e.DATA_DIR,
    loadSeeds: e.LOAD_SEEDS,
  };
}

/**
 * The configuration the API server starts with: loadConfig, and in production a database that
 * keeps its data and writes that are either behind a key or switched off.
 */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(env);
  if (!config.production) return config;
  const problems: string[] = [];
  if (!config.mongodbUri) {
    problems.push(
      "MONGODB_URI is required with NODE_ENV=production (the embedded database loses its data on exit)",
    );
  }
  if (!config.apiKey && !config.writesDisabled) {
    problems.push(
      "API_KEY is required with NODE_ENV=production: set a key of at least 8 characters, or DISABLE_WRITES=true for a read-only server",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
