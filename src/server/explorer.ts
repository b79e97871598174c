// Serves the explorer's static bundle (built by `npm run build:explorer` into dist/explorer) at /explore.
import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { projectRoot } from "../db/project-root.js";

export const EXPLORER_PREFIX = "/explore";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * The page loads nothing but its own files and talks only to this server's /graphql: the
 * policy makes a stray CDN link or an injected script fail loudly instead of working online only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

interface Asset {
  body: Buffer;
  type: string;
}

export function explorerDir(): string {
  return join(projectRoot(), "dist", "explorer");
}

/** Read once: the bundle only changes with a rebuild, which restarts the server. */
let assets: Promise<Map<string, Asset>> | undefined;

async function loadAssets(dir: string): Promise<Map<string, Asset>> {
  const found = new Map<string, Asset>();
  for (const name of await readdir(dir)) {
    const type = CONTENT_TYPES[extname(name)];
    if (type) found.set(name, { body: await readFile(join(dir, name)), type });
  }
  return found;
}

export function isExplorerPath(pathname: string): boolean {
  return pathname === EXPLORER_PREFIX || pathname.startsWith(`${EXPLORER_PREFIX}/`);
}

function send(res: ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    // Not hashed file names, so the browser revalidates rather than keep an old bundle.
    "cache-control": "no-cache",
  });
  res.end(body);
}

/** Answers /explore (the page) and /explore/<file> (its assets); only files the build wrote. */
export async function serveExplorer(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    send(res, 405, "text/plain; charset=utf-8", "the explorer is read with GET\n");
    return;
  }
  const dir = explorerDir();
  assets ??= loadAssets(dir).catch((err: unknown) => {
    assets = undefined;
    throw err;
  });
  let files: Map<string, Asset>;
  try {
    files = await assets;
  } catch {
    send(
      res,
      503,
      "text/plain; charset=utf-8",
      `the explorer is not built: no files in ${dir}; run \`npm run build\`\n`,
    );
    return;
  }
  const rest = url.pathname.slice(EXPLORER_PREFIX.length).replace(/^\/+/, "");
  // Every route of the page lives after the #, so only the page itself and its flat files exist.
  const asset = files.get(rest === "" ? "index.html" : rest);
  if (!asset) {
    send(res, 404, "text/plain; charset=utf-8", `no explorer file ${url.pathname}\n`);
    return;
  }
  // Node leaves the body out of answers to HEAD and keeps its length.
  send(res, 200, asset.type, asset.body);
}
