// Ingesting an article through the store's one ingest path, behind the API key, unless writes are off.
import { timingSafeEqual } from "node:crypto";
import { EmptyArticleError, ingestArticle } from "../../store/ingest.js";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { badUserInput, forbidden, unauthenticated } from "../errors.js";

function keyAccepted(ctx: GraphQLContext): boolean {
  const expected = ctx.config.apiKey;
  // Without a key writes are open in development only; production start-up requires one.
  if (!expected) return !ctx.config.production;
  const given = ctx.apiKey;
  if (!given) return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input }, ctx) => {
    if (ctx.config.writesDisabled)
      throw forbidden("Writes are disabled on this server (DISABLE_WRITES=true)");
    if (!keyAccepted(ctx)) throw unauthenticated();
    const bytes = Buffer.byteLength(input.text, "utf8");
    if (bytes > ctx.config.maxFileBytes) {
      throw badUserInput(
        "input.text",
        `${bytes} bytes is more than the ${ctx.config.maxFileBytes} allowed`,
      );
    }
    try {
      const { article, created } = await ingestArticle(ctx.data.db, {
        text: input.text,
        sourceName: input.sourceName ?? null,
        url: input.url ?? null,
        publishedOn: input.publishedOn ?? null,
      });
      return { article, created };
    } catch (err) {
      if (err instanceof EmptyArticleError) throw badUserInput("input.text", err.message);
      throw err;
    }
  },
};
