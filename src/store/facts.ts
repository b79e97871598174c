// Turns one article's extraction into its own documents: the article, its statements and its mentions.
import type { ArticleDoc, MentionDoc, StatementDoc } from "../db/types.js";
import { personKey } from "../extraction/resolve/person-key.js";
import type { ArticleExtraction, PersonFact, VisitFact } from "../extraction/types.js";
import {
  documentIdFromKey,
  documentKey,
  hashHex,
  personIdFromKey,
  statementId,
  visitPair,
  visitSlot,
} from "./keys.js";
import { searchFields } from "./search-tokens.js";

export interface ArticleMeta {
  id: string;
  contentHash: string;
  text: string;
  url: string | null;
  fileName: string | null;
  encoding: string | null;
  /** Given from outside the text; they win over what the header says. */
  provided: { publishedOn: string | null; sourceName: string | null };
}

/** Everything one article writes; ArticleDoc.visitIds is filled once its visits are clustered. */
export interface ArticleFacts {
  article: ArticleDoc;
  statements: StatementDoc[];
  mentions: MentionDoc[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(s: string | null | undefined): string | null {
  return s && ISO_DATE.test(s) ? s : null;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function buildArticleFacts(
  meta: ArticleMeta,
  x: ArticleExtraction,
  ingestedAt: Date,
): ArticleFacts {
  const articleId = meta.id;
  const publishedOn = isoDay(meta.provided.publishedOn) ?? isoDay(x.publishedOn);
  const base = { articleId, entityId: null, publishedOn };
  const mentions: MentionDoc[] = [];

  for (const c of x.countries) {
    const first = c.mentions[0];
    if (!first) continue;
    mentions.push({
      ...base,
      _id: `${articleId}:c:${c.code}`,
      kind: "country",
      group: c.code,
      entityId: c.code,
      country: { code: c.code, start: first.start, end: first.end },
    });
  }

  // Two facts with one key (e.g. "И. Алиев" and "Ильхам Алиев" left unmerged) are one person here.
  const peopleByKey = new Map<string, PersonFact[]>();
  for (const p of x.people) {
    const key = personKey(p.name);
    if (!key) continue;
    const list = peopleByKey.get(key) ?? [];
    list.push(p);
    peopleByKey.set(key, list);
  }
  const personIdByName = new Map<string, string>();
  const countryByName = new Map<string, string | null>();
  for (const [key, facts] of peopleByKey) {
    const id = personIdFromKey(key);
    const longest = facts.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    for (const f of facts) {
      personIdByName.set(f.name, id);
      countryByName.set(f.name, f.country ?? facts.find((g) => g.country)?.country ?? null);
    }
    const spans = facts
      .flatMap((f) => f.mentions.map((s) => ({ start: s.start, end: s.end, rule: f.rule })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    mentions.push({
      ...base,
      _id: `${articleId}:p:${hashHex(key, 16)}`,
      kind: "person",
      group: key,
      entityId: id,
      person: {
        key,
        name: longest.name,
        language: x.language,
        aliases: uniqueSorted(facts.flatMap((f) => [f.name, ...f.aliases])),
        countryCode: facts.find((f) => f.country)?.country ?? null,
        role: facts.find((f) => f.role)?.role ?? null,
        title: facts.find((f) => f.title)?.title ?? null,
        spans,
      },
    });
  }
  const personId = (name: string | null): string | null =>
    name ? (personIdByName.get(name) ?? personIdFromKey(personKey(name))) : null;

  // The visit the article reports: statements and documents of the day belong to it.
  const primary: VisitFact | undefined = x.visits.find((v) => v.tense === "current");
  let primaryMentionId: string | null = null;
  x.visits.forEach((v, i) => {
    const id = `${articleId}:v:${i}`;
    const isPrimary = v === primary;
    if (isPrimary) primaryMentionId = id;
    const startDate = isoDay(v.startDate);
    const clusterDate = startDate ?? (v.tense === "current" ? publishedOn : null);
    const pair = visitPair(v.guestCountry, v.hostCountry);
    mentions.push({
      ...base,
      _id: id,
      kind: "visit",
      group: pair,
      slot: visitSlot(pair, clusterDate, v.city, publishedOn),
      visit: {
        guestCountry: v.guestCountry,
        hostCountry: v.hostCountry,
        guestId: personId(v.guest),
        hostId: personId(v.host),
        kind: v.kind,
        level: v.level,
        city: v.city,
        startDate,
        endDate: isoDay(v.endDate),
        clusterDate,
        tense: v.tense,
        primary: isPrimary,
        start: v.span.start,
        end: v.span.end,
        rule: v.rule,
      },
    });
  });

  x.documents.forEach((d, i) => {
    const key = documentKey(d.title, d.countries);
    const spans = (d.mentions.length > 0 ? d.mentions : [d.span]).map((s) => ({
      start: s.start,
      end: s.end,
    }));
    mentions.push({
      ...base,
      _id: `${articleId}:d:${i}`,
      kind: "document",
      group: key,
      entityId: documentIdFromKey(key),
      document: {
        key,
        title: d.title,
        kind: d.kind,
        tense: d.tense,
        countries: uniqueSorted(d.countries),
        parties: [...new Set(d.parties)],
        signatoryIds: uniqueSorted(d.signatories.map((s) => personId(s)).filter(isString)),
        visitMentionId: d.tense === "current" ? primaryMentionId : null,
        spans,
        rule: d.rule,
      },
    });
  });

  const statements: StatementDoc[] = [];
  const seenStarts = new Set<number>();
  for (const s of x.statements) {
    // The unique (article, offset) key allows one statement per offset.
    if (seenStarts.has(s.span.start)) continue;
    seenStarts.add(s.span.start);
    statements.push({
      _id: statementId(articleId, s.span.start),
      articleId,
      speakerId: personId(s.speaker),
      speakerCountry: s.speaker ? (countryByName.get(s.speaker) ?? null) : null,
      kind: s.kind,
      text: s.text,
      language: x.language,
      visitId: null,
      visitCountries: null,
      rule: s.rule,
      start: s.span.start,
      end: s.span.end,
      ...searchFields(s.text),
    });
  }

  const empty =
    x.countries.length === 0 &&
    x.people.length === 0 &&
    x.visits.length === 0 &&
    x.statements.length === 0 &&
    x.documents.length === 0;
  const article: ArticleDoc = {
    _id: articleId,
    contentHash: meta.contentHash,
    title: x.title,
    language: x.language,
    publishedOn,
    sourceName: meta.provided.sourceName ?? x.source,
    url: meta.url,
    fileName: meta.fileName,
    text: meta.text,
    ingestedAt,
    extractorVersion: x.extractorVersion,
    empty,
    countryCodes: uniqueSorted(x.countries.map((c) => c.code)),
    personIds: uniqueSorted([...peopleByKey.keys()].map(personIdFromKey)),
    visitIds: [],
    documentIds: uniqueSorted(
      mentions.flatMap((m) => (m.kind === "document" && m.entityId ? [m.entityId] : [])),
    ),
    // The whole text, so an article is found by any word in it, not only by its title.
    ...searchFields(`${x.title ?? ""}\n${meta.text}`),
    encoding: meta.encoding,
    provided: meta.provided,
  };
  return { article, statements, mentions };
}

function isString(v: string | null): v is string {
  return v !== null;
}
