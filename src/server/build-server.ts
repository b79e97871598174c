// Builds the Apollo server and its HTTP front (GraphQL, Sandbox, /health, limits) without listening.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  ApolloServer,
  type ApolloServerPlugin,
  HeaderMap,
  type HTTPGraphQLRequest,
} from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Db } from "mongodb";
import type { Config } from "../config/index.js";
import type { Logger } from "../config/logger.js";
import { ensureIndexes } from "../db/collections.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/errors.js";
import { resolvers } from "../graphql/resolvers/index.js";
import { loadTypeDefs } from "../graphql/schema.js";
import { isExplorerPath, serveExplorer } from "./explorer.js";

export interface BuildServerOptions {
  db: Db;
  config: Config;
  logger: Logger;
  /** Abuse limits; the defaults suit the schema's deepest useful queries. */
  limits?: Partial<Limits>;
  /** Further Apollo plugins (tracing, field coverage in tests). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Request body bytes; ingestArticle carries a whole article, so this follows maxFileBytes. */
  maxBodyBytes: number;
  /** How long /health waits for the database before reporting it down. */
  healthTimeoutMs: number;
}

export interface BuiltServer {
  apollo: ApolloServer<GraphQLContext>;
  /** A fresh per-request context, as HTTP requests get; for executeOperation in tests. */
  context(headers?: Record<string, string>): GraphQLContext;
  listen(port: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
}

/** Opens Sandbox on a query that works against the seed articles. */
const EXAMPLE_OPERATION = `# Visits between Kazakhstan and Azerbaijan, newest first.
query Relations {
  relations(a: "KZ", b: "AZ") {
    visits(first: 5) {
      totalCount
      edges {
        node {
          startDate
          kind
          status
          guest { name }
          host { name }
          documents { edges { node { title kind } } }
        }
      }
    }
  }
}
`;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBytes) {
      reject(new HttpError(413, `request body over ${maxBytes} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new HttpError(413, `request body over ${maxBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function pingDatabase(
  db: Db,
  timeoutMs: number,
): Promise<{ up: boolean; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.command({ ping: 1 }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("ping timed out")), timeoutMs);
      }),
    ]);
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { up: false, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

export async function buildServer(options: BuildServerOptions): Promise<BuiltServer> {
  const { db, config, logger } = options;
  const limits: Limits = {
    maxDepth: 12,
    maxCost: 50_000,
    maxAliases: 15,
    maxTokens: 2_000,
    maxDirectives: 20,
    maxBodyBytes: config.maxFileBytes + 64 * 1024,
    healthTimeoutMs: 2_000,
    ...options.limits,
  };
  try {
    await ensureIndexes(db);
  } catch (err) {
    // Queries still work without the indexes, only slower; a down database must not stop start-up.
    logger.warn({ err }, "could not create the API's indexes");
  }

  const httpServer = createServer();
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    // graphql-js's own parse limit answers 400; the armor plugin's would surface as a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createFormatError({
      production: config.production,
      onInternalError: (err, formatted) =>
        logger.error({ err, path: formatted.path }, "GraphQL request failed"),
    }),
    // These plugins never read the context, so they serve any context type.
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            footer: false,
            document: EXAMPLE_OPERATION,
          })
        : ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ] as ApolloServerPlugin<GraphQLContext>[],
  });
  await apollo.start();

  const context = (headers: Record<string, string> = {}) =>
    createContext({ db, config, logger, headers });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req, limits.maxBodyBytes);
      const type = headers.get("content-type") ?? "";
      if (type.includes("application/json") && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, "request body is not valid JSON");
        }
      } else {
        body = raw;
      }
    }
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => createContext({ db, config, logger, headers }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handleHealth(res: ServerResponse): Promise<void> {
    const database = await pingDatabase(db, limits.healthTimeoutMs);
    sendJson(res, database.up ? 200 : 503, {
      status: database.up ? "ok" : "degraded",
      database: { status: database.up ? "up" : "down", latencyMs: database.latencyMs },
    });
  }

  httpServer.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Browser clients on other origins may read the graph; the API key is a header they must set.
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": "content-type, x-api-key, apollo-require-preflight",
        "access-control-max-age": "86400",
      });
      res.end();
      return;
    }
    const route =
      url.pathname === "/health"
        ? handleHealth(res)
        : url.pathname === "/" || url.pathname === "/graphql"
          ? handleGraphQL(req, res, url)
          : isExplorerPath(url.pathname)
            ? serveExplorer(req, res, url)
            : Promise.resolve(sendJson(res, 404, { error: `no route ${url.pathname}` }));
    route.catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        res.setHeader("connection", "close");
        sendJson(res, err.status, { errors: [{ message: err.message }] });
        return;
      }
      logger.error({ err, path: url.pathname }, "HTTP request failed");
      sendJson(res, 500, { errors: [{ message: "Internal server error" }] });
    });
  });

  return {
    apollo,
    context,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shownHost}:${address.port}/` });
        });
      });
    },
    async close() {
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
