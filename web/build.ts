// Bundles the GraphQL IDE (web/) into dist/web: the page, GraphiQL with its CSS and fonts, and
// Monaco's editor workers, so the server serves it with no CDN.
import { cp, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const web = dirname(fileURLToPath(import.meta.url));
const out = join(web, "..", "dist", "web");

process.stdout.write(`bundling the GraphQL IDE into ${out}\n`);
await rm(out, { recursive: true, force: true });
await mkdir(join(out, "ide"), { recursive: true });
const common = {
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  logLevel: "warning",
  legalComments: "linked",
  define: { "process.env.NODE_ENV": '"production"' },
} as const;
await build({
  ...common,
  entryPoints: { ide: join(web, "ide.tsx") },
  outdir: join(out, "ide"),
  jsx: "automatic",
  loader: { ".graphql": "text", ".ttf": "file", ".woff": "file", ".woff2": "file" },
  assetNames: "[name]-[hash]",
});
await build({
  ...common,
  entryPoints: {
    "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
    "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
    "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
  },
  outdir: join(out, "ide"),
});
await cp(join(web, "index.html"), join(out, "index.html"));
