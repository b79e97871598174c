// Runs of adjacent name-part words, the raw material of name candidates.
import type { Analysis } from "../../analysis.js";
import {
  hasKazakhCase,
  isKazakhWord,
  kazakhNameBase,
  lowerKey,
  parses,
  SURNAME_SHAPE,
} from "../../text/morphology/index.js";
import type { Token } from "../../text/tokens.js";
import { cueRightBefore } from "./context.js";
import {
  classify,
  isInitial,
  isKazakhPossessiveNoun,
  type NamePartId,
  type NameTok,
  surnameFromCommonWord,
} from "./name-parts.js";
import {
  CITY_KEYS,
  EAST_ASIAN,
  isCapitalized,
  KAZAKH_FUNCTION_WORDS,
  LATIN,
  textKeys,
} from "./words.js";

export interface Run {
  from: number;
  to: number; // exclusive token index
  toks: NameTok[];
  /** The last word carried a case ending, so the name cannot go on. */
  closed: boolean;
}

/** Whether tokens a and b are written as parts of one name: one space, or an initial's dot. */
function adjacent(text: string, a: Token, b: Token, aKind: NamePartId): boolean {
  const gap = text.slice(a.end, b.start);
  if (aKind === "INITIALS") return /^\.\s?$/.test(gap);
  return /^[ \u00a0]$/.test(gap);
}

/**
 * Rule person.script-split: a name is written in one script; a Latin word before a Cyrillic name
 * is a company, band or award ("MySQL Майкл Видениус", "Grammy Даниил Трифонов").
 */
function splitByScript(run: Run, tokens: Token[]): Run[] {
  const out: Run[] = [];
  let part: Run | null = null;
  let partLatin = false;
  for (let i = 0; i < run.toks.length; i++) {
    const nt = run.toks[i];
    const text = tokens[run.from + i]?.text ?? "";
    if (!nt) continue;
    const latin = LATIN.test(text);
    if (part && latin === partLatin) {
      part.toks.push(nt);
      part.to = run.from + i + 1;
      continue;
    }
    if (part) out.push(part);
    part = { from: run.from + i, to: run.from + i + 1, toks: [nt], closed: false };
    partLatin = latin;
  }
  if (part) {
    part.closed = run.closed;
    out.push(part);
  }
  return out;
}

/**
 * Rule person.leading-word: a capitalised word that is neither a known name nor name-shaped before
 * a known given name opens the sentence or names a profession or organisation, and is not part
 * of the name: "Тілшіміз Алмас Сәдуақас", "Минобрнауки Сергей Кравцов".
 */
function dropLeadingNonName(run: Run, tokens: Token[]): Run {
  const toks = run.toks;
  // "Пан Ги Мун": an East Asian family name opens the name whatever follows.
  if (EAST_ASIAN.has(tokens[run.from]?.text ?? "")) return run;
  const j = toks.findIndex((t) => t.kind === "FIRST" && t.known);
  if (j <= 0) return run;
  const before = toks.slice(0, j);
  if (before.some((t) => t.known || (t.kind !== "UNKNOWN" && t.kind !== "LAST"))) return run;
  // Surname first, as in lists, keeps its surname: "Ерохин Дмитрий", "Ерохин Дмитрий Юрьевич".
  const after = toks[j + 1];
  if (toks[0]?.kind === "LAST" && j === 1 && (!after || after.kind === "PATRONYMIC")) return run;
  return { ...run, from: run.from + j, toks: toks.slice(j) };
}

/**
 * Rule person.given-before-surname: inside a sentence, a capitalised word the dictionary reads
 * as something else right before a surname of the -ов/-ев/-ин shape is an unfamiliar given name
 * ("Сулима Ямадаева", "Гата Камский").
 */
function givenBeforeSurname(a: Analysis, tokens: Token[], i: number): NameTok | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t || !next || !prev || a.text.slice(t.end, next.start) !== " ") return null;
  if (!/^[А-ЯЁ][а-яё]{2,}$/.test(t.text) || /[.!?\n]\s*$/.test(a.text.slice(prev.end, t.start)))
    return null;
  if (!/^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий)(?:а|у|ым|ом|е|ого|ому|ым)?$/.test(next.text))
    return null;
  for (const k of textKeys(t.text)) if (CITY_KEYS.has(k)) return null;
  // A common noun governs the surname instead: "Института Пушкина", "Марше Голунова".
  const commonNoun = parses(t.text).some(
    (p) =>
      p.tag.POS === "NOUN" &&
      p.tag.Geox !== true &&
      (p as { parser?: string }).parser === "Dictionary",
  );
  if (commonNoun) return null;
  const after = classify(next.text, a.lang);
  if (after?.kind !== "LAST" || !after.known) return null;
  return { kind: "UNKNOWN", known: false, nominative: t.text };
}

