// Which stored visit reports a batch's reports may be clustered with: those of the same state
// pairs near the reports the batch adds or removes, widened while a visit reaches further, not
// every report of the pair. Reports are read by indexed slots of days (see visitSlot).
import type { Collection } from "mongodb";
import type { MentionDoc } from "../db/types.js";
import { foldText } from "../extraction/text/search-tokens.js";
import { dayNumber, slotsCovering } from "./days.js";
import {
  MAX_REPORT_DAYS,
  type Mention,
  reportDays,
  UNDATED_MERGE_DAYS,
  VISIT_MERGE_DAYS,
} from "./derive.js";
import { datedSlot, undatedSlot } from "./keys.js";

type Visit = Mention<"visit">;

function visitsOf(mentions: MentionDoc[]): Visit[] {
  return mentions.filter((m): m is Visit => m.kind === "visit");
}

function cityKey(m: Visit): string {
  return m.visit.city ? foldText(m.visit.city) : "";
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

/** Slot keys per query: the fallback server turns each into an SQL parameter. */
const SLOTS_PER_QUERY = 1_000;

/** The stored reports of other articles, read by (pair, slot) and by visit, each once. */
class StoredVisits {
  readonly byId = new Map<string, Visit>();
  private readonly slots = new Set<string>();
  private readonly visits = new Set<string>();

  constructor(
    private readonly coll: Collection<MentionDoc>,
    private readonly inBatch: ReadonlySet<string>,
  ) {}

  private keep(found: MentionDoc[]): void {
    for (const m of visitsOf(found)) {
      if (!this.inBatch.has(m.articleId)) this.byId.set(m._id, m);
    }
  }

  /** Reads the reports in the given slots not read before. */
  async loadSlots(wanted: Iterable<string>): Promise<void> {
    const fresh = [...new Set(wanted)].filter((k) => !this.slots.has(k));
    for (const k of fresh) this.slots.add(k);
    for (let at = 0; at < fresh.length; at += SLOTS_PER_QUERY) {
      const slots = fresh.slice(at, at + SLOTS_PER_QUERY);
      this.keep(await this.coll.find({ slot: { $in: slots } }).toArray());
    }
  }

  /** Reads every report of the given visits not read before. */
  async completeVisits(ids: Iterable<string>): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.visits.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.visits.add(id);
    this.keep(await this.coll.find({ entityId: { $in: fresh } }).toArray());
  }

  of(pair: string, test: (m: Visit) => boolean): Visit[] {
    return [...this.byId.values()].filter((m) => m.group === pair && test(m));
  }
}

/**
 * The days a dated report holds in clustering: from its start to three days past its last day.
 * Reports chain into one visit exactly when these ranges overlap, directly or through others.
 */
function held(m: Visit): [number, number] {
  const { start, last } = reportDays(m);
  return [start, last + VISIT_MERGE_DAYS];
}

/** Merged, sorted ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const top = out.at(-1);
    if (top && a <= top[1]) top[1] = Math.max(top[1], b);
    else out.push([a, b]);
  }
  return out;
}

function overlaps(ranges: [number, number][], [a, b]: [number, number]): boolean {
  return ranges.some(([x, y]) => a <= y && x <= b);
}

/**
 * Dated reports: the stored ones whose held days overlap those of a changed report, then those
 * overlapping these and every report of their visits, until none is added. They are every
 * report of every visit the changed ones may join or leave. A report overlapping another starts
 * at most MAX_REPORT_DAYS + 3 days before it, which bounds the slots read.
 */
