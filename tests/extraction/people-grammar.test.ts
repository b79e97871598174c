// The people grammar piece by piece: every name-part class, name shape and person rule reads its own example.
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
import { RUN_RULES, runContext } from "../../src/extraction/rules/people/run-rules.js";
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

/** The article's runs of name words, as findPeople finds them. */
function runsOf(text: string) {
  const a = startAnalysis(text);
  a.countries = findCountries(a);
  const titles = findTitles(a.tokens);
  const countries = [...a.countries].sort((x, y) => x.start - y.start);
  return { a, titles, countries, runs: nameRuns(a, titles, countries) };
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
    const { a, runs } = runsOf(shape.example);
    const start = fact.mentions[0]?.start;
    const run = runs.find((r) => a.tokens[r.from]?.start === start);
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

describe("person rules", () => {
  it("have distinct ids", () => {
    const ids = RUN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RUN_RULES.map((r) => [r.id, r] as const))("%s finds its example", (id, rule) => {
    const fact = extract(rule.example).people.find((p) => p.name === rule.name);
    expect(fact, `extract() finds ${rule.name}`).toBeDefined();
    if (!fact) return;
    if (rule.yields === "candidate") expect(fact.rule).toBe(rule.rule);
    // The rule is the first to match one of the runs that mention the person.
    const { a, titles, countries, runs } = runsOf(rule.example);
    const starts = new Set(fact.mentions.map((m) => m.start));
    const first = runs.flatMap((run) => {
      const from = a.tokens[run.from];
      const to = a.tokens[run.to - 1];
      if (!from || !to || !starts.has(from.start)) return [];
      const context = runContext(a, titles, countries, run, from, to);
      return [RUN_RULES.find((r) => r.matches(context))?.id];
    });
    expect(first).toContain(id);
  });
});
