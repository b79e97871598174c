// Kazakh document names, which come before their noun: "... туралы келісімге қол қойылды".
import type { Analysis } from "../../analysis.js";
import { kazakhPossessive, kazakhStrips, lemma } from "../../text/morphology/index.js";
import { spansWithin } from "../../text/spans.js";
import type { DocumentKind, Span } from "../../types.js";
import { type Found, signatoriesIn } from "./found.js";
import type { DocumentLexicon } from "./lexicon.js";
import { tenseOf } from "./tense.js";
import { capitalise, docLemma, kindOf, type Word } from "./title.js";

/**
 * Kazakh names a document before its noun: "Осы серіктестігімізді ... туралы декларацияға қол
 * қойылды" → "Серіктестігімізді ... туралы декларация". Taken when signing words follow.
 */
export function kazakhMention(
  a: Analysis,
  lex: DocumentLexicon,
  words: Word[],
  idx: number,
  sentence: Span,
): Found | null {
  const head = words[idx];
  if (!head) return null;
  const signedLater = signedAfter(a, lex, head, sentence);
  const { stem, possessive } = kazakhHead(head.text, lex);
  const headLemma = stem;
  const prevLemmas = words.slice(Math.max(0, idx - 2), idx).map((w) => docLemma(w.text, "kk"));
  const kind = kindOf(headLemma, prevLemmas, lex);
  if (kind === null) return null;
  let start = idx;
  // "ынтымақтастық жоспарына", "туризмді дамыту бағдарламасы": a possessive ending on the noun
  // says the words before it name the document, as "туралы" does.
  const linker = (w: Word | undefined): boolean =>
    w !== undefined && /^(?:туралы|арасындағы|бойынша)$/iu.test(w.text);
  // "... туралы бірлескен декларацияға": an attribute of the noun may stand after "туралы".
  const attribute = (w: Word | undefined): boolean =>
    w !== undefined && /^\p{Ll}\p{L}+(?:ген|кен|ған|қан|лық|лік|дық|дік|тық|тік)$/u.test(w.text);
  const linked =
    linker(words[idx - 1]) ||
    (attribute(words[idx - 1]) && linker(words[idx - 2])) ||
    (possessive !== "" && idx > 0 && !lex.skipWords.has(words[idx - 1]!.text.toLowerCase()));
  if (linked) {
    let between = false;
    for (let i = idx - 1; i >= 0 && idx - i <= 14; i--) {
      const w = words[i];
      if (!w) break;
      // "... туралы келісімге, денсаулық ... туралы меморандумға қол қойды": punctuation ends
      // the name; the words before it belong to the previous item of a list.
      if (/[,;:.!?()]/u.test(a.text.slice(w.end, words[i + 1]?.start ?? w.end))) break;
      // "Сапар қорытындысы бойынша ...": a postposition after a skipped word opens no name.
      if (/^бойынша$/iu.test(w.text) && lex.skipWords.has(words[i - 1]?.text.toLowerCase() ?? ""))
        break;
      const inCountry = (x: Word | undefined): boolean =>
        x !== undefined &&
        spansWithin(a.countries, x.start - 40, x.end + 40).some(
          (c) => c.start <= x.start && x.end <= c.end,
        );
      // "Қазақстан мен Өзбекстан арасындағы ...": the pair of states joined by "мен" stays whole.
      const joinsStates = between && /^(?:мен|және)$/iu.test(w.text) && inCountry(words[i - 1]);
      if (lex.skipWords.has(w.text.toLowerCase()) && !joinsStates) break;
      // "қол қойылған ... шарт": the signing before the name is not part of it.
      if (/^қой/iu.test(w.text) && /^қол$/iu.test(words[i - 1]?.text ?? "")) break;
      // "Үкімет отырысында ... жоспары": a word in the locative tells where, it names nothing.
      if (KAZAKH_LOCATIVE.test(w.text)) break;
      if (/^арасында/iu.test(w.text)) between = true;
      if (
        spansWithin(a.personMentions, w.start - 40, w.end + 40).some(
          (p) => p.start <= w.start && w.end <= p.end,
        )
      )
        break;
      // "Қазақстан мен Өзбекстан ... туралы келісімге қол қойды": the states before the name are
      // the signers; they belong to the name only in "... арасындағы" (between them).
      if (!between && inCountry(w)) break;
      start = i;
    }
  } else if (prevLemmas.length > 0 && kind !== lex.heads.get(headLemma)) {
    start = idx - (kindWordsBefore(lex, headLemma, prevLemmas) ?? 0);
  }
  // A kind with nothing that names it ("Келісімге қол қойылды") is no particular document.
  if (start === idx) return null;
  // "екі ел арасындағы ... келісім": with its states cut off, "арасындағы" opens no name.
  if (/^арасында/iu.test(words[start]?.text ?? "") && start + 1 < idx) start++;
  const first = words[start] ?? head;
  // "1998 жылы қол қойылған ... туралы шарт": a signing participle before the name.
  const signedBefore =
    !signedLater &&
    /қол\s+қойыл(?:ған|атын)\s*$/iu.test(
      a.text.slice(Math.max(sentence.start, first.start - 30), first.start),
    );
  if (!signedLater && !signedBefore) return null;
  // "жаңа бағдарламасы әзірленеді": a programme or plan only to be drawn up may be a
  // government's own; it is an instrument between parties only where the sentence names them
  // (a state, "тараптар", "екі ел"). An agreement or memorandum always has parties.
  const near = a.text.slice(head.end, Math.min(sentence.end, head.end + LIST_REACH));
  if (
    DOMESTIC_KINDS.has(kind) &&
    !lex.signing.test(near) &&
    !signedBefore &&
    spansWithin(a.countries, sentence.start, sentence.end).length === 0 &&
    !/(?<![\p{L}])(?:тарап|екі\s+ел)/iu.test(a.text.slice(sentence.start, sentence.end))
  )
    return null;
  const title = capitalise(
    `${a.text.slice(first.start, head.start)}${stem}${possessive}`.replace(/\s+/g, " ").trim(),
  );
  const span = { start: first.start, end: head.end };
  return {
    rule: "kk.document.mention",
    title,
    kind,
    span,
    context: sentence,
    // From the noun's end: "жоспары" itself is no plan to sign ("жоспарлануда"); a name signed
    // before it is dated by its whole sentence ("1998 жылы қол қойылған").
    tense: tenseOf(a, lex, { start: signedBefore ? sentence.start : head.end, end: sentence.end }),
    signatories: signatoriesIn(a, lex, sentence, span),
  };
}

