// Statement fields: who said it, during which visit, and the exact words in the article.
import type { StatementResolvers } from "../__generated__/resolvers-types.js";
import { toGlobalId } from "../ids.js";
import { articleOf } from "./evidence.resolvers.js";

export const Statement: StatementResolvers = {
  id: (s) => toGlobalId("Statement", s._id),
  speaker: (s, _, ctx) => (s.speakerId ? ctx.data.personById.load(s.speakerId) : null),
  visit: (s, _, ctx) => (s.visitId ? ctx.data.visitById.load(s.visitId) : null),
  article: (s, _, ctx) => articleOf(ctx, s.articleId),
  quote: (s) => ({ articleId: s.articleId, start: s.start, end: s.end, rule: s.rule ?? null }),
};
