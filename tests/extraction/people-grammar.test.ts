// The people grammar piece by piece: every name-part class and name shape reads its own example.
import { describe, expect, it } from "vitest";
import { startAnalysis } from "../../src/extraction/analysis.js";
import { extract } from "../../src/extraction/index.js";
import { findCountries } from "../../src/extraction/rules/countries.js";
import { nameWordsOf } from "../../src/extraction/rules/people/candidate.js";
import { nameRuns } from "../../src/extraction/rules/people/index.js";
import {
  classify,
  isInitial,
  NAME_PARTS,
  type NamePartId,
} from "../../src/extraction/rules/people/name-parts.js";
import { NAME_SHAPES, shapeOf } from "../../src/extraction/rules/people/name-shapes.js";
import { findTitles } from "../../src/extraction/rules/people/titles.js";
import { tokenize } from "../../src/extraction/text/tokens.js";

describe("name-part classes", () => {
  it("have distinct ids", () => {
    const ids = NAME_PARTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(NAME_PARTS.map((p) => [p.id, p] as const))("%s reads its example", (id, part) => {
    const { word, lang, nominative } = part.example;
    if (id === "INITIALS") {
      // An initial is told by the dot after it, so it is read in its text, not alone.
      const tokens = tokenize(word);
      expect(isInitial(word, tokens, 0)).toBe(true);
      expect(tokens[0]?.text).toBe(nominative);
      return;
    }
    const tok = classify(word, lang);
    expect(tok?.kind).toBe(id);
    expect(tok?.nominative).toBe(nominative);
  });
});

/** The classes of a run's words with repeats merged: "А.С. Пушкина" → INITIALS, LAST. */
function partSequence(kinds: NamePartId[]): NamePartId[] {
  return kinds.filter((k, i) => k !== kinds[i - 1]);
}

/** Whether a run's classes fill a shape's parts; an UNKNOWN word takes the name part its place gives. */
function fills(kinds: NamePartId[], parts: readonly NamePartId[]): boolean {
  return (
    kinds.length === parts.length &&
    kinds.every(
      (k, i) => k === parts[i] || (k === "UNKNOWN" && /^(?:FIRST|LAST)$/.test(parts[i] ?? "")),
    )
  );
}

describe("name shapes", () => {
  it("have distinct ids", () => {
    const ids = NAME_SHAPES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(NAME_SHAPES.map((s) => [s.id, s] as const))("%s reads its example", (id, shape) => {
    const fact = extract(shape.example).people.find((p) => p.name === shape.name);
    expect(fact, `extract() finds ${shape.name}`).toBeDefined();
    if (!fact) return;
    const a = startAnalysis(shape.example);
    a.countries = findCountries(a);
    const countries = [...a.countries].sort((x, y) => x.start - y.start);
    const start = fact.mentions[0]?.start;
    const run = nameRuns(a, findTitles(a.tokens), countries).find(
      (r) => a.tokens[r.from]?.start === start,
    );
    expect(run, `a run of name words at ${start}`).toBeDefined();
    if (!run) return;
    const words = nameWordsOf(a.tokens, run, fact.rule);
    expect(words && shapeOf(words).id).toBe(id);
    const kinds = partSequence(run.toks.map((t) => t.kind));
    expect(fills(kinds, shape.parts), `${kinds.join(" ")} fills ${shape.parts.join(" ")}`).toBe(
      true,
    );
  });
});
