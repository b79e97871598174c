// Errors clients can act on (bad input, missing key, database down) and masking of everything else.
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { MongoNetworkError, MongoServerSelectionError, MongoTopologyClosedError } from "mongodb";

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argumentName: argument },
  });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError("A valid API key is required in the x-api-key header", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/** Socket failures the driver can pass through unwrapped when a connection dies mid-write. */
const SOCKET_CODES = new Set(["EPIPE", "ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EHOSTUNREACH"]);

function isDatabaseDown(err: unknown): boolean {
  if (
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNetworkError ||
    err instanceof MongoTopologyClosedError
  ) {
    return true;
  }
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && SOCKET_CODES.has(code);
}

/** Codes whose messages are written for clients; every other error is internal and masked. */
const PUBLIC_CODES = new Set<string>([
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
  "UNAUTHENTICATED",
  "FORBIDDEN",
  DATABASE_UNAVAILABLE,
]);

/**
 * Apollo and graphql-js may each wrap a resolver's error in a GraphQLError. Checked by shape, as
 * graphql's CommonJS and ES module builds can both be loaded, each with its own GraphQLError.
 */
function rootCause(error: unknown): unknown {
  let at = error;
  for (let depth = 0; depth < 5; depth++) {
    const inner = (at as { originalError?: unknown } | null)?.originalError;
    if (!inner) break;
    at = inner;
  }
  return at;
}

export interface FormatErrorOptions {
  production: boolean;
  onInternalError: (original: unknown, formatted: GraphQLFormattedError) => void;
}

/**
 * Keeps client-facing errors, turns an unreachable database into DATABASE_UNAVAILABLE and masks
 * the rest, so that no driver message, query or stack trace leaves the server.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    const code = formatted.extensions?.code;
    if (isDatabaseDown(original)) {
      options.onInternalError(original, formatted);
      return {
        message: "The database is unavailable; try again shortly",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: DATABASE_UNAVAILABLE },
      };
    }
    if (typeof code === "string" && PUBLIC_CODES.has(code)) {
      if (!options.production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.onInternalError(original, formatted);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