async function loadDated(stored: StoredVisits, changed: Visit[]): Promise<Visit[]> {
  const seeds = changed.filter((m) => m.visit.clusterDate !== null);
  if (seeds.length === 0) return [];
  const dated = (m: Visit) => m.visit.clusterDate !== null;
  const relevant = new Map<string, Visit>();
  const visits = new Set(seeds.flatMap((m) => (m.entityId ? [m.entityId] : [])));
  let frontier = seeds;
  while (frontier.length > 0) {
    const wanted: string[] = [];
    for (const m of frontier) {
      const [start, end] = held(m);
      const slots = slotsCovering(start - MAX_REPORT_DAYS - VISIT_MERGE_DAYS, end);
      wanted.push(...slots.map((d) => datedSlot(m.group, d)));
    }
    await stored.loadSlots(wanted);
    for (const m of frontier) if (m.entityId) visits.add(m.entityId);
    await stored.completeVisits(visits);
    const next: Visit[] = [];
    for (const pair of new Set(seeds.map((m) => m.group))) {
      const anchors = merge(
        [...seeds, ...relevant.values()].filter((m) => m.group === pair).map(held),
      );
      for (const m of stored.of(pair, dated)) {
        if (relevant.has(m._id)) continue;
        if ((m.entityId && visits.has(m.entityId)) || overlaps(anchors, held(m))) {
          relevant.set(m._id, m);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  return [...relevant.values()];
}

/** One pair and city whose undated, published reports the batch changes. */
interface UndatedStretch {
  pair: string;
  place: string;
  /** Publication days of the changed reports, old and new. */
  first: number;
  last: number;
  /** The batch's new reports there: only they take part in the grouping. */
  fresh: Visit[];
  /** Read from this day (a day a group starts on both before and after the change) on. */
  from: number;
  /** Read (whole slots) up to at least this day. */
  to: number;
  done: Visit[] | null;
}

/**
 * Undated reports of a pair and city group greedily by publication day, each group taking what
 * comes within 30 days of its first, so a change can move every later group's start. Reads, for
 * every stretch at once, from the start of a group that ends before the first change (or from
 * after a 30-day gap) up to a group that starts after the last change as it did before (or up
 * to another gap); leaves the stored reports of each stretch in its `done`.
 */
async function loadUndated(stored: StoredVisits, stretches: UndatedStretch[]): Promise<void> {
  const read = (requests: [UndatedStretch, number, number][]) => {
    return stored.loadSlots(
      requests.flatMap(([s, from, to]) =>
        slotsCovering(from, to).map((d) => undatedSlot(s.pair, s.place, d)),
      ),
    );
  };
  const dayOf = (m: Visit) => dayNumber(m.publishedOn ?? "");
  const here = (s: UndatedStretch) => (m: Visit) =>
    m.visit.clusterDate === null && m.publishedOn !== null && cityKey(m) === s.place;

  // A stored report a month before the first change belongs to a group that ends before it.
  const probe = (s: UndatedStretch): [number, number] => [
    s.first - 2 * UNDATED_MERGE_DAYS - 1,
    s.first - UNDATED_MERGE_DAYS - 1,
  ];
  await read(stretches.map((s) => [s, ...probe(s)]));
  const anchors = new Map<UndatedStretch, string>();
  for (const s of stretches) {
    const [probeFrom, probeTo] = probe(s);
    const before = stored
      .of(s.pair, here(s))
      .filter((m) => dayOf(m) >= probeFrom && dayOf(m) <= probeTo)
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
  await read(stretches.map((s) => [s, s.from, s.to]));

  for (;;) {
    const open = joined(stretches.filter((s) => s.done === null));
    if (open.length === 0) return;
    // Only the days read whole count: a visit's reports read beyond them may leave gaps.
    const mine = (s: UndatedStretch) =>
      stored.of(s.pair, (m) => here(s)(m) && dayOf(m) >= s.from && dayOf(m) <= s.to);
    await stored.completeVisits(
      open.flatMap((s) => mine(s).flatMap((m) => (m.entityId ? [m.entityId] : []))),
    );
    const more: [UndatedStretch, number, number][] = [];
    for (const s of open) {
      const list = mine(s);
      const cut = stableStart(list, s.fresh, s.last);
      const reachTo = cut ?? Math.max(s.last, ...list.map(dayOf)) + UNDATED_MERGE_DAYS + 1;
      // A later stretch of the same pair and city that starts before this one is settled is
      // read with it (joined on the next round).
      const next = open.find(
        (t) => t.pair === s.pair && t.place === s.place && t.from > s.from && t.from <= reachTo,
      );
      if (next) {
        more.push([s, s.to + 1, next.from]);
        s.to = Math.max(s.to, next.from);
        continue;
      }
      if (cut !== null) {
        s.done = list.filter((m) => dayOf(m) < cut);
        continue;
      }
      // Nothing in the days after the last report read: what follows starts a group anyway.
      if (reachTo <= s.to) {
        s.done = list;
        continue;
      }
      more.push([s, s.to + 1, reachTo]);
      s.to = reachTo;
    }
    await read(more);
  }
}

/** Stretches of one pair and city whose days read meet, joined into the first of them. */
function joined(stretches: UndatedStretch[]): UndatedStretch[] {
  const sorted = [...stretches].sort(
    (a, b) => a.pair.localeCompare(b.pair) || a.place.localeCompare(b.place) || a.from - b.from,
  );
  const out: UndatedStretch[] = [];
  for (const s of sorted) {
    const top = out.at(-1);
    if (top && top.pair === s.pair && top.place === s.place && s.from <= top.to + 1) {
      top.fresh.push(...s.fresh);
      top.first = Math.min(top.first, s.first);
      top.last = Math.max(top.last, s.last);
      top.to = Math.max(top.to, s.to);
      s.done = [];
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * The first day after `last` (the last change) on which the stored reports with the batch's new
 * ones (`fresh`) start a group where a stored group starts too: from there on the groups are
 * what they were. Null when there is none among those read.
 */
function stableStart(stored: Visit[], fresh: Visit[], last: number): number | null {
  const day = (m: Visit) => dayNumber(m.publishedOn ?? "");
  const firstOfVisit = new Map<string, number>();
  for (const m of stored) {
    if (!m.entityId) continue;
    firstOfVisit.set(m.entityId, Math.min(firstOfVisit.get(m.entityId) ?? day(m), day(m)));
  }
  const storedStarts = new Set<number>();
  for (const m of stored) {
    if (m.entityId && firstOfVisit.get(m.entityId) === day(m)) storedStarts.add(day(m));
  }
  const days = [...stored, ...fresh].map(day).sort((a, b) => a - b);
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
 * the visits its old and new reports may join or leave.
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
  const stored = new StoredVisits(coll, inBatch);
  const out = new Map<string, Visit>();
  for (const m of await loadDated(stored, changed)) out.set(m._id, m);

  const undated = new Map<string, Visit[]>();
  for (const m of changed) {
    if (!m.visit.clusterDate) push(undated, `${m.group}#${cityKey(m)}`, m);
  }
  const unpublished = new Set<string>();
  const stretches: UndatedStretch[] = [];
  for (const [at, list] of undated) {
    const [pair, place] = [at.slice(0, at.indexOf("#")), at.slice(at.indexOf("#") + 1)];
    // Those of articles without a publication date are one group whatever their number.
    if (list.some((m) => !m.publishedOn)) unpublished.add(undatedSlot(pair, place, null));
    const published = list.filter((m) => m.publishedOn);
    if (published.length === 0) continue;
    // The old reports mark where changes are; only the new ones take part in the grouping.
    // Changes far apart are read as stretches of their own, joined should one reach another.
    const byDay = published
      .map((m) => ({ m, day: dayNumber(m.publishedOn ?? "") }))
      .sort((a, b) => a.day - b.day);
    let current: UndatedStretch | null = null;
    for (const { m, day } of byDay) {
      if (!current || day - current.last > 2 * UNDATED_MERGE_DAYS + 1) {
        current = { pair, place, first: day, last: day, fresh: [], from: day, to: day, done: null };
        stretches.push(current);
      }
      current.last = day;
      if (freshOnes.has(m)) current.fresh.push(m);
    }
  }
  await stored.loadSlots(unpublished);
  for (const m of stored.byId.values()) if (unpublished.has(m.slot)) out.set(m._id, m);
  await loadUndated(stored, stretches);
  for (const s of stretches) for (const m of s.done ?? []) out.set(m._id, m);
  return [...out.values()];
}
