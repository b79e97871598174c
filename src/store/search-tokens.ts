// Search tokens for the store and the API, computed by one function for documents and queries.
import {
  queryTokenGroups,
  searchTokenGroups,
  searchTokens,
} from "../extraction/text/search-tokens.js";

export { queryTokenGroups, searchTokenGroups, searchTokens };

/**
 * What a searchable document stores: every form of its words, and how many distinct words it has,
 * so that the most focused hits (a name before a long statement naming it) come first by index.
 */
export function searchFields(text: string): { searchTokens: string[]; tokenCount: number } {
  return { searchTokens: searchTokens(text), tokenCount: searchTokenGroups(text).length };
}
