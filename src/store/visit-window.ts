// Which stored visit reports a batch's reports may be clustered with: those of the same state
// pairs within a window of days around the reports the batch adds or removes, widened while a
// visit reaches its edge, not every report of the pair.
import type { Collection, Filter } from "mongodb";
import type { MentionDoc } from "../db/types.js";
import { foldText } from "../extraction/text/search-tokens.js";
import {
  dayNumber,
  isoDay,
  MAX_REPORT_DAYS,
  type Mention,
  reportDays,
  UNDATED_MERGE_DAYS,
  VISIT_MERGE_DAYS,
} from "./derive.js";
import { visitDay } from "./keys.js";

type Visit = Mention<"visit">;

function visitsOf(mentions: MentionDoc[]): Visit[] {
  return mentions.filter((m): m is Visit => m.kind === "visit");
}

function cityKey(m: Visit): string {
  return m.visit.city ? foldText(m.visit.city) : "";
}

/** Days a dated report can chain with: a report starting in them may join its visit. */
function reach(m: Visit): [number, number] {
  const { start, last } = reportDays(m);
  return [start - VISIT_MERGE_DAYS - MAX_REPORT_DAYS, last + VISIT_MERGE_DAYS];
}

/** Query terms per command: the fallback server turns each day into an SQL parameter. */
const DAYS_PER_QUERY = 2_000;

/** The stored reports of other articles, read by (pair, day) and by visit, each once. */
class StoredVisits {
  readonly byId = new Map<string, Visit>();
  private readonly days = new Set<string>();
  private readonly visits = new Set<string>();

  constructor(
    private readonly coll: Collection<MentionDoc>,
    private readonly inBatch: ReadonlySet<string>,
  ) {}

  private keep(found: MentionDoc[]): number {
    let added = 0;
    for (const m of visitsOf(found)) {
      if (this.inBatch.has(m.articleId) || this.byId.has(m._id)) continue;
      this.byId.set(m._id, m);
      added++;
    }
    return added;
  }

  /** Reads the reports on the given days (pair → day keys); returns how many were new. */
  async loadDays(wanted: Map<string, Iterable<string>>): Promise<number> {
    const terms: { pair: string; days: string[] }[] = [];
    for (const [pair, days] of wanted) {
      const fresh = [...new Set(days)].filter((d) => !this.days.has(`${pair}#${d}`));
      for (const d of fresh) this.days.add(`${pair}#${d}`);
      if (fresh.length > 0) terms.push({ pair, days: fresh });
    }
    let added = 0;
    let chunk: typeof terms = [];
    let size = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      // The pair first: the fallback server serves each term of an $or by its first condition.
      const or = chunk.map((t) => ({ group: t.pair, day: { $in: t.days }, kind: "visit" }));
      const filter = (or.length === 1 ? or[0] : { $or: or }) as Filter<MentionDoc>;
      added += this.keep(await this.coll.find(filter).toArray());
      chunk = [];
      size = 0;
    };
    for (const t of terms) {
      for (let at = 0; at < t.days.length; at += DAYS_PER_QUERY) {
        const days = t.days.slice(at, at + DAYS_PER_QUERY);
        if (size + days.length > DAYS_PER_QUERY) await flush();
        chunk.push({ pair: t.pair, days });
        size += days.length;
      }
    }
    await flush();
    return added;
  }

  /** Reads every report of the visits the loaded reports belong to; returns how many were new. */
  async completeVisits(ids: Iterable<string>): Promise<number> {
    const fresh = [...new Set(ids)].filter((id) => !this.visits.has(id));
    if (fresh.length === 0) return 0;
    for (const id of fresh) this.visits.add(id);
    return this.keep(await this.coll.find({ entityId: { $in: fresh }, kind: "visit" }).toArray());
  }

  of(pair: string, test: (m: Visit) => boolean): Visit[] {
    return [...this.byId.values()].filter((m) => m.group === pair && test(m));
  }
}

