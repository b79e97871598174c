// The read-only shared folder beside the project (development corpus, gold, scorer); may be absent.
import { join } from "node:path";
import { projectRoot } from "../../src/db/project-root.js";

/** `../shared` next to the project, or SHARED_DIR. */
export const SHARED_DIR = process.env.SHARED_DIR ?? join(projectRoot(), "..", "shared");

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
