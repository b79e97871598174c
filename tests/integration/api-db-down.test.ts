// When the database goes away the API answers with a clear GraphQL error and /health says so;
// when it comes back the same server answers again.
import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { createLogger } from "../../src/config/logger.js";
import { connectDatabase } from "../../src/db/connect.js";
import { type BuiltServer, buildServer } from "../../src/server/build-server.js";
import { insertFixtures } from "../graphql/fixtures.js";
import { testDatabaseUri } from "../helpers/db.js";

/** A TCP relay to the test database that can be cut and restored on the same port. */
class Relay {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  start(): Promise<void> {
    if (this.server) return Promise.resolve();
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((resolve) =>
      server.listen(this.port, "127.0.0.1", () => {
        const address = server.address();
        if (address && typeof address === "object") this.port = address.port;
        resolve();
      }),
    );
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const target = new URL(testDatabaseUri());
const relay = new Relay(target.hostname, Number(target.port));
const dbName = `test_${randomBytes(6).toString("hex")}`;
let server: BuiltServer;
let url: string;
let closeClient: () => Promise<void>;

beforeAll(async () => {
  await relay.start();
  const { client, db } = await connectDatabase(`mongodb://127.0.0.1:${relay.port}/`, dbName, {
    serverSelectionTimeoutMS: 1_500,
  });
  closeClient = async () => {
    await db.dropDatabase().catch(() => {});
    await client.close();
  };
  await insertFixtures(db);
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent" });
  server = await buildServer({
    db,
    config,
    logger: createLogger(config),
    limits: { healthTimeoutMs: 1_000 },
  });
  url = (await server.listen(0, "127.0.0.1")).url;
});

afterAll(async () => {
  await relay.start().catch(() => {});
  await server?.close();
  await closeClient?.();
  await relay.stop();
});

async function query() {
  const res = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ country(code: "KZ") { code } }` }),
  });
  return (await res.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

test("database down, then back", async () => {
  expect((await query()).data).toEqual({ country: { code: "KZ" } });
  expect((await fetch(`${url}health`)).status).toBe(200);

  await relay.stop();
  const down = await query();
  expect(down.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
  expect(down.errors?.[0]?.message).toMatch(/database is unavailable/);
  const health = await fetch(`${url}health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: "degraded", database: { status: "down" } });

  await relay.start();
  let back = await query();
  for (let i = 0; i < 20 && back.errors; i++) {
    await new Promise((r) => setTimeout(r, 250));
    back = await query();
  }
  expect(back.data).toEqual({ country: { code: "KZ" } });
  expect((await fetch(`${url}health`)).status).toBe(200);
});