/**
 * Rule person.kazakh-inner: in Kazakh text a word right before a capitalised name word is read
 * whole, since only the last word of a name takes a case ending ("Едіге Рахмадиев" is not "Еді"
 * + dative), and a word the Russian dictionary knows ("Аят", "Медет") is still a given name
 * there when a surname follows. Returns the new reading, or null to keep the first one.
 */
function kazakhInnerWord(
  a: Analysis,
  tokens: Token[],
  i: number,
  first: NameTok | null,
): NameTok | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || a.text.slice(t.end, next.start) !== " " || !isCapitalized(t.text)) return null;
  if (!isCapitalized(next.text) || LATIN.test(next.text) || LATIN.test(t.text)) return null;
  const lower = lowerKey(t.text);
  if (KAZAKH_FUNCTION_WORDS.has(lower) || KAZAKH_FUNCTION_WORDS.has(lowerKey(next.text)))
    return null;
  // A person is seldom named in the locative, a place often is: "Орбанды Ақордада" is a name in
  // the accusative, then a place.
  if (hasKazakhCase(next.text, "locative") && !SURNAME_SHAPE.test(next.text)) return null;
  if (first && (first.kind === "LAST" || first.kind === "PATRONYMIC" || first.known)) return null;
  if (kazakhNameBase(t.text) !== t.text) {
    const whole = classify(t.text, a.lang, true);
    if (whole && whole.kind !== "LAST") return whole;
  }
  if (first) return null;
  for (const k of textKeys(t.text)) if (CITY_KEYS.has(k)) return null;
  const after = classify(next.text, a.lang);
  if (after?.kind === "LAST" && after.known)
    return { kind: "UNKNOWN", known: false, nominative: t.text };
  return null;
}

