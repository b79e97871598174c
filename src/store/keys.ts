// Deterministic ids and natural keys: the same fact always lands on the same document.
import { createHash } from "node:crypto";
import { personKey } from "../extraction/resolve/person-key.js";
import { foldText } from "../extraction/text/search-tokens.js";
import { dayNumber, isoDay, slotStart } from "./days.js";

export function hashHex(s: string, length = 24): string {
  return createHash("sha256").update(s).digest("hex").slice(0, length);
}

/**
 * The text as stored and extracted: Unicode NFC with Unix line ends and no trailing blanks,
 * so that spans index the same string the API later shows.
 */
export function cleanText(raw: string): string {
  // Split and trim rather than /\s+$/m, which backtracks quadratically on long blank runs.
  const lines = raw.normalize("NFC").replace(/\r\n?/g, "\n").split("\n");
  let first = 0;
  while (first < lines.length && lines[first]?.trim() === "") first++;
  return lines
    .slice(first)
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();
}

/** What two copies of one article share however their whitespace differs. */
export function normalizedContent(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normalizedContent(text)).digest("hex");
}

export function articleIdFromHash(hash: string): string {
  return `a_${hash.slice(0, 24)}`;
}

export function personIdFromKey(key: string): string {
  return `p_${hashHex(key)}`;
}

export function personIdOf(name: string): string {
  return personIdFromKey(personKey(name));
}

export function statementId(articleId: string, start: number): string {
  return `s_${articleId.slice(2)}_${start}`;
}

/** Documents are one when their folded titles and their sets of states agree. */
export function documentKey(title: string, countries: readonly string[]): string {
  return `${foldText(title)}|${[...new Set(countries)].sort().join(",")}`;
}

export function documentIdFromKey(key: string): string {
  return `d_${hashHex(key)}`;
}

/** Two countries in either order: the same key for "AZ" and "KZ" as for "KZ" and "AZ". */
export function countryPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function visitPair(guestCountry: string, hostCountry: string): string {
  return `${guestCountry}>${hostCountry}`;
}

/**
 * Where a visit report stands in its pair's time line, as the key of the slot of days it is
 * read by: the pair, then its day's slot when dated ("AZ>KZ|d|2024-05-09"); else its city and
 * its publication day's slot ("AZ>KZ|u|астана|2024-05-09"), since that is how undated reports
 * cluster, or no slot without a publication day ("AZ>KZ|u|астана|"). One string, so that one
 * `$in` of keys reads the slots of many pairs through one index.
 */
export function visitSlot(
  pair: string,
  clusterDate: string | null,
  city: string | null,
  publishedOn: string | null,
): string {
  if (clusterDate) return datedSlot(pair, slotStart(dayNumber(clusterDate)));
  const place = city ? foldText(city) : "";
  return undatedSlot(pair, place, publishedOn ? slotStart(dayNumber(publishedOn)) : null);
}

/** The slot key of undated reports of the pair and city (folded) published in the slot. */
export function undatedSlot(pair: string, place: string, slot: number | null): string {
  return `${pair}|u|${place}|${slot === null ? "" : isoDay(slot)}`;
}

/** The slot key of dated reports of the pair whose day falls in the slot. */
export function datedSlot(pair: string, slot: number): string {
  return `${pair}|d|${isoDay(slot)}`;
}

/**
 * A dated visit is named by its states and its first day; an undated one by its states, city
 * and the first publication date of its reports (when they have one).
 */
export function visitId(
  pair: string,
  firstDate: string | null,
  city: string | null,
  firstPublished: string | null = null,
): string {
  if (firstDate) return `v_${hashHex(`${pair}|${firstDate}`)}`;
  const place = city ? foldText(city) : "";
  const when = firstPublished ? `|${firstPublished}` : "";
  return `v_${hashHex(`${pair}|undated|${place}${when}`)}`;
}
