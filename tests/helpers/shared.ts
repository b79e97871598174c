// The read-only shared folder beside the project (development corpus, gold, scorer); may be absent.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/db/project-root.js";

/** `../shared` next to the project, or SHARED_DIR. */
export const SHARED_DIR = process.env.SHARED_DIR ?? join(projectRoot(), "..", "shared");

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * For tests that need files from the shared folder: whether to skip, and the test's title saying
 * why when it is skipped (vitest shows the title of a skipped test, not a reason).
 */
export function needsShared(...paths: string[]): { skip: boolean; title: (t: string) => string } {
  const missing = paths.filter((p) => !existsSync(p));
  const skip = missing.length > 0;
  return {
    skip,
    title: (t) =>
      skip
        ? `${t} [skipped: ${missing.join(", ")} absent; set SHARED_DIR to the shared folder]`
        : t,
  };
}
