// Documents listed one a line after a heading that speaks of signing or of documents.
import type { Analysis } from "../../analysis.js";
import { lineAt } from "../../text/spans.js";
import type { Span } from "../../types.js";
import type { Found } from "./found.js";
import type { DocumentLexicon } from "./lexicon.js";
import { tenseOf } from "./tense.js";
import { capitalise, docLemma, kindOf, type Word, wordsIn } from "./title.js";

const BULLET = /^[ \t\u00a0]*(?:[•·●▪■◦*–—-]|\d{1,2}[.)])[ \t\u00a0]*/u;

/**
 * A line ending in a colon that speaks of signing or of documents, followed by one item a line.
 * Example: "По итогам переговоров были подписаны следующие документы:\n- Декларация о ...;\n- Меморандум ..."
 */
function listItems(a: Analysis, lex: DocumentLexicon): Found[] {
  const out: Found[] = [];
  const text = a.text;
  for (const m of text.matchAll(/:[ \t\u00a0]*\n/gu)) {
    const header = lineAt(text, m.index);
    const headerText = text.slice(header.start, m.index);
    const mentionsDocs = wordsIn(text, header.start, m.index).some((w) =>
      lex.heads.has(docLemma(w.text, a.lang)),
    );
    if (!lex.signing.test(headerText) && !mentionsDocs) continue;
    const tense = tenseOf(a, lex, header);
    let pos = m.index + m[0].length;
    const itemHead = (line: Span): number =>
      headOfItem(wordsIn(text, line.start, line.end), a.lang, lex);
    const isItem = (line: Span): boolean =>
      BULLET.test(text.slice(line.start, line.end)) || itemHead(line) >= 0;
    while (pos < text.length) {
      const line = lineAt(text, pos);
      const raw = text.slice(line.start, line.end);
      if (raw.trim() === "") {
        // Items may stand a blank line apart; the list goes on if the next text line is one.
        let next = line.end + 1;
        while (next < text.length && text.slice(next, lineAt(text, next).end).trim() === "")
          next = lineAt(text, next).end + 1;
        if (next < text.length && isItem(lineAt(text, next))) {
          pos = next;
          continue;
        }
        break;
      }
      const bullet = BULLET.exec(raw);
      const bodyStart = line.start + (bullet?.[0].length ?? 0);
      const words = wordsIn(text, bodyStart, line.end);
      const head = headOfItem(words, a.lang, lex);
      if (!bullet && head < 0) break;
      const span = trimItem(text, { start: bodyStart, end: line.end });
      if (span.end > span.start) {
        const headWord = words[head];
        const prev = words.slice(0, Math.max(0, head)).map((w) => docLemma(w.text, a.lang));
        const kind = headWord
          ? (kindOf(docLemma(headWord.text, a.lang), prev, lex) ?? "other")
          : "other";
        out.push({
          rule: `${a.lang}.document.list-item`,
          title: capitalise(text.slice(span.start, span.end).replace(/\s+/g, " ")),
          kind,
          span,
          context: header,
          tense,
          signatories: [],
        });
      }
      pos = line.end + 1;
    }
  }
  return out;
}

/**
 * Index of a list item's document noun: among its first words in Russian and English
 * ("Меморандум о ..."), its last such word in Kazakh ("... туралы келісім").
 */
function headOfItem(words: Word[], lang: Analysis["lang"], lex: DocumentLexicon): number {
  const isHead = (w: Word): boolean => lex.heads.has(docLemma(w.text, lang));
  if (lang !== "kk") return words.slice(0, 4).findIndex(isHead);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w && isHead(w)) return i;
  }
  return -1;
}

function trimItem(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /[\s;,.]/.test(text[end - 1] ?? "")) end--;
  // "гг." is part of the name ("на 2023-2025 гг.").
  if (/\s(?:гг|г)$/u.test(text.slice(start, end)) && text[end] === ".") end++;
  return { start, end };
}

/** Documents listed after a heading, as a rule beside the noun rules that read running text. */
export const LIST_ITEM_RULE = {
  id: "list-item",
  fact: "document.list-item",
  langs: ["ru", "kk", "en"],
  reason: "a line ending in a colon that speaks of signing or of documents, then one item a line",
  example:
    "Были подписаны следующие документы:\n• Меморандум о сотрудничестве в области энергетики;",
  find: listItems,
} as const;
