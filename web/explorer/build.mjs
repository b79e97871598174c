// Bundles the explorer (web/explorer) into dist/explorer: one script, one stylesheet, the page.
import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "dist", "explorer");
// Built aside and swapped in, so a server reading dist/explorer during a rebuild never sees half a
// bundle, and nothing stale from an earlier build stays (the server serves every file there).
const next = `${out}.next-${process.pid}`;
const old = `${out}.old-${process.pid}`;

mkdirSync(next, { recursive: true });
try {
  await build({
    entryPoints: { explorer: join(here, "main.tsx") },
    outdir: next,
    bundle: true,
    minify: true,
    sourcemap: "linked",
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "warning",
  });
  for (const file of ["index.html", "favicon.svg"])
    copyFileSync(join(here, file), join(next, file));
  try {
    renameSync(out, old);
  } catch {
    // No earlier build.
  }
  renameSync(next, out);
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
