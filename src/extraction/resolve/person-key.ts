// Canonical key of a person name (placeholder: folded surname plus first initial, no lemmatisation yet).
import { foldText } from "../text/search-tokens.js";

export function personKey(name: string): string {
  const words = foldText(name).split(" ").filter(Boolean);
  const surname = words.at(-1) ?? "";
  const first = words.length > 1 ? (words[0]?.[0] ?? "") : "";
  return first ? `${surname}:${first}` : surname;
}
