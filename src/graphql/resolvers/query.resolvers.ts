// Root queries: lookups by id (null when unknown), filtered lists, relations and search.
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { badUserInput } from "../errors.js";
import { rawIdOf } from "../ids.js";
import { countryCodeArg } from "../loaders/arguments.js";
import {
  listArticles,
  listCountries,
  listDocuments,
  listPeople,
  listStatements,
  listVisits,
} from "../loaders/lists.js";
import { search } from "../loaders/search.js";
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

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(ctx, id),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > MAX_NODES) {
      throw badUserInput("ids", `at most ${MAX_NODES}`);
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  },
  country: (_, { code }, ctx) => ctx.data.countryByCode.load(countryCodeArg("code", code)),
  countries: (_, args, ctx) => listCountries(ctx.data, args),
  person: (_, { id }, ctx) => byId(id, "Person", (raw) => ctx.data.personById.load(raw)),
  people: (_, { filter, ...page }, ctx) => listPeople(ctx.data, filter, page),
  visit: (_, { id }, ctx) => byId(id, "Visit", (raw) => ctx.data.visitById.load(raw)),
  visits: (_, { filter, ...page }, ctx) => listVisits(ctx.data, filter, page),
  statement: (_, { id }, ctx) => byId(id, "Statement", (raw) => ctx.data.statementById.load(raw)),
  statements: (_, { filter, ...page }, ctx) => listStatements(ctx.data, filter, page),
  document: (_, { id }, ctx) =>
    byId(id, "SignedDocument", (raw) => ctx.data.documentById.load(raw)),
  documents: (_, { filter, ...page }, ctx) => listDocuments(ctx.data, filter, page),
  article: (_, { id }, ctx) => byId(id, "Article", (raw) => ctx.data.articleById.load(raw)),
  articles: (_, args, ctx) => listArticles(ctx.data, args),
  relations: (_, { a, b }) => ({ a: countryCodeArg("a", a), b: countryCodeArg("b", b) }),
  search: (_, { query, first, types }, ctx) => search(ctx.data, query, first, types),
};
