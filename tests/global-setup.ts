// Starts one MongoDB-protocol server for the whole test run and hands its URI to the test files.
import type { TestProject } from "vitest/node";
import { startDatabaseServer } from "../src/db/server.js";

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string;
    mongoKind: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDatabaseServer({
    uri: process.env.MONGODB_URI,
    onStep: (m) => process.stdout.write(`[tests] ${m}\n`),
  });
  process.stdout.write(`[tests] database server: ${server.description}\n`);
  project.provide("mongoUri", server.uri);
  project.provide("mongoKind", server.kind);
  return async () => {
    await server.stop();
  };
}
