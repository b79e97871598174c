// Derives shared entities (countries, people, visits, documents) from the mentions of them.
// Each entity is a pure function of its group's mentions (a person, of the counts of what its
// mentions say), so load order, reruns and reprocessing all end in the same documents.
import type {
  CountryDoc,
  DocumentCounts,
  DocumentMentionFields,
  MentionDoc,
  PersonCounts,
  PersonDoc,
  PersonMentionFields,
  SignedDocumentDoc,
  VisitDoc,
} from "../db/types.js";
import { foldText } from "../extraction/text/search-tokens.js";
import type { Language, Tense } from "../extraction/types.js";
import { countryNames } from "./country-names.js";
import { dayNumber } from "./days.js";
import { documentIdFromKey, personIdFromKey, visitId } from "./keys.js";
import { searchFields } from "./search-tokens.js";

export type Mention<K extends MentionDoc["kind"]> = Extract<MentionDoc, { kind: K }>;

/** Documents to write and ids to delete for one entity collection. */
export interface Derived<T> {
  upserts: T[];
  deletes: string[];
}

/** Most frequent value; ties go to the longer, then the alphabetically first, so the pick is stable. */
export function mostFrequent<T extends string>(values: Iterable<T | null | undefined>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return mostCounted(counts);
}

/** The value with the highest count, ties broken as in mostFrequent; whatever the order given. */
export function mostCounted<T extends string>(counts: Iterable<[T, number]>): T | null {
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (!v || n <= 0) continue;
    if (
      best === null ||
      n > bestCount ||
      (n === bestCount && (v.length > best.length || (v.length === best.length && v < best)))
    ) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function byArticleThenId(a: MentionDoc, b: MentionDoc): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a._id < b._id ? -1 : 1;
}

/** The strongest tense among reports: a visit that happened outranks its announcement. */
function strongestTense(tenses: Iterable<Tense>): Tense {
  const set = new Set(tenses);
  return set.has("current") ? "current" : set.has("past") ? "past" : "future";
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/**
 * A country is reference data: the articles that name it are found by their countryCodes (and
 * the spans in their facts), so its document stays the same size however many articles arrive.
 */
export function buildCountry(code: string): CountryDoc {
  return { _id: code, names: countryNames(code) };
}

const LANGUAGES = ["ru", "kk", "en"] as const satisfies readonly Language[];

/** A value as a field name: "%", "." and "$" percent-encoded, since a field name cannot hold them. */
function countKey(value: string): string {
  return value.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function valueOfKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * What one person mention adds to its person's counts, as paths within PersonCounts
 * ("names.ru.<value>", "aliases.<value>", ...), each with 1.
 */
export function mentionCountPaths(p: PersonMentionFields): string[] {
  const paths = [`names.${p.language}.${countKey(p.name)}`];
  for (const a of new Set([p.name, ...p.aliases])) if (a) paths.push(`aliases.${countKey(a)}`);
  if (p.countryCode) paths.push(`countries.${countKey(p.countryCode)}`);
  if (p.role) paths.push(`roles.${countKey(p.role)}`);
  if (p.title) paths.push(`titles.${countKey(p.title)}`);
  return paths;
}

/** Counts as path → count, the form deltas are added in. */
export function flattenCounts(counts: object): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (prefix: string, obj: object) => {
    for (const [k, v] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (typeof v === "number") out.set(path, v);
      else if (v && typeof v === "object") walk(path, v);
    }
  };
  walk("", counts);
  return out;
}

/** The nested form of path → count, without the paths whose count is not positive. */
export function nestCounts<C extends object = PersonCounts>(flat: Map<string, number>): C {
  const out: Record<string, unknown> = {};
  for (const [path, n] of flat) {
    if (n <= 0) continue;
    const parts = path.split(".");
    let at = out;
    for (const part of parts.slice(0, -1)) {
      at[part] ??= {};
      at = at[part] as Record<string, unknown>;
    }
    at[parts.at(-1)!] = n;
  }
  return out as C;
}

function decoded(counts: Record<string, number> | undefined): [string, number][] {
  return Object.entries(counts ?? {}).map(([k, n]) => [valueOfKey(k), n]);
}

/** How many mentions the counts stand for: each mention counts exactly one name. */
export function mentionTotal(counts: PersonCounts): number {
  let n = 0;
  for (const byName of Object.values(counts.names ?? {})) {
    for (const c of Object.values(byName ?? {})) n += c;
  }
  return n;
}

/** A person as its mentions' counts describe it: each field the most frequent value. */
export function buildPerson(key: string, counts: PersonCounts): PersonDoc {
  const names: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const best = mostCounted(decoded(counts.names?.[lang]));
    if (best) names[lang] = best;
  }
  const allNames = new Map<string, number>();
  for (const lang of LANGUAGES) {
    for (const [v, n] of decoded(counts.names?.[lang])) allNames.set(v, (allNames.get(v) ?? 0) + n);
  }
  const name = names.ru ?? names.kk ?? names.en ?? mostCounted(allNames);
  const aliases = decoded(counts.aliases)
    .filter(([, n]) => n > 0)
    .map(([v]) => v)
    .sort();
  return {
    _id: personIdFromKey(key),
    key,
    name: name ?? key,
    names,
    aliases,
    countryCode: mostCounted(decoded(counts.countries)),
    role: mostCounted(decoded(counts.roles)) as PersonDoc["role"],
    title: mostCounted(decoded(counts.titles)),
    ...searchFields([...Object.values(names), ...aliases].join(" ")),
    counts,
  };
}

