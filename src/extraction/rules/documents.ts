// Documents: instruments signed, earlier signed or to be signed, from lists after a signing line and from mentions in running text.
import type { Analysis } from "../analysis.js";
import { spansWithin } from "../text/spans.js";
import type { DocumentFact, Span, Tense } from "../types.js";
import type { Found } from "./documents/found.js";
import { documentLexicon } from "./documents/lexicon.js";
import { LIST_ITEM_RULE } from "./documents/list-items.js";
import { documentsAtNouns } from "./documents/noun-rules.js";
import { capitalise, nominativeTitle } from "./documents/title.js";

function stems(title: string): Set<string> {
  const folded = title.toLowerCase().replace(/ё/g, "е");
  return new Set(
    (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2).map((w) => w.slice(0, 5)),
  );
}

/** Same document named twice: most words of the shorter name occur in the longer one. */
function sameDocument(x: Found, y: Found): boolean {
  if (x.kind !== y.kind) return false;
  const a = stems(x.title);
  const b = stems(y.title);
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (big.has(s)) shared++;
  return shared / small.size >= 0.75;
}

/** States party to a document: named in its title, else in its sentence, else the two states the article is about. */
function countriesOf(a: Analysis, f: Found, top: string[]): string[] {
  const within = (s: Span): string[] => spansWithin(a.countries, s.start, s.end).map((c) => c.code);
  const codes = new Set(within(f.span));
  if (codes.size < 2) for (const c of within(f.context)) codes.add(c);
  for (const c of top) {
    if (codes.size >= 2) break;
    codes.add(c);
  }
  return [...codes];
}

function topCountries(a: Analysis): string[] {
  const counts = new Map<string, number>();
  for (const c of a.countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([code]) => code);
}

/** Organisations in "между X и Y": each side where a capitalised word opens it, in the nominative. */
function partiesOf(title: string, lang: "ru" | "kk" | "en"): string[] {
  const m =
    /\b(?:между|between)\s+(.+)$/iu.exec(title) ?? /(?<![\p{L}])между\s+(.+)$/iu.exec(title);
  if (!m?.[1]) return [];
  const sides = m[1].split(/\s+(?:и|and)\s+(?=[\p{Lu}"«])/u);
  if (sides.length !== 2) return [];
  return sides.map((s) => {
    const cut = s
      .replace(/\s+(?:о|об|on|for)\s+\p{Ll}.*$/u, "")
      .replace(/\s+(?:на\s+(?:период\s+)?)?\d.*$/u, "")
      .replace(/\s+в\s+(?:сфере|области)\s.*$/u, "")
      .trim();
    return lang === "ru" ? nominativeTitle(cut, "ru") : capitalise(cut);
  });
}

const TENSE_RANK: Record<Tense, number> = { current: 3, future: 2, past: 1 };

/** Documents a new mention is compared with for sameness; bounds the work on long inputs. */
const MERGE_WINDOW = 100;

export function findDocuments(input: Analysis): DocumentFact[] {
  // The rules look mentions up by binary search, so they get them sorted by position.
  const a: Analysis = {
    ...input,
    personMentions: [...input.personMentions].sort((x, y) => x.start - y.start),
    countries: [...input.countries].sort((x, y) => x.start - y.start),
  };
  const lex = documentLexicon(a.lang);
  const listed = LIST_ITEM_RULE.find(a, lex);
  // A listed item is read once: the nouns inside it are left to the list.
  const found = [
    ...listed,
    ...documentsAtNouns(
      a,
      lex,
      listed.map((f) => f.span),
    ),
  ];
  found.sort((x, y) => x.span.start - y.span.start);
  // Each group is compared through its first and its longest name.
  const groups: Array<{ first: Found; longest: Found; members: Found[] }> = [];
  for (const f of found) {
    const g = groups
      .slice(-MERGE_WINDOW)
      .find((grp) => sameDocument(grp.first, f) || sameDocument(grp.longest, f));
    if (!g) {
      groups.push({ first: f, longest: f, members: [f] });
      continue;
    }
    g.members.push(f);
    if (f.title.length > g.longest.title.length) g.longest = f;
  }
  const top = topCountries(a);
  return groups.map(({ members: g, longest: best }) => {
    const tense = g.reduce(
      (t, f) => (TENSE_RANK[f.tense] > TENSE_RANK[t] ? f.tense : t),
      g[0]?.tense ?? best.tense,
    );
    const first = g[0] ?? best;
    return {
      rule: best.rule,
      span: first.span,
      title: best.title,
      kind: best.kind,
      countries: countriesOf(a, best, top),
      parties: partiesOf(best.title, a.lang),
      signatories: [...new Set(g.flatMap((f) => f.signatories))],
      tense,
      mentions: g.map((f) => f.span),
    };
  });
}
