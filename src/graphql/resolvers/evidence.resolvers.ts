// Evidence: the exact characters behind a fact, and enough of the article around them to read.
import type { EvidenceResolvers } from "../__generated__/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import type { ArticleModel } from "../models.js";

/** How far context reaches at most on either side when no sentence boundary comes first. */
const CONTEXT_REACH = 240;

// Facts are written with their article, so a missing one is a broken store, not a user error.
function missing(articleId: string): Error {
  return new Error(`article ${articleId} referenced by a fact is missing`);
}

export async function articleOf(ctx: GraphQLContext, articleId: string): Promise<ArticleModel> {
  const article = await ctx.data.articleById.load(articleId);
  if (!article) throw missing(articleId);
  return article;
}

/** An article's text, read apart from the rest of it and only where a client selects it. */
export async function articleText(ctx: GraphQLContext, articleId: string): Promise<string> {
  const article = await ctx.data.articleText.load(articleId);
  if (!article) throw missing(articleId);
  return article.text;
}

/** The sentence(s) holding [start, end): from the previous sentence end to the next one. */
export function surrounding(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - CONTEXT_REACH);
  while (from > floor && !/[.!?…\n]/.test(text[from - 1] ?? "")) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + CONTEXT_REACH);
  while (to < ceiling && !/[.!?…\n]/.test(text[to - 1] ?? "")) to++;
  return text.slice(from, to).trim();
}

export const Evidence: EvidenceResolvers = {
  article: (e, _, ctx) => articleOf(ctx, e.articleId),
  start: (e) => e.start,
  end: (e) => e.end,
  rule: (e) => e.rule ?? null,
  excerpt: async (e, _, ctx) => (await articleText(ctx, e.articleId)).slice(e.start, e.end),
  context: async (e, _, ctx) => surrounding(await articleText(ctx, e.articleId), e.start, e.end),
};
