// Words and colours for the API's enum values, shared by every view and the legends.
import type { VisitKind, VisitLevel } from "./__generated__/graphql";

export const VISIT_KINDS: VisitKind[] = [
  "STATE",
  "OFFICIAL",
  "WORKING",
  "UNOFFICIAL",
  "UNSPECIFIED",
];
export const VISIT_LEVELS: VisitLevel[] = [
  "HEAD_OF_STATE",
  "HEAD_OF_GOVERNMENT",
  "MINISTER",
  "OTHER",
];

/** Distinct hues, each dark enough for 4.5:1 against the white page (WCAG AA for text and marks). */
export const KIND_COLOURS: Record<VisitKind, string> = {
  STATE: "#b3261e",
  OFFICIAL: "#1f5fae",
  WORKING: "#2e6b30",
  UNOFFICIAL: "#7b1fa2",
  UNSPECIFIED: "#5f6368",
};

/** "HEAD_OF_STATE" → "Head of state". */
export function label(value: string | null | undefined): string {
  if (!value) return "—";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const TENSE: Record<string, string> = {
  COMPLETED: "took place",
  PLANNED: "planned",
  SIGNED: "signed",
};
