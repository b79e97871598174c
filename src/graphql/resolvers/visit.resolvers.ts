// Visit fields: the two countries and officials, what was said and signed, and its reports.
import type { VisitFlowResolvers, VisitResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { loadExisting } from "../loaders/batch.js";
import { countryFor } from "../loaders/countries.js";

export const Visit: VisitResolvers = {
  id: (v) => toGlobalId("Visit", v._id),
  guestCountry: (v, _, ctx) => countryFor(ctx.data, v.guestCountry),
  hostCountry: (v, _, ctx) => countryFor(ctx.data, v.hostCountry),
  guest: (v, _, ctx) => (v.guestId ? ctx.data.personById.load(v.guestId) : null),
  host: (v, _, ctx) => (v.hostId ? ctx.data.personById.load(v.hostId) : null),
  status: (v) => v.status,
  statements: (v, args, ctx) => ctx.data.repos.statements.byVisit(v._id, args),
  documents: (v, args, ctx) => ctx.data.repos.documents.byVisit(v._id, args),
  sources: (v, _, ctx) => loadExisting(ctx.data.articleById, v.articleIds),
  evidence: (v) => v.evidence,
};

export const VisitFlow: VisitFlowResolvers = {
  guestCountry: (f, _, ctx) => countryFor(ctx.data, f.guestCountry),
  hostCountry: (f, _, ctx) => countryFor(ctx.data, f.hostCountry),
};