/** A Kazakh document noun's stem and its third-person possessive, if any: "жоспар|ы|на", "келісім|і". */
export function kazakhHead(
  word: string,
  lex: DocumentLexicon,
): { stem: string; possessive: string } {
  const lower = word.toLowerCase();
  const possessed = kazakhPossessive(lower);
  if (possessed && lex.heads.has(possessed.stem)) return possessed;
  const stem = lemma(lower);
  if (lex.heads.has(stem)) return { stem, possessive: "" };
  // The stemmer takes the longest ending that fits, which can cut into the noun ("шартты"
  // → "шартта"); any single ending that leaves a document noun is the reading meant.
  return { stem: kazakhStrips(lower).find((x) => lex.heads.has(x)) ?? stem, possessive: "" };
}

/**
 * A Kazakh locative after a possessive: "отырысында", "барысында", "аясында". The bare locative
 * is left out, as too many stems end in the same letters ("сауда").
 */
const KAZAKH_LOCATIVE = /\p{L}{2,}(?:ында|інде)$/iu;

/** Kinds a government also draws up for itself, with no other party. */
const DOMESTIC_KINDS = new Set<DocumentKind>(["program", "plan", "roadmap", "other"]);

/** How far after a Kazakh document noun its signing verb may stand, and further through a list. */
const SIGNING_REACH = 40;
const LIST_REACH = 160;

/**
 * Signing words right after the noun, or after a list it opens: "меморандумға және ... жоспарына
 * қол қойды" signs both.
 */
function signedAfter(a: Analysis, lex: DocumentLexicon, head: Span, sentence: Span): boolean {
  const after = a.text.slice(head.end, Math.min(sentence.end, head.end + SIGNING_REACH));
  if (lex.signing.test(after) || lex.future.test(after)) return true;
  if (!/^\s*(?:,|(?:және|мен|сондай-ақ)\s)/u.test(after)) return false;
  const list = a.text.slice(head.end, Math.min(sentence.end, head.end + LIST_REACH));
  const sign = lex.signing.exec(list) ?? lex.future.exec(list);
  if (!sign) return false;
  // The list ends in another document noun just before the verb.
  const before = list.slice(0, sign.index).trimEnd();
  const lastWord = /[\p{L}-]+$/u.exec(before)?.[0] ?? "";
  return lex.heads.has(kazakhHead(lastWord, lex).stem);
}

function kindWordsBefore(
  lex: DocumentLexicon,
  headLemma: string,
  prevLemmas: string[],
): number | null {
  for (const k of lex.kinds) {
    if (k.words.length < 2 || k.words.at(-1) !== headLemma) continue;
    const mods = k.words.slice(0, -1);
    if (mods.every((m, i) => prevLemmas.slice(-mods.length)[i] === m)) return mods.length;
  }
  return null;
}
