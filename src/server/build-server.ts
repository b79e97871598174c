// Builds the Apollo server and its HTTP front (GraphQL, the IDE page, Sandbox, /health, limits)
// without listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import cors from "cors";
import express, { type ErrorRequestHandler, type Request, type Response } from "express";
import type { Db } from "mongodb";
import type { Config } from "../config/index.js";
import type { Logger } from "../config/logger.js";
import { ensureIndexes } from "../db/collections.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/errors.js";
import { resolvers } from "../graphql/resolvers/index.js";
import { loadTypeDefs } from "../graphql/schema.js";
import { isExplorerPath, serveExplorer } from "./explorer.js";
import { armorConfig, noIntrospection } from "./limits.js";
import { ideAvailable, sendIde, sendUsageHint, webAssetsDir } from "./web.js";

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

/**
 * The Apollo integration refuses a request without a `body` property, and the JSON parser sets
 * none on GETs and non-JSON posts; Apollo itself answers those with the right status.
 */
function withBody(req: Request, _res: Response, next: () => void): void {
  Object.assign(req, { body: req.body });
  next();
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
  const armor = new ApolloArmor(armorConfig(limits, config.production));
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // Introspection is refused by noIntrospection, whose error names INTROSPECTION=true.
    introspection: true,
    validationRules: [
      ...protection.validationRules,
      ...(config.introspection ? [] : [noIntrospection]),
    ],
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

  const app = express();
  app.disable("x-powered-by");
  // Browser clients on other origins may read the graph; the API key is a header they must set.
  app.use(
    cors({
      origin: "*",
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "x-api-key", "apollo-require-preflight"],
      maxAge: 86_400,
    }),
  );

  app.get("/health", async (_req, res) => {
    const database = await pingDatabase(db, limits.healthTimeoutMs);
    res.status(database.up ? 200 : 503).json({
      status: database.up ? "ok" : "degraded",
      database: { status: database.up ? "up" : "down", latencyMs: database.latencyMs },
    });
  });

  // The IDE needs introspection, so it is served exactly when Sandbox would be.
  const ide = config.introspection && ideAvailable();
  if (ide) app.use("/ide", express.static(webAssetsDir(), { index: false, maxAge: "1h" }));

  // A GET without an operation is a person: a browser gets the IDE, anything else a short hint.
  app.get(["/", "/graphql"], (req: Request, res: Response, next) => {
    if (req.query.query !== undefined) return next();
    const wantsPage = req.accepts(["text/plain", "application/json", "text/html"]) === "text/html";
    if (wantsPage && ide) return sendIde(res);
    if (wantsPage && config.introspection) return next();
    sendUsageHint(req, res);
  });

  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) =>
      createContext({ db, config, logger, headers: { get: (name) => req.get(name) } }),
  });
  // `/` and `/graphql` answer operations; Sandbox (which loads from Apollo's CDN) posts to its
  // own page address, so `/sandbox` does too.
  app.use(
    ["/graphql", "/sandbox"],
    express.json({ limit: limits.maxBodyBytes }),
    withBody,
    graphql,
  );
  app.all("/", express.json({ limit: limits.maxBodyBytes }), withBody, graphql);

  app.all(/^\/explore(\/.*)?$/, (req, res, next) => {
    const url = new URL(req.originalUrl, "http://localhost");
    if (!isExplorerPath(url.pathname)) return next();
    serveExplorer(req, res, url).catch(next);
  });
  app.use((req, res) => {
    res.status(404).json({ error: `no route ${req.path}` });
  });
  const onError: ErrorRequestHandler = (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: unknown }).status;
    // Body limits and malformed JSON come from the body parser as client errors.
    if (typeof status === "number" && status >= 400 && status < 500) {
      const message =
        status === 413
          ? `request body over ${limits.maxBodyBytes} bytes`
          : status === 400
            ? "request body is not valid JSON"
            : (err as Error).message;
      res
        .set("connection", "close")
        .status(status)
        .json({ errors: [{ message }] });
      return;
    }
    logger.error({ err, path: req.path }, "HTTP request failed");
    res.status(500).json({ errors: [{ message: "Internal server error" }] });
  };
  app.use(onError);
  httpServer.on("request", app);

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