/** Reports of one trip may date it a few days apart (arrival, talks, departure). */
export const VISIT_MERGE_DAYS = 3;

/**
 * The longest a report's days reach in clustering: a report of a longer stay chains as if it
 * ended this many days after it began, so that what a report can chain with lies within a
 * bounded window of days and a batch reads only that window of its pair.
 */
export const MAX_REPORT_DAYS = 31;

/** First and last day (day numbers) of a dated report, as clustering counts them. */
export function reportDays(m: Mention<"visit">): { start: number; last: number } {
  const start = dayNumber(m.visit.clusterDate ?? "");
  const end = m.visit.endDate ? Math.max(start, dayNumber(m.visit.endDate)) : start;
  return { start, last: Math.min(end, start + MAX_REPORT_DAYS) };
}

/**
 * Undated reports (a planned trip, a recalled one) name no day: those of one state pair and city
 * merge while published within this many days of the first, so that reports years apart stay
 * apart and a pair's visit count, not one visit, grows with the corpus.
 */
export const UNDATED_MERGE_DAYS = 30;

/**
 * Splits one state pair's visit mentions into visits: dated mentions chain while each starts
 * within three days of the cluster's last day; undated ones group by city and publication date
 * (those of articles without one by city alone).
 */
export function clusterVisits(mentions: Mention<"visit">[]): Mention<"visit">[][] {
  const dated = mentions
    .filter((m) => m.visit.clusterDate)
    .sort(
      (a, b) =>
        (a.visit.clusterDate ?? "").localeCompare(b.visit.clusterDate ?? "") ||
        byArticleThenId(a, b),
    );
  const clusters: Mention<"visit">[][] = [];
  let current: Mention<"visit">[] | null = null;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const m of dated) {
    const { start, last: end } = reportDays(m);
    if (current && start - lastDay <= VISIT_MERGE_DAYS) {
      current.push(m);
      lastDay = Math.max(lastDay, end);
    } else {
      current = [m];
      clusters.push(current);
      lastDay = end;
    }
  }
  const undated = groupBy(
    mentions.filter((m) => !m.visit.clusterDate),
    (m) => (m.visit.city ? foldText(m.visit.city) : ""),
  );
  for (const list of undated.values()) {
    const unpublished = list.filter((m) => !m.publishedOn);
    const published = list
      .filter((m) => m.publishedOn)
      .sort(
        (a, b) => (a.publishedOn ?? "").localeCompare(b.publishedOn ?? "") || byArticleThenId(a, b),
      );
    if (unpublished.length > 0) clusters.push(unpublished.sort(byArticleThenId));
    const groups: Mention<"visit">[][] = [];
    let firstDay = Number.NEGATIVE_INFINITY;
    for (const m of published) {
      const day = dayNumber(m.publishedOn ?? "");
      if (groups.length > 0 && day - firstDay <= UNDATED_MERGE_DAYS) {
        groups.at(-1)!.push(m);
      } else {
        groups.push([m]);
        firstDay = day;
      }
    }
    for (const g of groups) clusters.push(g.sort(byArticleThenId));
  }
  return clusters;
}

