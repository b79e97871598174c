// Statements: direct quotes and reported speech, each attributed to the person who spoke.
import type { Analysis } from "../analysis.js";
import { overlapsAny } from "../text/spans.js";
import type { StatementFact } from "../types.js";
import { byStart, type Candidate, type StatementContext } from "./statements/clauses.js";
import { kazakhVerbStatements } from "./statements/kazakh-rules.js";
import { speechLexicon } from "./statements/lexicon.js";
import { quotedStatements } from "./statements/quote-rules.js";
import { REPORTED_RULES } from "./statements/reported-rules.js";
import { resolveSpeaker, type SpeakerState } from "./statements/speaker.js";

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Nearly the same words (Jaccard >= 0.8). */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union > 0 && shared / union >= 0.8;
}

/** Earlier statements a new one is compared with for repetition; bounds the work on long inputs. */
const REPEAT_WINDOW = 50;

export function findStatements(a: Analysis): StatementFact[] {
  const lex = speechLexicon(a.lang);
  const ctx: StatementContext = {
    a,
    lex,
    verbs: [...a.text.matchAll(lex.verb)],
    mentions: byStart(a.personMentions),
  };
  const direct = quotedStatements(ctx);
  const quotes = direct.map((c) => c.text);
  const attributions = direct.map((c) => c.cue);
  const found: Candidate[] = [
    ...REPORTED_RULES.filter((r) => r.langs.includes(a.lang)).flatMap((r) => r.find(ctx)),
    ...(a.lang === "kk" ? kazakhVerbStatements(ctx) : []),
  ];
  // Reported speech inside a quote or its attribution is part of the quote.
  const reported = found.filter(
    (c) => !overlapsAny(quotes, c.cue) && !overlapsAny(attributions, c.cue),
  );
  const all = [...direct, ...reported].sort((x, y) => x.text.start - y.text.start);
  const st: SpeakerState = {
    a,
    lex,
    quotes,
    mentions: ctx.mentions,
    countries: byStart(a.countries),
    last: null,
  };
  const out: StatementFact[] = [];
  const kept: Array<{ speaker: string; words: Set<string> }> = [];
  // Candidates come in start order, so one overlaps a kept statement only if it starts before the furthest end.
  let takenTo = -1;
  for (const c of all) {
    if (c.text.start < takenTo) continue;
    const person = resolveSpeaker(st, c.speaker.start, c.speaker.end, c.text.start);
    if (person === null) continue;
    const name = a.people[person]?.name ?? null;
    if (!name) continue;
    const words = c.cut
      ? `${a.text.slice(c.text.start, c.cut.start)} ${a.text.slice(c.cut.end, c.text.end)}`
      : a.text.slice(c.text.start, c.text.end);
    st.last = { person, end: Math.max(c.text.end, c.speaker.end) };
    // A lead paragraph often repeats a statement of the body: keep the first.
    const set = wordSet(words);
    if (kept.slice(-REPEAT_WINDOW).some((k) => k.speaker === name && sameWords(k.words, set)))
      continue;
    kept.push({ speaker: name, words: set });
    out.push({ rule: c.rule, span: c.text, speaker: name, kind: c.kind, text: words });
    takenTo = Math.max(takenTo, c.text.end);
  }
  return out;
}
