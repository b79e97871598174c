// The `diplograph` command as a user runs it: help, pure JSON on stdout, and the documented exit codes.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, LOG_LEVEL: "silent", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, out, err });
      },
    );
  });
}

function diplograph(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return run(process.execPath, ["--import", "tsx", "src/cli/diplograph.ts", ...args], env);
}

const seed = join("seeds", readdirSync("seeds").filter((f) => f.endsWith(".txt"))[0] ?? "");

describe("diplograph", () => {
  it("--help names every subcommand and the exit codes, and exits 0", async () => {
    const r = await diplograph(["--help"]);
    expect(r.code).toBe(0);
    for (const sub of ["extract", "load", "reprocess", "serve"]) expect(r.out).toContain(sub);
    expect(r.out).toMatch(/Exit codes: 0 .* 1 .* 2 /);
  });

  it("each subcommand has its own --help", async () => {
    const r = await diplograph(["load", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--batch-size");
  });

  it.each([
    ["no subcommand", []],
    ["an unknown subcommand", ["frobnicate"]],
    ["an unknown option", ["extract", "--nope", seed]],
    ["a missing argument", ["extract"]],
    ["a bad option value", ["load", "--batch-size", "0", "seeds"]],
  ])("%s is a usage error: exit 2, message on stderr", async (_, args) => {
    const r = await diplograph(args);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeGreaterThan(0);
  });

  it("extract prints only JSON on stdout (so it pipes into jq)", async () => {
    const r = await diplograph(["extract", seed]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { file: string; language?: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.file).toBe(seed);
    expect(r.err).toBe("");
  });

  it("extract of an unreadable file: still JSON on stdout, the reason on stderr, exit 1", async () => {
    const r = await diplograph(["extract", seed, "no-such-file.txt"]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { file: string; error?: string }[];
    expect(parsed.map((p) => p.file)).toEqual([seed, "no-such-file.txt"]);
    expect(parsed[1]?.error).toMatch(/ENOENT/);
    expect(r.err).toMatch(/no-such-file\.txt/);
  });

  it("npm run --silent extract prints the same pure JSON", async () => {
    const r = await run("npm", ["run", "--silent", "extract", "--", seed]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as unknown[]).length).toBe(1);
  });

  it("load: file lines and the summary on stdout; a missing path makes exit 1", async () => {
    const env = { MONGODB_URI: inject("mongoUri"), MONGODB_DB: `cli_load_${process.pid}` };
    const r = await diplograph(["load", seed, "no-such-folder"], env);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^new\s+.*000_/m);
    expect(r.out).toMatch(/^failed\s+no-such-folder/m);
    expect(r.out).toMatch(/^files: 2 \(new 1, .*failed 1/m);
  });

  it("reprocess without MONGODB_URI works on the local data folder that load filled", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "diplograph-reprocess-"));
    try {
      const env = { MONGODB_URI: "", DATA_DIR: dataDir };
      const load = await diplograph(["load", seed], env);
      expect(load.code, load.err).toBe(0);
      const r = await diplograph(["reprocess", "--all"], env);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`using the local database in ${dataDir}`);
      expect(r.out).toMatch(/: 1 articles stored, 1 re-extracted/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("serve in production without MONGODB_URI refuses: exit 2, one line on stderr", async () => {
    const r = await diplograph(["serve", "--port", "0"], {
      NODE_ENV: "production",
      MONGODB_URI: "",
      API_KEY: "a-long-enough-key",
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^diplograph: invalid configuration: MONGODB_URI is required/);
  });
});
