// Builds the API over a fresh test database and runs operations through executeOperation.
import type { ApolloServerPlugin } from "@apollo/server";
import type { MongoClientOptions } from "mongodb";
import { type Config, loadConfig } from "../../src/config/index.js";
import { createLogger } from "../../src/config/logger.js";
import type { GraphQLContext } from "../../src/graphql/context.js";
import { type BuiltServer, buildServer, type Limits } from "../../src/server/build-server.js";
import { openTestDb, type TestDb } from "../helpers/db.js";

export interface Harness {
  testDb: TestDb;
  server: BuiltServer;
  config: Config;
  /** Runs one operation with a fresh per-request context; fails the test on a transport error. */
  run(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<OperationResult>;
  close(): Promise<void>;
}

export interface OperationResult {
  data: Record<string, unknown> | null;
  errors:
    | {
        message: string;
        extensions?: Record<string, unknown>;
        path?: readonly (string | number)[];
      }[]
    | undefined;
}

export async function openHarness(
  env: Record<string, string> = {},
  options: {
    mongo?: MongoClientOptions;
    limits?: Partial<Limits>;
    plugins?: ApolloServerPlugin<GraphQLContext>[];
  } = {},
): Promise<Harness> {
  const testDb = await openTestDb(options.mongo);
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const logger = createLogger(config);
  const server = await buildServer({
    db: testDb.db,
    config,
    logger,
    limits: options.limits,
    plugins: options.plugins,
  });
  return {
    testDb,
    server,
    config,
    async run(query, variables, headers) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: server.context(headers) },
      );
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: data ?? null, errors: errors as OperationResult["errors"] };
    },
    async close() {
      await server.close();
      await testDb.close();
    },
  };
}

/** The value at a path of a JSON result (undefined when any step is missing). */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let at: unknown = value;
  for (const step of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

/** The nodes of a connection at a path. */
export function nodesAt(value: unknown, ...path: (string | number)[]): Record<string, unknown>[] {
  const edges = dig(value, ...path, "edges");
  if (!Array.isArray(edges)) return [];
  return edges.map((e) => dig(e, "node") as Record<string, unknown>);
}

/** Records every Type.field the server resolves, to check which fields the tests exercise. */
export function fieldRecorder(): { seen: Set<string>; plugin: ApolloServerPlugin<GraphQLContext> } {
  const seen = new Set<string>();
  return {
    seen,
    plugin: {
      async requestDidStart() {
        return {
          async executionDidStart() {
            return {
              willResolveField({ info }) {
                seen.add(`${info.parentType.name}.${info.fieldName}`);
              },
            };
          },
        };
      },
    },
  };
}
