// Errors clients can act on (bad input, missing key, database down) and masking of everything else.
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { MongoNetworkError, MongoServerSelectionError } from "mongodb";

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

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

function isDatabaseDown(err: unknown): boolean {
  return err instanceof MongoServerSelectionError || err instanceof MongoNetworkError;
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
  DATABASE_UNAVAILABLE,
]);

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
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
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
