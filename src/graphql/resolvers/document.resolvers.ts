// SignedDocument fields: party states, signatories, the visit it was signed during, its reports.
import type { SignedDocumentResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { loadExisting } from "../loaders/batch.js";
import { countryFor } from "../loaders/countries.js";

export const SignedDocument: SignedDocumentResolvers = {
  id: (d) => toGlobalId("SignedDocument", d._id),
  status: (d) => d.status,
  countries: (d, _, ctx) => Promise.all(d.countries.map((code) => countryFor(ctx.data, code))),
  signatories: (d, _, ctx) => loadExisting(ctx.data.personById, d.signatoryIds),
  visit: (d, _, ctx) => (d.visitId ? ctx.data.visitById.load(d.visitId) : null),
  sources: async (d, _, ctx) =>
    loadExisting(ctx.data.articleById, await ctx.data.repos.documents.sources(d._id)),
  evidence: (d, _, ctx) => ctx.data.repos.documents.evidence(d._id),
};
