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
  sources: (d, _, ctx) => loadExisting(ctx.data.articleById, d.articleIds),
  evidence: (d) => d.evidence,
};
