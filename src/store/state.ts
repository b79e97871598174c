// What a writer keeps in memory: every article's facts and each entity group's articles.
// Loaded with one scan and kept current by the writer itself, so deriving an entity never
// queries by a non-key field (the FerretDB fallback scans a whole collection for those).
import { randomBytes } from "node:crypto";
import type { Db } from "mongodb";
import { collections } from "../db/collections.js";
import type { ArticleDoc, FactsDoc, MentionDoc } from "../db/types.js";

export type StoredArticle = Pick<
  ArticleDoc,
  "_id" | "extractorVersion" | "url" | "fileName" | "provided" | "empty"
>;

export type Mention<K extends MentionDoc["kind"]> = Extract<MentionDoc, { kind: K }>;

export interface StoreState {
  /** The generation this cache reflects; another writer's token means it is stale. */
  token: string | null;
  facts: Map<string, FactsDoc>;
  /** `${kind}|${group}` → ids of articles with a mention in that group. */
  groups: Map<string, Set<string>>;
  /**
   * `${collection}|${id}` → digest of the entity as this process last wrote it, so that an entity
   * re-derived unchanged is not written again. Empty after a reload: the first write is blind.
   */
  written: Map<string, string>;
  /** Articles whose document is written (the marker that an article is complete). */
  articles: Map<string, StoredArticle>;
}

const GENERATION_ID = "generation";
const states = new WeakMap<Db, StoreState>();

function groupKey(kind: MentionDoc["kind"], group: string): string {
  return `${kind}|${group}`;
}

function index(state: StoreState, doc: FactsDoc): void {
  for (const m of doc.mentions) {
    const k = groupKey(m.kind, m.group);
    let set = state.groups.get(k);
    if (!set) {
      set = new Set();
      state.groups.set(k, set);
    }
    set.add(doc._id);
  }
}

function unindex(state: StoreState, doc: FactsDoc): void {
  for (const m of doc.mentions) {
    const set = state.groups.get(groupKey(m.kind, m.group));
    set?.delete(doc._id);
    if (set?.size === 0) state.groups.delete(groupKey(m.kind, m.group));
  }
}

async function loadState(db: Db, token: string | null): Promise<StoreState> {
  const c = collections(db);
  const [facts, articles] = await Promise.all([
    c.facts.find().toArray(),
    c.articles
      .find(
        {},
        { projection: { _id: 1, extractorVersion: 1, url: 1, fileName: 1, provided: 1, empty: 1 } },
      )
      .toArray(),
  ]);
  const state: StoreState = {
    token,
    facts: new Map(),
    groups: new Map(),
    written: new Map(),
    articles: new Map(articles.map((a) => [a._id, a as StoredArticle])),
  };
  for (const f of facts) {
    state.facts.set(f._id, f);
    index(state, f);
  }
  return state;
}

/** The cached state, reloaded when another writer (another process) has written since. */
export async function currentState(db: Db): Promise<StoreState> {
  const meta = await collections(db).meta.findOne({ _id: GENERATION_ID });
  const token = meta?.token ?? null;
  const cached = states.get(db);
  if (cached && cached.token === token) return cached;
  const state = await loadState(db, token);
  states.set(db, state);
  return state;
}

/** Drops the cache, e.g. after a failed write left it ahead of the database. */
export function forgetState(db: Db): void {
  states.delete(db);
}

/** Claims a new generation before writing, so that other writers' caches turn stale. */
export async function claimGeneration(db: Db, state: StoreState): Promise<void> {
  const token = randomBytes(8).toString("hex");
  await collections(db).meta.replaceOne({ _id: GENERATION_ID }, { token }, { upsert: true });
  state.token = token;
}

export function putFacts(state: StoreState, doc: FactsDoc): void {
  const old = state.facts.get(doc._id);
  if (old) unindex(state, old);
  state.facts.set(doc._id, doc);
  index(state, doc);
}

const NO_ARTICLES: ReadonlySet<string> = new Set();

/** Ids of the articles with a mention in the group (none when no article has one). */
export function articlesInGroup(
  state: StoreState,
  kind: MentionDoc["kind"],
  group: string,
): ReadonlySet<string> {
  return state.groups.get(groupKey(kind, group)) ?? NO_ARTICLES;
}

/** Every mention of the given groups, from whichever articles hold them. */
export function mentionsOf<K extends MentionDoc["kind"]>(
  state: StoreState,
  kind: K,
  groups: Iterable<string>,
): Mention<K>[] {
  const out: Mention<K>[] = [];
  for (const g of groups) {
    for (const articleId of state.groups.get(groupKey(kind, g)) ?? []) {
      for (const m of state.facts.get(articleId)?.mentions ?? []) {
        if (m.kind === kind && m.group === g) out.push(m as Mention<K>);
      }
    }
  }
  return out;
}
