// The extract command: JSON on stdout for every file, and a failing exit when a file could not be read.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-extract-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function extract(files: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...files], {
    encoding: "utf8",
  });
}

describe("extract command", () => {
  it("exits 0 when every file is extracted", () => {
    const r = extract(["seeds/000_4f549373d339ee6f.txt"]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; countries: unknown[] }[];
    expect(out).toHaveLength(1);
    expect(out[0]!.countries.length).toBeGreaterThan(0);
  });

  it("exits 1 and names the files it could not read or decode, still extracting the others", async () => {
    const binary = join(dir, "scan.txt");
    await writeFile(binary, Buffer.from("%PDF-1.7\n%\xe2\xe3\n1 0 obj <<>>", "latin1"));
    const missing = join(dir, "missing.txt");
    const r = extract(["seeds/000_4f549373d339ee6f.txt", missing, binary]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; error?: string }[];
    expect(out.map((o) => o.error ?? "ok")).toEqual([
      "ok",
      `cannot read ${missing}: ENOENT`,
      expect.stringMatching(/^cannot decode .*scan\.txt: binary file \(PDF document\)/),
    ]);
    expect(r.stderr).toContain(`extract: cannot read ${missing}: ENOENT`);
  });
});
