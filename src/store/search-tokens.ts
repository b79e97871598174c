// Search tokens for the API layer, computed exactly as the store computes them for documents.
export { searchTokenGroups, searchTokens } from "../extraction/text/search-tokens.js";
