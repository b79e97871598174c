// The folded form in which both languages' lexicon keys and stems are compared.

/** Lower case with ё folded to е, the form in which lexicon keys are stored. */
export function lowerKey(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}
