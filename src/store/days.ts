// Calendar days as numbers, and the slots of days visit reports are read by.
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Visit reports are indexed by slots of this many days rather than by day, so that a window of
 * weeks is a handful of index keys.
 */
export const SLOT_DAYS = 8;

/** The first day of the slot the day falls in. */
export function slotStart(day: number): number {
  return Math.floor(day / SLOT_DAYS) * SLOT_DAYS;
}

/** The first days of the slots that cover the days from `from` to `to`. */
export function slotsCovering(from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = slotStart(from); d <= to; d += SLOT_DAYS) out.push(d);
  return out;
}
