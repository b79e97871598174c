// Country fields: names per language, its visits, documents and people, and its partners.
import type {
  BilateralRelationsResolvers,
  CountryResolvers,
  PartnerResolvers,
} from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { countryFor } from "../loaders/countries.js";
import { ARTICLE_ORDER, DOCUMENT_ORDER, PERSON_ORDER, VISIT_ORDER } from "../loaders/orderings.js";
import {
  partnersOf,
  relationDocuments,
  relationStatements,
  relationVisits,
} from "../loaders/relations.js";
import { connectionFromArray } from "../pagination.js";

export const Country: CountryResolvers = {
  id: (c) => toGlobalId("Country", c._id),
  code: (c) => c._id,
  name: (c, { lang }) => c.names[lang ?? "ru"] || c.names.en || c._id,
  visitsMade: async (c, args, ctx) =>
    connectionFromArray(VISIT_ORDER, await ctx.data.visitsByGuestCountry.load(c._id), args),
  visitsHosted: async (c, args, ctx) =>
    connectionFromArray(VISIT_ORDER, await ctx.data.visitsByHostCountry.load(c._id), args),
  documents: async (c, args, ctx) =>
    connectionFromArray(DOCUMENT_ORDER, await ctx.data.documentsByCountry.load(c._id), args),
  people: async (c, args, ctx) =>
    connectionFromArray(PERSON_ORDER, await ctx.data.peopleByCountry.load(c._id), args),
  mentionedIn: async (c, args, ctx) =>
    connectionFromArray(ARTICLE_ORDER, await ctx.data.articlesByCountry.load(c._id), args),
  partners: (c, _, ctx) => partnersOf(ctx.data, c._id),
};

export const Partner: PartnerResolvers = {
  country: (p, _, ctx) => countryFor(ctx.data, p.code),
};

export const BilateralRelations: BilateralRelationsResolvers = {
  a: (r, _, ctx) => countryFor(ctx.data, r.a),
  b: (r, _, ctx) => countryFor(ctx.data, r.b),
  visits: (r, args, ctx) => relationVisits(ctx.data, r.a, r.b, args),
  documents: (r, args, ctx) => relationDocuments(ctx.data, r.a, r.b, args),
  statements: (r, args, ctx) => relationStatements(ctx.data, r.a, r.b, args),
};