/** Maximal runs of name-like tokens; a run may not start or end with a particle. */
export function findRuns(
  a: Analysis,
  tokens: Token[],
  blocked: Set<number>,
  afterTitle: Set<number>,
): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  const close = () => {
    if (cur) {
      while (cur.toks.length > 0 && cur.toks.at(-1)?.kind === "PARTICLE") {
        cur.toks.pop();
        cur.to--;
      }
      for (const part of splitByScript(cur, tokens)) {
        const trimmed = dropLeadingNonName(part, tokens);
        if (trimmed.toks.length > 0) runs.push(trimmed);
      }
    }
    cur = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const c = cur as Run | null;
    const prevTok: NameTok | undefined = c?.toks.at(-1);
    let nt: NameTok | null = null;
    let inner = false;
    if (!blocked.has(i)) {
      nt = isInitial(a.text, tokens, i)
        ? { kind: "INITIALS", known: true, nominative: t.text }
        : classify(t.text, a.lang);
      if (a.lang === "ru" && !nt && !blocked.has(i + 1)) nt = givenBeforeSurname(a, tokens, i);
      if (a.lang === "kk" && nt?.kind !== "INITIALS") {
        const kk = kazakhInnerWord(a, tokens, i, nt);
        if (kk) {
          nt = kk;
          inner = true;
        }
      }
      // "Амаду Тумани Туре": after a known given name and an unfamiliar second given name.
      const afterSecondName =
        c?.toks.length === 2 &&
        c.toks[0]?.kind === "FIRST" &&
        c.toks[0].known &&
        prevTok?.kind === "UNKNOWN" &&
        a.lang === "ru";
      // Rule person.titled-pair: right after a title (and its state) an unfamiliar first word is
      // a given name, so the next capitalised word is the surname even when it is also a common
      // word: "Франция Президенті Эмманюэль Макрон".
      const prevText = tokens[i - 1]?.text ?? "";
      const titledPair =
        c?.toks.length === 1 &&
        c.to === i &&
        afterTitle.has(c.from) &&
        prevTok?.kind === "UNKNOWN" &&
        !LATIN.test(prevText) &&
        kazakhNameBase(prevText) === prevText;
      const afterName =
        (prevTok?.kind === "FIRST" && prevTok.known) ||
        prevTok?.kind === "PARTICLE" ||
        prevTok?.kind === "INITIALS" ||
        afterSecondName ||
        titledPair;
      if (!nt && afterName && isCapitalized(t.text)) {
        // After a known given name or an initial a capitalised word is the surname even when it
        // is also a common noun ("Дональд Трамп", "ибн Сина", "А.Колчака"), and so is a short
        // word the dictionary reads as an interjection ("Марио Хо").
        // Kazakh endings come off first: "Эммануэль Макронның" → "Макрон".
        const word = a.lang === "kk" || isKazakhWord(t.text) ? kazakhNameBase(t.text) : t.text;
        const common = a.lang === "kk" && isKazakhPossessiveNoun(word);
        nt = common
          ? null
          : (surnameFromCommonWord(word, prevTok?.kind === "PARTICLE") ??
            (/^[А-ЯЁ][а-яё]{1,3}$/.test(t.text) && parses(t.text).every((p) => p.tag.POS === "INTJ")
              ? { kind: "LAST", known: false, nominative: t.text }
              : null));
      }
      // After an East Asian family name a short capitalised syllable is a given name even when
      // it is also a Russian word ("Ли Со Ён", "Пан Ги Мун").
      const afterFamily =
        c && c.to === i && c.to - c.from <= 2 && EAST_ASIAN.has(tokens[c.from]?.text ?? "");
      if (afterFamily && /^[А-ЯЁ][а-яё]{0,8}$/.test(t.text) && (!nt || nt.kind === "LAST")) {
        nt = { kind: "UNKNOWN", known: false, nominative: t.text };
      }
      // A family name that is also a Russian word ("Пан") starts a name when a syllable follows.
      const next = tokens[i + 1];
      if (
        !nt &&
        EAST_ASIAN.has(t.text) &&
        next &&
        a.text.slice(t.end, next.start) === " " &&
        /^[А-ЯЁ][а-яё]{0,8}$/.test(next.text)
      ) {
        nt = { kind: "LAST", known: false, nominative: t.text };
      }
    }
    // An adjective of origin after two name words is no third one: "Кристин Лагард Дүниежүзілік
    // банк" (World Bank).
    if (
      nt &&
      a.lang === "kk" &&
      c &&
      c.to === i &&
      c.toks.length >= 2 &&
      hasKazakhCase(t.text, "origin")
    )
      nt = null;
    if (!nt) {
      close();
      continue;
    }
    const prev = tokens[i - 1];
    // A surname ends a name ("Владимиром Путиным Касым-Жомарт Токаев" is two people), and so does
    // a Kazakh case ending, which only the last word of a name takes ("Тоқаевтың Ыстықкөлде").
    // A surname ends a name, except an East Asian family name, which comes first ("Ким Чен Ын").
    const familyFirst = prev !== undefined && EAST_ASIAN.has(prev.text) && c?.to === i;
    // Surname first before a given name and a patronymic is one name: "Ерохин Дмитрий Юрьевич".
    const after = tokens[i + 1];
    const afterAfter = tokens[i + 2];
    const listOrder =
      nt.kind === "FIRST" &&
      nt.known &&
      after !== undefined &&
      a.text.slice(t.end, after.start) === " " &&
      classify(after.text, a.lang)?.kind === "PATRONYMIC" &&
      // "имени Пушкина Виталий Григорьевич Костомаров": a surname after the patronymic makes
      // the first word another person's.
      !(
        afterAfter &&
        a.text.slice(after.end, afterAfter.start) === " " &&
        isCapitalized(afterAfter.text)
      );
    // Rule person.surname-pair: many foreign given names are surnames too ("Жермен Джексон"):
    // a first word with no surname ending before another surname is the given name.
    // After a given name, such a word may be a maiden name before the married one: "Грета
    // Циммер Фридман".
    const surnamePair =
      a.lang === "ru" &&
      c !== null &&
      (c.toks.length === 1 ||
        (c.toks.length === 2 && c.toks[0]?.kind === "FIRST" && c.toks[0].known)) &&
      prevTok?.kind === "LAST" &&
      nt.kind === "LAST" &&
      prev !== undefined &&
      /^[А-ЯЁ][а-яё]+$/.test(prev.text) &&
      !SURNAME_SHAPE.test(prev.text) &&
      !EAST_ASIAN.has(prev.text);
    // Rule person.double-surname: Spanish and Portuguese names carry two family names, and the
    // second may also be a given name: "Мануэль Мехуто Гонсалес", "Габриэль Гарсиа Маркес".
    const following = tokens[i + 1];
    const doubleSurname =
      a.lang === "ru" &&
      c !== null &&
      c.toks.length === 2 &&
      c.toks[0]?.kind === "FIRST" &&
      c.toks[0].known &&
      prevTok?.kind === "LAST" &&
      !prevTok.known &&
      (nt.kind === "FIRST" || nt.kind === "LAST") &&
      /^[А-ЯЁ][а-яё]+$/.test(t.text) &&
      !(following && a.text.slice(t.end, following.start) === " " && isCapitalized(following.text));
    if (doubleSurname) nt = { ...nt, kind: "LAST" };
    const ended =
      c !== null &&
      ((prevTok?.kind === "LAST" &&
        nt.kind !== "PARTICLE" &&
        !familyFirst &&
        !listOrder &&
        !surnamePair &&
        !doubleSurname) ||
        c.closed);
    if (
      c &&
      prev &&
      !ended &&
      adjacent(a.text, prev, t, prevTok?.kind ?? "UNKNOWN") &&
      c.toks.length < 5
    ) {
      c.toks.push(nt);
      c.to = i + 1;
    } else {
      close();
      if (nt.kind === "PARTICLE") continue;
      cur = { from: i, to: i + 1, toks: [nt], closed: false };
    }
    const open: Run | null = cur;
    if (
      open &&
      !inner &&
      (a.lang === "kk" || isKazakhWord(t.text)) &&
      kazakhNameBase(t.text) !== t.text
    ) {
      open.closed = true;
    }
  }
  close();
  return runs;
}

