// Article fields: metadata, text and everything extracted from it.
import type { ArticleResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { loadExisting } from "../loaders/batch.js";
import { countryFor } from "../loaders/countries.js";
import { articleText } from "./evidence.resolvers.js";

export const Article: ArticleResolvers = {
  id: (a) => toGlobalId("Article", a._id),
  text: (a, _, ctx) => a.text ?? articleText(ctx, a._id),
  countries: (a, _, ctx) => Promise.all(a.countryCodes.map((code) => countryFor(ctx.data, code))),
  people: (a, _, ctx) => loadExisting(ctx.data.personById, a.personIds),
  visits: (a, _, ctx) => loadExisting(ctx.data.visitById, a.visitIds),
  statements: (a, _, ctx) => ctx.data.statementsByArticle.load(a._id),
  documents: (a, _, ctx) => loadExisting(ctx.data.documentById, a.documentIds),
};
