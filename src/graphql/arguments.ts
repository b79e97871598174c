// Checks user input before it reaches a query: codes, ids and words become plain values, never operators.
import countries from "i18n-iso-countries";
import { queryTokenGroups } from "../store/search-tokens.js";
import { badUserInput } from "./errors.js";
import { type NodeType, rawIdOf } from "./ids.js";

/** An ISO 3166-1 alpha-2 code in any case, upper-cased; anything else is a BAD_USER_INPUT naming `argument`. */
export function countryCodeArg(argument: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code)) {
    throw badUserInput(
      argument,
      `expected an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(value)}`,
    );
  }
  return code;
}

/** Matches no stored id: an id filter with an unknown id finds nothing rather than failing. */
export const NO_SUCH_ID = "(none)";

export function idArg(id: string, type: NodeType): string {
  return rawIdOf(id, type) ?? NO_SUCH_ID;
}

const MAX_QUERY_CHARS = 500;
const MAX_QUERY_WORDS = 12;

/**
 * The forms each word of `text` may take in the stored search tokens (from the function the store
 * indexes with); every group must be met. Empty when the text has no words.
 */
export function tokenGroupsArg(argument: string, text: string): string[][] {
  if (text.length > MAX_QUERY_CHARS) {
    throw badUserInput(argument, `at most ${MAX_QUERY_CHARS} characters`);
  }
  const groups = queryTokenGroups(text);
  if (groups.length > MAX_QUERY_WORDS) {
    throw badUserInput(argument, `at most ${MAX_QUERY_WORDS} words`);
  }
  return groups;
}
