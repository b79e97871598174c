// Root queries: lookups by id (null when unknown), filtered lists, relations and search.
import type {
  QueryResolvers,
  SearchHitType,
  VisitFilter,
} from "../__generated__/resolvers-types.js";
import { countryCodeArg, idArg, tokenGroupsArg } from "../arguments.js";
import { badUserInput } from "../errors.js";
import { rawIdOf } from "../ids.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination.js";
import { ALL_HIT_TYPES } from "../repositories/search.repository.js";
import type { VisitCriteria } from "../repositories/visit.repository.js";
import { loadNode } from "./node.resolvers.js";

const MAX_NODES = 100;

function byId<T>(
  id: string,
  type: Parameters<typeof rawIdOf>[1],
  load: (raw: string) => Promise<T>,
) {
  const raw = rawIdOf(id, type);
  return raw === null ? null : load(raw);
}

/** Drops null and undefined, so that criteria hold only what the client set. */
function given<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

function code(argument: string, value: string | null | undefined): string | undefined {
  return value == null ? undefined : countryCodeArg(argument, value);
}

function tokens(argument: string, text: string | null | undefined): string[][] | undefined {
  return text == null ? undefined : tokenGroupsArg(argument, text);
}

function visitCriteria(f: VisitFilter | null | undefined): VisitCriteria {
  return given({
    country: code("filter.country", f?.country),
    guestCountry: code("filter.guestCountry", f?.guestCountry),
    hostCountry: code("filter.hostCountry", f?.hostCountry),
    person: f?.person == null ? undefined : idArg(f.person, "Person"),
    kind: f?.kind,
    level: f?.level,
    status: f?.status,
    from: f?.from,
    to: f?.to,
  });
}

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(ctx, id),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > MAX_NODES) {
      throw badUserInput("ids", `at most ${MAX_NODES}`);
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  },
  country: (_, { code }, ctx) => ctx.data.countryByCode.load(countryCodeArg("code", code)),
  countries: (_, args, ctx) => ctx.data.repos.countries.list(args),
  person: (_, { id }, ctx) => byId(id, "Person", (raw) => ctx.data.personById.load(raw)),
  people: (_, { filter: f, ...page }, ctx) =>
    ctx.data.repos.people.list(
      given({
        country: code("filter.country", f?.country),
        role: f?.role,
        tokens: tokens("filter.name", f?.name),
      }),
      page,
    ),
  visit: (_, { id }, ctx) => byId(id, "Visit", (raw) => ctx.data.visitById.load(raw)),
  visits: (_, { filter, ...page }, ctx) => ctx.data.repos.visits.list(visitCriteria(filter), page),
  visitFlows: (_, { filter }, ctx) => ctx.data.repos.visits.flows(visitCriteria(filter)),
  statement: (_, { id }, ctx) => byId(id, "Statement", (raw) => ctx.data.statementById.load(raw)),
  statements: (_, { filter: f, ...page }, ctx) =>
    ctx.data.repos.statements.list(
      given({
        speaker: f?.speaker == null ? undefined : idArg(f.speaker, "Person"),
        visit: f?.visit == null ? undefined : idArg(f.visit, "Visit"),
        country: code("filter.country", f?.country),
        language: f?.language,
        kind: f?.kind,
        tokens: tokens("filter.text", f?.text),
      }),
      page,
    ),
  document: (_, { id }, ctx) =>
    byId(id, "SignedDocument", (raw) => ctx.data.documentById.load(raw)),
  documents: (_, { filter: f, ...page }, ctx) =>
    ctx.data.repos.documents.list(
      given({
        country: code("filter.country", f?.country),
        visit: f?.visit == null ? undefined : idArg(f.visit, "Visit"),
        kind: f?.kind,
        status: f?.status,
        tokens: tokens("filter.text", f?.text),
      }),
      page,
    ),
  article: (_, { id }, ctx) => byId(id, "Article", (raw) => ctx.data.articleById.load(raw)),
  articles: (_, args, ctx) => ctx.data.repos.articles.list(args),
  relations: (_, { a, b }) => ({ a: countryCodeArg("a", a), b: countryCodeArg("b", b) }),
  search: (_, { query, first, types }, ctx) => {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
      throw badUserInput("first", `must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`);
    }
    const wanted = new Set<SearchHitType>(types && types.length > 0 ? types : ALL_HIT_TYPES);
    return ctx.data.repos.search.search(tokenGroupsArg("query", query), limit, wanted);
  },
};
