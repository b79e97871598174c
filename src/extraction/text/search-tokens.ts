// Folded search tokens of a text (placeholder: folding only, stemming lands with the morphology module).
const KAZAKH_FOLD: Record<string, string> = {
  қ: "к",
  ә: "а",
  ө: "о",
  ұ: "у",
  ү: "у",
  і: "и",
  ң: "н",
  ғ: "г",
  һ: "х",
  ё: "е",
};

export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[қәөұүіңғһё]/g, (c) => KAZAKH_FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function searchTokens(text: string): string[] {
  return [
    ...new Set(
      foldText(text)
        .split(" ")
        .filter((t) => t.length > 1),
    ),
  ];
}
