// Person fields: names, country, statements, visits and the articles that mention them.
import type { PersonResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { countryFor } from "../loaders/countries.js";

export const Person: PersonResolvers = {
  id: (p) => toGlobalId("Person", p._id),
  name: (p, { lang }) => (lang ? p.names[lang] : undefined) ?? p.name,
  aliases: (p) => p.aliases,
  country: (p, _, ctx) => (p.countryCode ? countryFor(ctx.data, p.countryCode) : null),
  role: (p) => p.role,
  title: (p) => p.title,
  statements: (p, args, ctx) => ctx.data.repos.statements.bySpeaker(p._id, args),
  visits: (p, args, ctx) => ctx.data.repos.visits.byPerson(p._id, args),
  mentionedIn: (p, args, ctx) => ctx.data.repos.articles.namingPerson(p._id, args),
  evidence: (p, _, ctx) => ctx.data.repos.articles.personSpans(p._id),
};