function firstPublished(cluster: Mention<"visit">[]): string | null {
  const days = cluster.map((m) => m.publishedOn).filter((d) => d !== null);
  return days.length > 0 ? days.sort()[0]! : null;
}

export function buildVisit(pair: string, cluster: Mention<"visit">[]): VisitDoc {
  const first = cluster[0]!;
  const clusterDates = cluster.map((m) => m.visit.clusterDate).filter((d) => d !== null);
  const firstClusterDate = clusterDates.length > 0 ? clusterDates.sort()[0]! : null;
  const starts = cluster.map((m) => m.visit.startDate).filter((d) => d !== null);
  const ends = cluster.map((m) => m.visit.endDate).filter((d) => d !== null);
  const city = mostFrequent(cluster.map((m) => m.visit.city));
  const tense = strongestTense(cluster.map((m) => m.visit.tense));
  const kind = mostFrequent(cluster.map((m) => m.visit.kind).filter((k) => k !== "unspecified"));
  const level = mostFrequent(cluster.map((m) => m.visit.level).filter((l) => l !== "other"));
  return {
    _id: visitId(pair, firstClusterDate, city, firstClusterDate ? null : firstPublished(cluster)),
    guestCountry: first.visit.guestCountry,
    hostCountry: first.visit.hostCountry,
    guestId: mostFrequent(cluster.map((m) => m.visit.guestId)),
    hostId: mostFrequent(cluster.map((m) => m.visit.hostId)),
    kind: kind ?? "unspecified",
    level: level ?? "other",
    city,
    startDate: starts.length > 0 ? starts.sort()[0]! : null,
    endDate: ends.length > 0 ? ends.sort().at(-1)! : null,
    status: tense === "future" ? "PLANNED" : "COMPLETED",
    tense,
    articleIds: uniqueSorted(cluster.map((m) => m.articleId)),
    evidence: cluster.map((m) => ({
      articleId: m.articleId,
      start: m.visit.start,
      end: m.visit.end,
      rule: m.visit.rule ?? null,
    })),
  };
}

export interface DerivedVisits extends Derived<VisitDoc> {
  /** Visit id of every mention in the derived pairs. */
  byMention: Map<string, string>;
  /** Mentions whose recorded visit id differs from the one just derived. */
  changed: { mentionId: string; articleId: string; from: string | null; to: string }[];
  /** Visit ids the stored mentions and the replaced ones name: written before. */
  known: Set<string>;
}

/**
 * The visit a cluster already is, when nothing about it can have changed: every mention is
 * recorded with that visit (new reports carry none yet) and no other mention of the pair is,
 * and no replaced mention named the visit. Building it again would give the stored document.
 */
function unchangedVisit(
  cluster: Mention<"visit">[],
  recorded: Map<string, number>,
  replaced: ReadonlySet<string>,
): string | null {
  const id = cluster[0]?.entityId;
  if (!id || replaced.has(id) || recorded.get(id) !== cluster.length) return null;
  return cluster.every((m) => m.entityId === id) ? id : null;
}

/**
 * Clusters visit mentions (every stored mention of the visits they may form, with the batch's
 * new ones in place of its old) into visits. `previous` holds visit ids that they had before
 * (from replaced mentions): those no cluster produces any more are deleted. Only the visits whose
 * reports changed are built again.
 */
export function deriveVisits(
  mentions: Mention<"visit">[],
  previous: Iterable<string>,
): DerivedVisits {
  const byPair = groupBy([...mentions].sort(byArticleThenId), (m) => m.group);
  const byMention = new Map<string, string>();
  const changed: DerivedVisits["changed"] = [];
  const upserts: VisitDoc[] = [];
  const before = new Set(previous);
  const replaced = new Set(before);
  const keep = new Set<string>();
  for (const [pair, list] of byPair) {
    const recorded = new Map<string, number>();
    for (const m of list) {
      if (!m.entityId) continue;
      before.add(m.entityId);
      recorded.set(m.entityId, (recorded.get(m.entityId) ?? 0) + 1);
    }
    for (const cluster of clusterVisits(list)) {
      const same = unchangedVisit(cluster, recorded, replaced);
      if (same) {
        keep.add(same);
        for (const m of cluster) byMention.set(m._id, same);
        continue;
      }
      const doc = buildVisit(pair, cluster);
      upserts.push(doc);
      keep.add(doc._id);
      for (const m of cluster) {
        byMention.set(m._id, doc._id);
        if (m.entityId !== doc._id) {
          changed.push({ mentionId: m._id, articleId: m.articleId, from: m.entityId, to: doc._id });
        }
      }
    }
  }
  return {
    upserts,
    deletes: [...before].filter((id) => !keep.has(id)),
    byMention,
    changed,
    known: before,
  };
}

