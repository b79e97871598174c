// Country fields: names per language, its visits, documents and people, and its partners.
import type {
  BilateralRelationsResolvers,
  CountryResolvers,
  PartnerResolvers,
} from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { countryFor } from "../loaders/countries.js";
import type { DataSources } from "../loaders/index.js";
import type { PartnerModel } from "../models.js";

/** Countries with visits or documents in common, most shared visits and documents first. */
async function partnersOf(ds: DataSources, code: string): Promise<PartnerModel[]> {
  const [visits, documents] = await Promise.all([
    ds.repos.visits.partnerCounts(code),
    ds.repos.documents.partnerCounts(code),
  ]);
  const codes = new Set([...visits.keys(), ...documents.keys()]);
  return [...codes]
    .map((other) => ({
      code: other,
      visits: visits.get(other) ?? 0,
      documents: documents.get(other) ?? 0,
    }))
    .sort(
      (x, y) =>
        y.visits + y.documents - (x.visits + x.documents) ||
        y.visits - x.visits ||
        (x.code < y.code ? -1 : 1),
    );
}

export const Country: CountryResolvers = {
  id: (c) => toGlobalId("Country", c._id),
  code: (c) => c._id,
  name: (c, { lang }) => c.names[lang ?? "ru"] || c.names.en || c._id,
  visitsMade: (c, args, ctx) => ctx.data.repos.visits.byGuest(c._id, args),
  visitsHosted: (c, args, ctx) => ctx.data.repos.visits.byHost(c._id, args),
  documents: (c, args, ctx) => ctx.data.repos.documents.byCountry(c._id, args),
  people: (c, args, ctx) => ctx.data.repos.people.byCountry(c._id, args),
  mentionedIn: (c, args, ctx) => ctx.data.repos.articles.namingCountry(c._id, args),
  partners: (c, _, ctx) => partnersOf(ctx.data, c._id),
};

export const Partner: PartnerResolvers = {
  country: (p, _, ctx) => countryFor(ctx.data, p.code),
};

export const BilateralRelations: BilateralRelationsResolvers = {
  a: (r, _, ctx) => countryFor(ctx.data, r.a),
  b: (r, _, ctx) => countryFor(ctx.data, r.b),
  visits: (r, args, ctx) => ctx.data.repos.visits.between(r.a, r.b, args),
  documents: (r, args, ctx) => ctx.data.repos.documents.between(r.a, r.b, args),
  statements: (r, args, ctx) => ctx.data.repos.statements.between(r.a, r.b, args),
};
