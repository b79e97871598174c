// Scores extraction output against gold annotations, as the shared scorer does (contracts/extraction.md).

type Item = Record<string, unknown> & { optional?: boolean };
export type Article = Record<string, unknown>;

const KK: Record<string, string> = {
  қ: "к",
  ә: "а",
  ө: "о",
  ұ: "у",
  ү: "у",
  і: "и",
  ң: "н",
  ғ: "г",
  һ: "х",
  ё: "е",
  й: "и",
};
const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/[қәөұүіңғһёй]/g, (c) => KK[c] ?? c);
const words = (s: unknown) =>
  norm(s)
    .split(/[^a-zа-я0-9]+/u)
    .filter(Boolean);
const stem = (w: string) => (w.length > 5 ? w.slice(0, 5) : w);
const stems = (s: unknown) => new Set(words(s).map(stem));

function jaccard(a: unknown, b: unknown): number {
  const A = stems(a);
  const B = stems(b);
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

const PATRONYMIC = new Set(["оглу", "оглы", "кызы", "улы"]);

function nameParts(name: unknown): { surname: string; first: string | null } | null {
  const toks = norm(name)
    .replace(/-/g, "")
    .split(/[\s.]+/u)
    .filter((t) => t && !PATRONYMIC.has(t) && !/улы$|кызы$/.test(t));
  const last = toks.at(-1);
  if (!last) return null;
  return { surname: stem(last), first: toks.length > 1 ? (toks[0] ?? null) : null };
}

export function samePerson(a: unknown, b: unknown): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x || !y || x.surname !== y.surname) return false;
  if (x.first && y.first) return x.first[0] === y.first[0];
  return true;
}

const codes = (xs: unknown) =>
  new Set(
    ((xs as unknown[] | undefined) ?? []).map((c) =>
      String(typeof c === "string" ? c : (c as { code?: string })?.code).toUpperCase(),
    ),
  );
const sameSet = (a: unknown, b: unknown) => {
  const A = codes(a);
  const B = codes(b);
  return A.size === B.size && [...A].every((x) => B.has(x));
};

interface ListSpec {
  pair: (g: Item, p: Item) => number;
  attrs: Record<string, (g: Item, p: Item) => boolean>;
}

const LISTS: Record<string, ListSpec> = {
  countries: {
    pair: (g, p) => (String(g.code).toUpperCase() === String(p.code).toUpperCase() ? 1 : 0),
    attrs: {},
  },
  people: {
    pair: (g, p) => (samePerson(g.name, p.name) ? 1 : 0),
    attrs: {
      country: (g, p) => g.country == null || g.country === p.country,
      role: (g, p) => g.role == null || g.role === p.role,
    },
  },
  visits: {
    pair: (g, p) =>
      g.guestCountry === p.guestCountry && g.hostCountry === p.hostCountry
        ? 1 +
          (g.tense === p.tense ? 0.5 : 0) +
          (g.startDate && g.startDate === p.startDate ? 0.25 : 0)
        : 0,
    attrs: {
      tense: (g, p) => g.tense === p.tense,
      kind: (g, p) => g.kind === p.kind,
      level: (g, p) => g.level === p.level,
      guest: (g, p) => (g.guest == null ? true : p.guest != null && samePerson(g.guest, p.guest)),
      host: (g, p) => (g.host == null ? true : p.host != null && samePerson(g.host, p.host)),
      city: (g, p) =>
        g.city == null
          ? p.city == null
          : p.city != null && stem(words(g.city)[0] ?? "") === stem(words(p.city)[0] ?? ""),
      startDate: (g, p) => (g.startDate ?? null) === (p.startDate ?? null),
    },
  },
  statements: {
    pair: (g, p) => {
      if (!g.speaker || !p.speaker || !samePerson(g.speaker, p.speaker)) return 0;
      const j = jaccard(g.text, p.text);
      return j >= 0.5 ? j : 0;
    },
    attrs: { kind: (g, p) => g.kind === p.kind },
  },
  documents: {
    pair: (g, p) => {
      const j = jaccard(g.title, p.title);
      return j >= 0.5 ? j : 0;
    },
    attrs: {
      tense: (g, p) => g.tense === p.tense,
      kind: (g, p) => g.kind === p.kind,
      countries: (g, p) => g.countries == null || sameSet(g.countries, p.countries),
    },
  },
};

export interface ListScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Accuracy of each attribute over matched pairs; null when nothing was matched. */
  attributes: Record<string, number | null>;
}

export interface Score {
  lists: Record<string, ListScore>;
  micro: { precision: number; recall: number; f1: number };
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Scores predicted articles against gold ones, paired by position. */
export function scoreArticles(pairs: Array<{ gold: Article; pred: Article }>): Score {
  const totals: Record<
    string,
    { tp: number; fp: number; fn: number; attrs: Record<string, [number, number]> }
  > = {};
  for (const k of Object.keys(LISTS)) totals[k] = { tp: 0, fp: 0, fn: 0, attrs: {} };
  for (const { gold, pred } of pairs) {
    for (const [k, spec] of Object.entries(LISTS)) {
      const g = (gold[k] as Item[] | undefined) ?? [];
      const p = (pred[k] as Item[] | undefined) ?? [];
      const t = totals[k];
      if (!t) continue;
      const cands: Array<[number, number, number]> = [];
      g.forEach((gi, i) => {
        p.forEach((pi, j) => {
          const s = spec.pair(gi, pi);
          if (s > 0) cands.push([s, i, j]);
        });
      });
      cands.sort((x, y) => y[0] - x[0]);
      const gUsed = new Map<number, number>();
      const pUsed = new Set<number>();
      for (const [, i, j] of cands) {
        if (!gUsed.has(i) && !pUsed.has(j)) {
          gUsed.set(i, j);
          pUsed.add(j);
        }
      }
      g.forEach((gi, i) => {
        const j = gUsed.get(i);
        if (j === undefined) {
          if (!gi.optional) t.fn++;
          return;
        }
        if (gi.optional) return;
        t.tp++;
        const pj = p[j];
        if (!pj) return;
        for (const [a, ok] of Object.entries(spec.attrs)) {
          const acc = t.attrs[a] ?? [0, 0];
          acc[1]++;
          if (ok(gi, pj)) acc[0]++;
          t.attrs[a] = acc;
        }
      });
      p.forEach((_, j) => {
        if (!pUsed.has(j)) t.fp++;
      });
    }
  }
  const lists: Record<string, ListScore> = {};
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const [k, t] of Object.entries(totals)) {
    all = { tp: all.tp + t.tp, fp: all.fp + t.fp, fn: all.fn + t.fn };
    lists[k] = {
      ...prf(t.tp, t.fp, t.fn),
      tp: t.tp,
      fp: t.fp,
      fn: t.fn,
      attributes: Object.fromEntries(
        Object.entries(t.attrs).map(([a, [ok, n]]) => [a, n ? ok / n : null]),
      ),
    };
  }
  return { lists, micro: prf(all.tp, all.fp, all.fn) };
}
