// Builds the IDE bundle (web/ → dist/web) that the server serves at /, as `npm run build` does.
import { execFileSync } from "node:child_process";
import { projectRoot } from "../../src/db/project-root.js";

export function buildWeb(): void {
  execFileSync("npm", ["run", "--silent", "build:web"], { cwd: projectRoot(), stdio: "pipe" });
}
