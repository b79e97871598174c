// The schema's SDL: every schema/*.graphql file, merged in a fixed order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeTypeDefs } from "@graphql-tools/merge";
import type { DocumentNode } from "graphql";
import { projectRoot } from "../db/project-root.js";

export function loadTypeDefs(dir = join(projectRoot(), "schema")): DocumentNode {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}`);
  return mergeTypeDefs(files.map((f) => readFileSync(join(dir, f), "utf8")));
}
