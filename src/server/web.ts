// The pages a person gets from the server: the bundled GraphQL IDE and a plain-text usage hint.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Request, Response } from "express";
import { projectRoot } from "../db/project-root.js";

/** Where `npm run build` puts the IDE bundle (web/ → dist/web). */
export function webDir(): string {
  return join(projectRoot(), "dist", "web");
}

/** The bundle's scripts, styles, fonts and workers, served under /ide. */
export function webAssetsDir(): string {
  return join(webDir(), "ide");
}

export function ideAvailable(): boolean {
  return existsSync(join(webDir(), "index.html"));
}

export function sendIde(res: Response): void {
  res.sendFile(join(webDir(), "index.html"), { headers: { "cache-control": "no-cache" } });
}

/**
 * What a client that is not a browser gets for `GET /`: where GraphQL is and how to call it, as
 * JSON when it asks for JSON, plain text otherwise.
 */
export function sendUsageHint(req: Request, res: Response): void {
  const base = `${req.protocol}://${req.get("host") ?? "localhost:4000"}`;
  const example = JSON.stringify({ query: '{ country(code: "KZ") { name(lang: EN) } }' });
  if (req.accepts(["text/plain", "application/json"]) === "application/json") {
    res.status(200).json({
      graphql: `${base}/graphql`,
      method: "POST",
      body: { query: "String", variables: "Object (optional)" },
      example: JSON.parse(example),
      ide: `${base}/ (in a browser)`,
    });
    return;
  }
  res
    .status(200)
    .type("text/plain")
    .send(
      [
        "diplograph GraphQL API",
        "",
        `GraphQL endpoint: POST ${base}/graphql (JSON body with "query" and optional "variables")`,
        `Open ${base}/ in a browser for the GraphQL IDE with example queries.`,
        "",
        "Example:",
        `  curl -s ${base}/graphql -H 'content-type: application/json' \\`,
        `    -d '${example}'`,
        "",
      ].join("\n"),
    );
}
