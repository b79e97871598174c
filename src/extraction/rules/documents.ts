// Documents: instruments signed, earlier signed or to be signed, from lists after a signing line and from mentions in running text.
import type { Analysis } from "../analysis.js";
import {
  kazakhPossessive,
  kazakhStrips,
  lemma,
  looksPrepositional,
  parses,
} from "../text/morphology/index.js";
import type { DocumentFact, DocumentKind, Span, Tense } from "../types.js";
import { type DocumentLexicon, documentLexicon } from "./documents/lexicon.js";
import {
  capitalise,
  complementEnd,
  docLemma,
  isGenitive,
  isPlural,
  kindOf,
  mayBePlural,
  mayBeSingularObject,
  modifierStart,
  nominativeTitle,
  singularNominative,
  type Word,
  wordsIn,
} from "./documents/title.js";
import type { RuleIdOf } from "./registry.js";
import { firstAtOrAfter, insideAny, lineAt, sentenceAt, spansWithin } from "./statements/spans.js";

interface Found {
  rule: RuleIdOf<"document">;
  title: string;
  kind: DocumentKind;
  span: Span;
  /** The sentence (or list header) that tells the tense and the parties' states. */
  context: Span;
  tense: Tense;
  signatories: string[];
}

const BULLET = /^[ \t\u00a0]*(?:[•·●▪■◦*–—-]|\d{1,2}[.)])[ \t\u00a0]*/u;

/**
 * Tense from the words around a document: a plan or instruction makes it future, an earlier
 * year or an anniversary past, a signing verb current; a bare reference is to an existing one.
 * Example: "договорились принять Программу ..." → future; "В прошлом году мы подписали ..." → past.
 */
const tenseCache = new WeakMap<Analysis, Map<string, Tense>>();