function datedDays(ranges: [number, number][]): string[] {
  const days = new Set<string>();
  for (const [from, to] of ranges) {
    for (let d = from; d <= to; d++) days.add(visitDay(isoDay(d), null, null));
  }
  return [...days];
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

/**
 * Dated reports chain while each starts within a few days of the last: read the days around
 * the changed reports, then the whole visits found there, then the days around those, until
 * nothing new turns up. Every visit a changed report may join or leave is then read whole.
 */
async function loadDated(stored: StoredVisits, changed: Visit[]): Promise<void> {
  const seeds = new Map<string, [number, number][]>();
  for (const m of changed) if (m.visit.clusterDate) push(seeds, m.group, reach(m));
  if (seeds.size === 0) return;
  const dated = (m: Visit) => m.visit.clusterDate !== null;
  for (;;) {
    const wanted = new Map<string, string[]>();
    for (const [pair, ranges] of seeds) {
      wanted.set(pair, datedDays([...ranges, ...stored.of(pair, dated).map(reach)]));
    }
    const days = await stored.loadDays(wanted);
    const whole = await stored.completeVisits(
      [...seeds.keys()].flatMap((pair) =>
        stored.of(pair, dated).flatMap((m) => (m.entityId ? [m.entityId] : [])),
      ),
    );
    if (days + whole === 0) return;
  }
}

/** One pair and city whose undated, published reports the batch changes. */
interface UndatedStretch {
  pair: string;
  city: string;
  /** Publication days of the changed reports, old and new. */
  first: number;
  last: number;
  /** The batch's new reports there: only they take part in the grouping. */
  fresh: Visit[];
  /** Read from this day on (a day a group starts on both before and after the change). */
  from: number;
  /** Read up to this day. */
  to: number;
  done: Visit[] | null;
}

/**
 * Undated reports of a pair and city group greedily by publication day, each group taking what
 * comes within 30 days of its first, so a change can move every later group's start. Reads, for
 * every stretch at once, from the start of a group that ends before the first change (or from
 * after a 30-day gap) up to a group that starts after the last change as it did before (or up
 * to another gap); returns the stored reports of each stretch.
 */
async function loadUndated(stored: StoredVisits, stretches: UndatedStretch[]): Promise<void> {
  const key = (s: UndatedStretch, d: number) => visitDay(null, s.city, isoDay(d));
  const days = (requests: [UndatedStretch, number, number][]) => {
    const wanted = new Map<string, string[]>();
    for (const [s, from, to] of requests) {
      for (let d = from; d <= to; d++) push(wanted, s.pair, key(s, d));
    }
    return stored.loadDays(wanted);
  };
  const dayOf = (m: Visit) => dayNumber(m.publishedOn ?? "");
  const here = (s: UndatedStretch) => (m: Visit) =>
    m.visit.clusterDate === null && m.publishedOn !== null && cityKey(m) === s.city;

  // A stored report a month before the first change belongs to a group that ends before it.
  const probe = (s: UndatedStretch): [number, number] => [
    s.first - 2 * UNDATED_MERGE_DAYS - 1,
    s.first - UNDATED_MERGE_DAYS - 1,
  ];
  await days(stretches.map((s) => [s, ...probe(s)]));
  const anchors = new Map<UndatedStretch, string>();
  for (const s of stretches) {
    const [, probeTo] = probe(s);
    const before = stored
      .of(s.pair, here(s))
      .filter((m) => dayOf(m) <= probeTo)
      .sort((a, b) => dayOf(a) - dayOf(b));
    const anchor = before.at(-1)?.entityId;
    if (anchor) anchors.set(s, anchor);
  }
  await stored.completeVisits(anchors.values());
  for (const s of stretches) {
    const anchor = anchors.get(s);
    const group = anchor ? stored.of(s.pair, (m) => here(s)(m) && m.entityId === anchor) : [];
    s.from = group.length > 0 ? Math.min(...group.map(dayOf)) : s.first - UNDATED_MERGE_DAYS;
    s.to = s.last + UNDATED_MERGE_DAYS;
  }
  await days(stretches.map((s) => [s, s.from, s.to]));

  for (;;) {
    const open = stretches.filter((s) => s.done === null);
    if (open.length === 0) return;
    const mine = (s: UndatedStretch) => stored.of(s.pair, (m) => here(s)(m) && dayOf(m) >= s.from);
    await stored.completeVisits(
      open.flatMap((s) => mine(s).flatMap((m) => (m.entityId ? [m.entityId] : []))),
    );
    const more: [UndatedStretch, number, number][] = [];
    for (const s of open) {
      const list = mine(s);
      const cut = stableStart(list, s.fresh, s.last);
      if (cut !== null) {
        s.done = list.filter((m) => dayOf(m) < cut);
        continue;
      }
      const reachTo = Math.max(s.last, ...list.map(dayOf)) + UNDATED_MERGE_DAYS + 1;
      // Nothing in the days after the last report read: what follows starts a group anyway.
      if (reachTo <= s.to) {
        s.done = list;
        continue;
      }
      more.push([s, s.to + 1, reachTo]);
      s.to = reachTo;
    }
    await days(more);
  }
}

/**
 * The first day after `last` (the last change) on which the stored reports with the batch's new
 * ones (`fresh`) start a group where a stored group starts too: from there on the groups are
 * what they were. Null when there is none among those read.
 */
function stableStart(stored: Visit[], fresh: Visit[], last: number): number | null {
  const firstOfVisit = new Map<string, number>();
  for (const m of stored) {
    if (!m.entityId) continue;
    const d = dayNumber(m.publishedOn ?? "");
    firstOfVisit.set(m.entityId, Math.min(firstOfVisit.get(m.entityId) ?? d, d));
  }
  const storedStarts = new Set<number>();
  for (const m of stored) {
    if (m.entityId && firstOfVisit.get(m.entityId) === dayNumber(m.publishedOn ?? "")) {
      storedStarts.add(dayNumber(m.publishedOn ?? ""));
    }
  }
  const days = [...stored, ...fresh]
    .map((m) => dayNumber(m.publishedOn ?? ""))
    .sort((a, b) => a - b);
  let groupStart = Number.NEGATIVE_INFINITY;
  for (const d of days) {
    if (d - groupStart <= UNDATED_MERGE_DAYS) continue;
    groupStart = d;
    if (d > last && storedStarts.has(d)) return d;
  }
  return null;
}

/**
 * Stored reports of other articles that a batch's reports may share a visit with: every report of
 * the visits its old and new reports may join or leave, read by indexed days of their pairs.
 */
export async function visitWindowMentions(
  coll: Collection<MentionDoc>,
  inBatch: ReadonlySet<string>,
  old: MentionDoc[],
  fresh: MentionDoc[],
): Promise<Visit[]> {
  const changed = visitsOf([...old, ...fresh]);
  if (changed.length === 0) return [];
  const freshOnes = new Set<MentionDoc>(fresh);
  const isFresh = (m: Visit) => freshOnes.has(m);
  const stored = new StoredVisits(coll, inBatch);
  await loadDated(stored, changed);

  const out = new Map<string, Visit>();
  for (const m of stored.byId.values()) if (m.visit.clusterDate) out.set(m._id, m);
  const undated = new Map<string, Visit[]>();
  for (const m of changed) {
    if (!m.visit.clusterDate) push(undated, `${m.group}#${cityKey(m)}`, m);
  }
  const unpublished = new Map<string, string[]>();
  const stretches: UndatedStretch[] = [];
  for (const [at, list] of undated) {
    const [pair, city] = [at.slice(0, at.indexOf("#")), at.slice(at.indexOf("#") + 1)];
    // Those of articles without a publication date are one group whatever their number.
    if (list.some((m) => !m.publishedOn)) push(unpublished, pair, visitDay(null, city, null));
    const published = list.filter((m) => m.publishedOn);
    if (published.length === 0) continue;
    // The old reports mark where changes are; only the new ones take part in the grouping.
    const days = published.map((m) => dayNumber(m.publishedOn ?? ""));
    const [first, last] = [Math.min(...days), Math.max(...days)];
    const fresh = published.filter(isFresh);
    stretches.push({ pair, city, first, last, fresh, from: first, to: last, done: null });
  }
  await stored.loadDays(unpublished);
  for (const [pair, keys] of unpublished) {
    for (const m of stored.of(pair, (x) => !x.visit.clusterDate && !x.publishedOn)) {
      if (keys.includes(m.day)) out.set(m._id, m);
    }
  }
  await loadUndated(stored, stretches);
  for (const s of stretches) for (const m of s.done ?? []) out.set(m._id, m);
  return [...out.values()];
}