/** What the counts of a document mention depend on: its fields, date and visit. */
export interface CountedDocument {
  document: DocumentMentionFields;
  publishedOn: string | null;
  /** The visit the article reports the signing in, as clustered now. */
  visitId: string | null;
}

/** What one document mention adds to its document's counts, as paths within DocumentCounts. */
export function documentCountPaths({
  document: d,
  publishedOn,
  visitId,
}: CountedDocument): string[] {
  const paths = [
    `titles.${countKey(d.title)}`,
    `kinds.${countKey(d.kind)}`,
    `tenses.${countKey(d.tense)}`,
    `parties.${countKey(JSON.stringify(d.parties))}`,
  ];
  for (const c of new Set(d.countries)) paths.push(`countries.${countKey(c)}`);
  for (const p of new Set(d.signatoryIds)) paths.push(`signatories.${countKey(p)}`);
  if (d.tense === "current" && publishedOn) paths.push(`signedOn.${countKey(publishedOn)}`);
  if (visitId) paths.push(`visits.${countKey(visitId)}`);
  return paths;
}

/** How many mentions a document's counts stand for: each has one tense. */
export function documentMentionTotal(counts: DocumentCounts): number {
  return Object.values(counts.tenses ?? {}).reduce((n, c) => n + c, 0);
}

function present(counts: Record<string, number> | undefined): string[] {
  return decoded(counts)
    .filter(([, n]) => n > 0)
    .map(([v]) => v)
    .sort();
}

/**
 * Parties in the order the mentions list them: the most frequent list first (ties as in
 * mostCounted), then each further list's parties not yet named.
 */
function partiesOf(counts: Record<string, number> | undefined): string[] {
  const lists = decoded(counts).filter(([, n]) => n > 0);
  const parties: string[] = [];
  while (lists.length > 0) {
    const best = mostCounted(lists)!;
    lists.splice(
      lists.findIndex(([v]) => v === best),
      1,
    );
    for (const p of JSON.parse(best) as string[]) if (!parties.includes(p)) parties.push(p);
  }
  return parties;
}

/** A document as its mentions' counts describe it. */
export function documentFromCounts(key: string, counts: DocumentCounts): SignedDocumentDoc {
  const tenses = present(counts.tenses) as Tense[];
  const titles = present(counts.titles);
  return {
    _id: documentIdFromKey(key),
    title: mostCounted(decoded(counts.titles)) ?? key,
    kind: (mostCounted(decoded(counts.kinds)) as SignedDocumentDoc["kind"] | null) ?? "other",
    status: tenses.some((t) => t !== "future") ? "SIGNED" : "PLANNED",
    tense: strongestTense(tenses),
    countries: present(counts.countries),
    parties: partiesOf(counts.parties),
    signatoryIds: present(counts.signatories),
    signedOn: present(counts.signedOn)[0] ?? null,
    visitId: mostCounted(decoded(counts.visits)),
    ...searchFields(titles.join(" ")),
    counts,
  };
}

/** A document from every mention of it, as the store keeps it by counting them one by one. */
export function buildDocument(
  key: string,
  mentions: Mention<"document">[],
  visitOf: (mentionId: string) => string | null,
): SignedDocumentDoc {
  const flat = new Map<string, number>();
  for (const m of mentions) {
    const visitId = m.document.visitMentionId ? visitOf(m.document.visitMentionId) : null;
    for (const path of documentCountPaths({
      document: m.document,
      publishedOn: m.publishedOn,
      visitId,
    })) {
      flat.set(path, (flat.get(path) ?? 0) + 1);
    }
  }
  return documentFromCounts(key, nestCounts<DocumentCounts>(flat));
}