/**
 * Rule person.cue-pair: right after a noun for a person or an age, two capitalised words are one
 * foreign name, whatever the dictionary guesses of each: "американцу Деуэйну Джонсону" is given
 * name and surname, though the dictionary reads them the other way round and so splits them.
 */
export function mergeAfterCue(a: Analysis, tokens: Token[], runs: Run[]): Run[] {
  if (a.lang !== "ru") return runs;
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const next = runs[i + 1];
    const first = r ? tokens[r.from] : undefined;
    const second = next ? tokens[next.from] : undefined;
    if (
      r &&
      next &&
      first &&
      second &&
      r.toks.length === 1 &&
      next.toks.length === 1 &&
      next.from === r.to &&
      a.text.slice(first.end, second.start) === " " &&
      /^[А-ЯЁ][а-яё]+$/.test(first.text) &&
      /^[А-ЯЁ][а-яё]+$/.test(second.text) &&
      r.toks[0]?.kind !== "PATRONYMIC" &&
      next.toks[0]?.kind !== "PATRONYMIC" &&
      cueRightBefore(a, tokens, r.from)
    ) {
      const given: NameTok = { kind: "UNKNOWN", known: false, nominative: first.text };
      // A case ending the dictionary undid stays undone ("Джонсону" → "Джонсон").
      const read = next.toks[0];
      const nominative = read && read.kind !== "UNKNOWN" ? read.nominative : second.text;
      const surname: NameTok = { kind: "LAST", known: false, nominative };
      out.push({ from: r.from, to: next.to, toks: [given, surname], closed: next.closed });
      i++;
      continue;
    }
    if (r) out.push(r);
  }
  return out;
}

/**
 * Rule person.quoted-nickname: a nickname in quotes between given name and surname belongs to
 * the name and does not split it: "Джеймс «Бадди» Макгирт" is Джеймс Макгирт.
 */
export function mergeNickname(a: Analysis, tokens: Token[], runs: Run[]): Run[] {
  if (a.lang !== "ru") return runs;
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (!r) continue;
    const last = tokens[r.to - 1];
    const given = r.toks.at(-1);
    // The surname is the next run, or the one after it when the nickname made a run of its own.
    const j = [i + 1, i + 2].find((k) => {
      const rest = runs[k];
      const first = rest ? tokens[rest.from] : undefined;
      return (
        rest !== undefined &&
        first !== undefined &&
        last !== undefined &&
        rest.from === r.to + 1 &&
        rest.toks.length === 1 &&
        rest.toks[0]?.kind !== "FIRST" &&
        /^ [«"“][А-ЯЁ][а-яё]+[»"”] $/.test(a.text.slice(last.end, first.start))
      );
    });
    const rest = j === undefined ? undefined : runs[j];
    const nickTok = tokens[r.to];
    if (rest && j !== undefined && nickTok && given?.kind === "FIRST" && given.known) {
      const nickname: NameTok = { kind: "PARTICLE", known: false, nominative: nickTok.text };
      const surname: NameTok = {
        kind: "LAST",
        known: false,
        nominative: rest.toks[0]?.nominative ?? "",
      };
      out.push({
        from: r.from,
        to: rest.to,
        toks: [...r.toks, nickname, surname],
        closed: rest.closed,
      });
      i = j;
      continue;
    }
    out.push(r);
  }
  return out;
}
