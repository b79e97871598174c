// Person fields: names, country, statements, visits and the articles that mention them.
import type { PersonResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { countryFor } from "../loaders/countries.js";
import { personEvidence } from "../loaders/evidence.js";
import { ARTICLE_ORDER, STATEMENT_ORDER, VISIT_ORDER } from "../loaders/orderings.js";
import { connectionFromArray } from "../pagination.js";

export const Person: PersonResolvers = {
  id: (p) => toGlobalId("Person", p._id),
  name: (p, { lang }) => (lang ? p.names[lang] : undefined) ?? p.name,
  aliases: (p) => p.aliases,
  country: (p, _, ctx) => (p.countryCode ? countryFor(ctx.data, p.countryCode) : null),
  role: (p) => p.role,
  title: (p) => p.title,
  statements: async (p, args, ctx) =>
    connectionFromArray(STATEMENT_ORDER, await ctx.data.statementsBySpeaker.load(p._id), args),
  visits: async (p, args, ctx) =>
    connectionFromArray(VISIT_ORDER, await ctx.data.visitsByPerson.load(p._id), args),
  mentionedIn: async (p, args, ctx) =>
    connectionFromArray(ARTICLE_ORDER, await ctx.data.articlesByPerson.load(p._id), args),
  evidence: (p, _, ctx) => personEvidence(ctx.data, p._id),
};
