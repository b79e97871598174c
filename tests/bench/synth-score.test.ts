import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { goldRecord } from "../../src/bench/corpus-files.js";
import { generateCorpus } from "../../src/bench/synth.js";
import { extract } from "../../src/extraction/index.js";
import { needsShared, sharedPath } from "../helpers/shared.js";

const SCORER = sharedPath("tools", "score-extraction.mjs");
const scorer = needsShared(SCORER);

// A floor, not a target: it catches an extractor or generator change that breaks the pairing
// of synthetic text with its truth. The extractor scored micro F1 0.90 when this was written.
const MICRO_F1_FLOOR = 0.75;

describe("extractor on a synthetic corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "synth-score-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(scorer.skip)(
    scorer.title(`scores at least ${MICRO_F1_FLOOR} micro F1 with the shared scorer`),
    () => {
      const corpus = generateCorpus(40, 11);
      const gold = join(dir, "gold");
      mkdirSync(gold);
      for (const a of corpus) {
        writeFileSync(
          join(gold, a.fileName.replace(/\.txt$/, ".json")),
          JSON.stringify(goldRecord(a)),
        );
      }
      const preds = corpus.map((a) => ({ file: a.fileName, ...extract(a.text) }));
      const predPath = join(dir, "pred.json");
      writeFileSync(predPath, JSON.stringify(preds));
      const out = execFileSync("node", [SCORER, gold, predPath, "--json"], { encoding: "utf8" });
      const summary = JSON.parse(out) as { micro: { f1: number } };
      expect(summary.micro.f1).toBeGreaterThanOrEqual(MICRO_F1_FLOOR);
    },
  );
});
