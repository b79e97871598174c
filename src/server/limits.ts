// The API's query limits and introspection switch, with errors that name the limit and how to meet it.
import type { ApolloArmor } from "@escape.tech/graphql-armor";
import { type ASTVisitor, GraphQLError, type ValidationContext } from "graphql";
import type { Limits } from "./build-server.js";

/**
 * The `validationErrorCode` of each refusal, beside Apollo's `code: GRAPHQL_VALIDATION_FAILED`
 * (Apollo sets that code on every validation error, and marks disabled introspection the same way).
 */
export const LIMIT_CODES = {
  cost: "QUERY_COST_LIMIT",
  depth: "QUERY_DEPTH_LIMIT",
  aliases: "QUERY_ALIAS_LIMIT",
  directives: "QUERY_DIRECTIVE_LIMIT",
  introspection: "INTROSPECTION_DISABLED",
} as const;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

type Limit = "cost" | "depth" | "aliases" | "directives";

const ADVICE: Record<Limit, (max: number, found: string) => string> = {
  cost: (max, found) =>
    `Query too costly: its estimated cost is ${found}, the limit is ${max}; ask for smaller pages (first/last) or fewer nested lists`,
  depth: (max, found) =>
    `Query too deep: it nests ${found} levels, the limit is ${max}; split it into several queries`,
  aliases: (max, found) => `Query has ${found} aliases, the limit is ${max}`,
  directives: (max, found) => `Query has ${found} directives, the limit is ${max}`,
};

/**
 * graphql-armor throws its own "Syntax Error: …" on a refusal; this reports a clear validation
 * error instead (HTTP 400), and still throws when armor runs without a validation context.
 */
function refusal(limit: Limit, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        if (!ctx) throw err;
        const found = /found (\d+)/.exec(err.message)?.[1] ?? "more";
        ctx.reportError(
          new GraphQLError(ADVICE[limit](max, found), {
            extensions: { validationErrorCode: LIMIT_CODES[limit], limit: max },
          }),
        );
      },
    ],
  };
}

export function armorConfig(limits: Limits, production: boolean): ArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, ...refusal("depth", limits.maxDepth) },
    costLimit: { maxCost: limits.maxCost, ...refusal("cost", limits.maxCost) },
    maxAliases: { n: limits.maxAliases, ...refusal("aliases", limits.maxAliases) },
    // graphql-js's own parse limit answers 400; the armor plugin's would surface as a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...refusal("directives", limits.maxDirectives) },
    blockFieldSuggestion: { enabled: production },
  };
}

/**
 * Refuses `__schema` and `__type` when introspection is off. It replaces Apollo's own rule, whose
 * message tells the reader to change the server's code rather than its configuration.
 */
export function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        context.reportError(
          new GraphQLError(
            `Introspection (${node.name.value}) is off on this server; start it with INTROSPECTION=true to allow it`,
            { nodes: [node], extensions: { validationErrorCode: LIMIT_CODES.introspection } },
          ),
        );
      }
    },
  };
}
