// What the document rules produce before mentions of one document are merged, and who signed it.
import type { Analysis } from "../../analysis.js";
import { spansWithin } from "../../text/spans.js";
import type { DocumentKind, Span, Tense } from "../../types.js";
import type { RuleIdOf } from "../registry.js";
import type { DocumentLexicon } from "./lexicon.js";

/** One mention of a document. */
export interface Found {
  rule: RuleIdOf<"document">;
  title: string;
  kind: DocumentKind;
  span: Span;
  /** The sentence (or list header) that tells the tense and the parties' states. */
  context: Span;
  tense: Tense;
  signatories: string[];
}

/** People named before the signing verb of a sentence: "президенты Токаев и Алиев подписали ...". */
export function signatoriesIn(
  a: Analysis,
  lex: DocumentLexicon,
  context: Span,
  exclude: Span,
): string[] {
  const s = a.text.slice(context.start, context.end);
  const verb = new RegExp(lex.signingNow.source, "iu").exec(s);
  if (!verb) return [];
  const verbAt = context.start + verb.index;
  const names = spansWithin(a.personMentions, context.start, verbAt)
    .filter((m) => m.end <= exclude.start || m.start >= exclude.end)
    .map((m) => a.people[m.person]?.name)
    .filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}