function tenseOf(a: Analysis, lex: DocumentLexicon, context: Span): Tense {
  let cache = tenseCache.get(a);
  if (!cache) {
    cache = new Map();
    tenseCache.set(a, cache);
  }
  const key = `${context.start}:${context.end}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tense = contextTense(a, lex, context);
  cache.set(key, tense);
  return tense;
}

function contextTense(a: Analysis, lex: DocumentLexicon, context: Span): Tense {
  const s = a.text.slice(context.start, context.end);
  const today = lex.today.test(s);
  if (lex.future.test(s) && !today) return "future";
  if (lex.past.test(s) && !today) return "past";
  if (earlierYear(a, s)) return "past";
  if (lex.signingNow.test(s)) return "current";
  return "past";
}

/**
 * A document named as the object of another noun ("обменялись грамотами договора",
 * "важность подписания ... Соглашения", "реализации Программы") already exists: past, unless
 * planned, or its signing is what the sentence reports ("состоялось подписание Соглашения").
 */
function governedTense(
  a: Analysis,
  lex: DocumentLexicon,
  governor: Word | undefined,
  context: Span,
): Tense | null {
  if (!governor || a.lang !== "ru" || !/^\p{Ll}/u.test(governor.text)) return null;
  const p = parses(governor.text)[0];
  if (p?.tag.POS !== "NOUN") return null;
  const s = a.text.slice(context.start, context.end);
  if (lex.future.test(s)) return "future";
  if (lex.signing.test(governor.text) && lex.signingNow.test(s)) return "current";
  return "past";
}

/**
 * The word that may govern a name starting at word `i`: the one right before it, with nothing but
 * space between. "энергетики, меморандум о ..." is a list, not "меморандум" governed by "энергетики";
 * "в том числе соглашения ..." introduces items, it does not govern them.
 */
function governorOf(text: string, words: Word[], i: number): Word | undefined {
  const prev = words[i - 1];
  const first = words[i];
  if (!prev || !first || /\S/u.test(text.slice(prev.end, first.start))) return undefined;
  if (/^числе$/iu.test(prev.text) && /^том$/iu.test(words[i - 2]?.text ?? "")) return undefined;
  return prev;
}

/** A year in the context before the article's own year ("подписанный в 2019 году"). */
function earlierYear(a: Analysis, s: string): boolean {
  const own = Number(a.header.publishedOn?.slice(0, 4) ?? Number.NaN);
  if (Number.isNaN(own)) return false;
  // "в 2019 году", "2019 жылы", and English "in 2019".
  for (const m of s.matchAll(
    /(?<![\d–-])(?:(19|20)\d\d(?=\s*(?:году|года|г\.|жылы|жылғы))|(?<=\bin\s)(19|20)\d\d\b)/gu,
  )) {
    if (Number(m[0]) < own) return true;
  }
  return false;
}

/** People named before the signing verb of a sentence: "президенты Токаев и Алиев подписали ...". */
function signatoriesIn(a: Analysis, lex: DocumentLexicon, context: Span, exclude: Span): string[] {
  const s = a.text.slice(context.start, context.end);
  const verb = new RegExp(lex.signingNow.source, "iu").exec(s);
  if (!verb) return [];
  const verbAt = context.start + verb.index;
  const names = spansWithin(a.personMentions, context.start, verbAt)
    .filter((m) => m.end <= exclude.start || m.start >= exclude.end)
    .map((m) => a.people[m.person]?.name)
    .filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}

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

/**
 * "были подписаны документы о сотрудничестве в сфере ..., формировании ... и утверждении ...":
 * a plural document noun with coordinated "о"-complements makes one document per complement.
 */
function coordinatedComplements(
  a: Analysis,
  words: Word[],
  headIdx: number,
  lex: DocumentLexicon,
  { repeatedOnly = false }: { repeatedOnly?: boolean } = {},
): Found[] {
  const head = words[headIdx];
  const prep = words[headIdx + 1];
  if (!head || !prep || !/^(?:о|об|обо)$/i.test(prep.text)) return [];
  const sentence = sentenceAt(a, head.start);
  const clauseEnd = (() => {
    const stop = /[.;:!?\n]/u.exec(a.text.slice(prep.end, sentence.end));
    return stop ? prep.end + stop.index : sentence.end;
  })();
  // Items begin at a prepositional-case noun after a comma or "и": "формировании", "утверждении".
  const parts: Span[] = [];
  let start = words[headIdx + 2]?.start ?? prep.end;
  for (let i = headIdx + 3; i < words.length && (words[i]?.start ?? clauseEnd) < clauseEnd; i++) {
    const w = words[i];
    const prevW = words[i - 1];
    if (!w || !prevW) continue;
    const gap = a.text.slice(prevW.end, w.start);
    const afterAnd = prevW.text === "и" && /^\s+$/.test(gap);
    const afterComma = /^\s*,\s*$/.test(gap);
    if (!afterComma && !afterAnd) continue;
    // "соглашения о сотрудничестве в энергетике и о взаимном признании ...": the preposition
    // may open each item again.
    const repeated = /^(?:о|об|обо)$/iu.test(w.text) ? words[i + 1] : undefined;
    if (!repeated && (repeatedOnly || !looksPrepositional(w.text))) continue;
    const end = afterAnd ? (words[i - 2]?.end ?? prevW.start) : prevW.end;
    parts.push({ start, end });
    start = (repeated ?? w).start;
  }
  parts.push({ start, end: clauseEnd });
  if (parts.length < 2) return [];
  const noun = capitalise(singularNominative(head.text));
  const tense = tenseOf(a, lex, sentence);
  return parts.map((p) => {
    const body = a.text.slice(p.start, p.end).replace(/\s+/g, " ").trim();
    const preposition = /^[аеиоуыэюяё]/iu.test(body) ? "об" : "о";
    return {
      rule: "ru.document.coordinated-complements",
      title: `${noun} ${preposition} ${body}`,
      kind: kindOf(docLemma(head.text, "ru"), [], lex) ?? "other",
      span: { start: p.start, end: p.end },
      context: sentence,
      tense,
      signatories: signatoriesIn(a, lex, sentence, p),
    };
  });
}

function inside(s: Span, spans: Span[]): boolean {
  return spans.some((t) => s.start >= t.start && s.end <= t.end);
}

/**
 * A document noun in running text, named with its complement: "подписали совместное заявление и
 * протокол о создании ...", "в год 20-летия Договора о стратегическом партнерстве ...".
 * Taken when the name is capitalised mid-sentence or the sentence speaks of signing or adopting.
 */
function mentions(a: Analysis, lex: DocumentLexicon, covered: Span[]): Found[] {
  const out: Found[] = [];
  const text = a.text;
  const seenSentences = new Map<string, Word[]>();
  for (const m of text.matchAll(lex.headPrefix)) {
    const at = { start: m.index, end: m.index + m[0].length };
    // Names found so far come in text order, so only the latest can contain this noun.
    if (
      insideAny(covered, at) ||
      inside(
        at,
        out.slice(-8).map((f) => f.span),
      )
    )
      continue;
    const headLemma = a.lang === "kk" ? kazakhHead(m[0], lex).stem : docLemma(m[0], a.lang);
    if (!lex.heads.has(headLemma)) continue;
    const sentence = sentenceAt(a, at.start);
    let words = seenSentences.get(`${sentence.start}:${sentence.end}`);
    if (!words) {
      words = wordsIn(text, sentence.start, sentence.end);
      if (seenSentences.size > 64) seenSentences.clear();
      seenSentences.set(`${sentence.start}:${sentence.end}`, words);
    }
    const idx = firstAtOrAfter(words, at.start);
    const head = words[idx];
    if (!head || head.start !== at.start) continue;
    if (a.lang === "kk") {
      const found = kazakhMention(a, lex, words, idx, sentence);
      if (found) out.push(found);
      continue;
    }
    const modStart = modifierStart(text, words, idx, a.lang, lex);
    // "Организации Договора о коллективной безопасности": a document noun inside an organisation's name.
    const before = words[modStart - 1];
    if (
      before &&
      modStart - 1 > 0 &&
      /^\p{Lu}\p{Ll}/u.test(before.text) &&
      isGenitive(before.text) &&
      spansWithin(a.countries, before.start, before.end).length === 0
    )
      continue;
    const prevLemmas = words.slice(modStart, idx).map((w) => docLemma(w.text, a.lang));
    const kind = kindOf(headLemma, prevLemmas, lex);
    if (kind === null) continue;
    const context = sentenceAt(a, at.start);
    const signing = lex.signing.test(text.slice(context.start, context.end));
    if (a.lang === "ru" && isPlural(head.text)) {
      if (signing) out.push(...coordinatedComplements(a, words, idx, lex));
      continue;
    }
    // "подписали соглашения о воздушном сообщении, о сотрудничестве в сфере образования и о
    // ...": a noun that may be plural, whose "о" opens item after item, names one document each.
    // "Конвенция об избежании ... и о предотвращении ..." is one name, so a singular-looking
    // noun needs a plural word before it or at least three items.
    if (a.lang === "ru" && signing && mayBePlural(head.text)) {
      const items = coordinatedComplements(a, words, idx, lex, { repeatedOnly: true });
      const pluralBefore = words.slice(modStart, idx).some((w) => {
        const adj = parses(w.text).filter((p) => p.tag.POS === "ADJF" || p.tag.POS === "PRTF");
        return adj.length > 0 && adj.every((p) => p.tag.NMbr === "plur");
      });
      // After a verb the noun is its object: "подписали соглашения" is accusative, so plural.
      const verb = parses(words[modStart - 1]?.text ?? "")[0]?.tag.POS;
      const object = (verb === "VERB" || verb === "INFN") && !mayBeSingularObject(head.text);
      if (items.length >= 3 || (items.length >= 2 && (pluralBefore || object))) {
        out.push(...items);
        continue;
      }
    }
    const end = complementEnd(text, words, idx + 1, a.lang, lex) ?? head.end;
    const hasComplement = end > head.end;
    const first = words[modStart] ?? head;
    const named = /^\p{Lu}/u.test(first.text) && modStart > 0;
    const generic = headLemma === "документ" || headLemma === "document";
    if (!hasComplement && modStart === idx) continue;
    if (generic && !hasComplement) continue;
    // A name that is only its kind ("Совместное заявление", "Дорожная карта") is a document only when signed at the event.
    if (!hasComplement && !lex.signingNow.test(text.slice(context.start, context.end))) continue;
    if (!named && !signing && !lex.future.test(text.slice(context.start, context.end))) continue;
    const span = { start: first.start, end };
    out.push({
      rule: `${a.lang}.document.mention`,
      title: nominativeTitle(text.slice(span.start, span.end), a.lang),
      kind,
      span,
      context,
      tense:
        governedTense(a, lex, governorOf(text, words, modStart), context) ??
        tenseOf(a, lex, context),
      signatories: signatoriesIn(a, lex, context, span),
    });
  }
  return out;
}

/**
 * Kazakh names a document before its noun: "Осы серіктестігімізді ... туралы декларацияға қол
 * қойылды" → "Серіктестігімізді ... туралы декларация". Taken when signing words follow.
 */
function kazakhMention(
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
function kazakhHead(word: string, lex: DocumentLexicon): { stem: string; possessive: string } {
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

function stems(title: string): Set<string> {
  const folded = title.toLowerCase().replace(/ё/g, "е");
  return new Set(
    (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2).map((w) => w.slice(0, 5)),
  );
}

/** Same document named twice: most words of the shorter name occur in the longer one. */
function sameDocument(x: Found, y: Found): boolean {
  if (x.kind !== y.kind) return false;
  const a = stems(x.title);
  const b = stems(y.title);
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (big.has(s)) shared++;
  return shared / small.size >= 0.75;
}

/** States party to a document: named in its title, else in its sentence, else the two states the article is about. */
function countriesOf(a: Analysis, f: Found, top: string[]): string[] {
  const within = (s: Span): string[] => spansWithin(a.countries, s.start, s.end).map((c) => c.code);
  const codes = new Set(within(f.span));
  if (codes.size < 2) for (const c of within(f.context)) codes.add(c);
  for (const c of top) {
    if (codes.size >= 2) break;
    codes.add(c);
  }
  return [...codes];
}

function topCountries(a: Analysis): string[] {
  const counts = new Map<string, number>();
  for (const c of a.countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([code]) => code);
}

/** Organisations in "между X и Y": each side where a capitalised word opens it, in the nominative. */
function partiesOf(title: string, lang: "ru" | "kk" | "en"): string[] {
  const m =
    /\b(?:между|between)\s+(.+)$/iu.exec(title) ?? /(?<![\p{L}])между\s+(.+)$/iu.exec(title);
  if (!m?.[1]) return [];
  const sides = m[1].split(/\s+(?:и|and)\s+(?=[\p{Lu}"«])/u);
  if (sides.length !== 2) return [];
  return sides.map((s) => {
    const cut = s
      .replace(/\s+(?:о|об|on|for)\s+\p{Ll}.*$/u, "")
      .replace(/\s+(?:на\s+(?:период\s+)?)?\d.*$/u, "")
      .replace(/\s+в\s+(?:сфере|области)\s.*$/u, "")
      .trim();
    return lang === "ru" ? nominativeTitle(cut, "ru") : capitalise(cut);
  });
}

const TENSE_RANK: Record<Tense, number> = { current: 3, future: 2, past: 1 };

/** Documents a new mention is compared with for sameness; bounds the work on long inputs. */
const MERGE_WINDOW = 100;

export function findDocuments(input: Analysis): DocumentFact[] {
  // The rules look mentions up by binary search, so they get them sorted by position.
  const a: Analysis = {
    ...input,
    personMentions: [...input.personMentions].sort((x, y) => x.start - y.start),
    countries: [...input.countries].sort((x, y) => x.start - y.start),
  };
  const lex = documentLexicon(a.lang);
  const listed = listItems(a, lex);
  const found = [
    ...listed,
    ...mentions(
      a,
      lex,
      listed.map((f) => f.span),
    ),
  ];
  found.sort((x, y) => x.span.start - y.span.start);
  // Each group is compared through its first and its longest name.
  const groups: Array<{ first: Found; longest: Found; members: Found[] }> = [];
  for (const f of found) {
    const g = groups
      .slice(-MERGE_WINDOW)
      .find((grp) => sameDocument(grp.first, f) || sameDocument(grp.longest, f));
    if (!g) {
      groups.push({ first: f, longest: f, members: [f] });
      continue;
    }
    g.members.push(f);
    if (f.title.length > g.longest.title.length) g.longest = f;
  }
  const top = topCountries(a);
  return groups.map(({ members: g, longest: best }) => {
    const tense = g.reduce(
      (t, f) => (TENSE_RANK[f.tense] > TENSE_RANK[t] ? f.tense : t),
      g[0]?.tense ?? best.tense,
    );
    const first = g[0] ?? best;
    return {
      rule: best.rule,
      span: first.span,
      title: best.title,
      kind: best.kind,
      countries: countriesOf(a, best, top),
      parties: partiesOf(best.title, a.lang),
      signatories: [...new Set(g.flatMap((f) => f.signatories))],
      tense,
      mentions: g.map((f) => f.span),
    };
  });
}
