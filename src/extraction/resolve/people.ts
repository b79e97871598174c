// Groups name mentions into people: one entry per real person, with every mention, alias, role and state.
import type { PersonMention } from "../analysis.js";
import type { RuleIdOf } from "../rules/registry.js";
import { foldText } from "../text/search-tokens.js";
import type { PersonFact, PersonRole } from "../types.js";
import { surnameKey } from "./person-key.js";

/** One place where the text names a person, with what the rules learned there. */
export interface NameCandidate {
  start: number;
  end: number;
  /** As written: "Ильхамом Алиевым", "О.Бектенова". */
  surface: string;
  /** Nominative given name(s), when written in full: "Касым-Жомарт". */
  given: string | null;
  /** Nominative surname (or the only name word): "Токаев", "Курмангазы". */
  surname: string;
  /** First letter of the given name, from the name or an initial: "О" for "О.Бектенов". */
  initial: string | null;
  hasGiven: boolean;
  role: PersonRole | null;
  country: string | null;
  title: string | null;
  /** Named after ("улица имени Гейдара Алиева"): a historical figure. */
  historical: boolean;
  /** Only a given name is written ("Ильхам Гейдароғлу"); `surname` then holds the given name. */
  givenOnly: boolean;
  /** The family name is written first ("Ким Чен Ын"): `surname` is "Ким", `given` "Чен Ын". */
  familyFirst?: boolean;
  /** Named by given name and patronymic only ("Дамир Берікұлы"); `surname` holds the patronymic. */
  patronymicOnly?: boolean;
  /** A Russian patronymic written between given name and surname, nominative: "Леонидович". */
  patronymic?: string | null;
  /**
   * The state whose official the sentence's subject is, when this name is only its object: a
   * Kazakh case ending other than the genitive ("Мирзиёевпен", "Әлиевті") in Kazakh news, whose
   * unnamed subject ("Мемлекет басшысы") is Kazakhstan's.
   */
  guestOf?: string;
  rule: RuleIdOf<"person">;
}

export interface Descriptor {
  start: number;
  end: number;
  role: PersonRole;
  country: string;
}

interface Group {
  key: string;
  initial: string | null;
  given: string | null;
  patronymic?: string;
  surname: string;
  cands: NameCandidate[];
  extra: Array<{ start: number; end: number; kind: PersonMention["kind"] }>;
  /** Office learned from a descriptor that refers back to this person. */
  inferred?: { role: PersonRole; country: string };
}

function initialKey(s: string | null): string | null {
  return s ? (foldText(s)[0] ?? null) : null;
}

/**
 * Resolves candidates to people. Full names come first; an initial or lone surname joins the
 * person with the same surname (and initial), preferring a living person over a historical one.
 * Example: "Касым-Жомарт Токаев", "Токаеву", "К.Токаев" → one person.
 */
export function groupPeople(
  full: NameCandidate[],
  partials: NameCandidate[],
  descriptors: Descriptor[],
): { people: PersonFact[]; mentions: PersonMention[] } {
  const groups: Group[] = [];
  const find = (c: NameCandidate): Group | undefined => {
    const key = surnameKey(c.surname);
    const init = initialKey(c.initial);
    const same = groups.filter((g) => g.key === key && (!init || !g.initial || g.initial === init));
    if (same.length <= 1) return same[0];
    // Several namesakes: a lone surname means the living one the article is about.
    return same.find((g) => g.cands.some((x) => !x.historical)) ?? same[0];
  };
  // A name by patronymic comes last, to join the person it names in full ("Ильхам Гейдарұлы Әлиев").
  const ordered = [...full].sort(
    (x, y) =>
      Number(x.patronymicOnly ?? false) - Number(y.patronymicOnly ?? false) ||
      Number(y.hasGiven) - Number(x.hasGiven) ||
      x.start - y.start,
  );
  for (const c of ordered) {
    let g = c.patronymicOnly ? sameGiven(groups, c) : undefined;
    if (g) {
      g.cands.push(c);
      continue;
    }
    g = find(c);
    // A historical namesake with another first name is another person ("Гейдар" vs "Ильхам" Алиев).
    if (g && c.hasGiven && g.initial && initialKey(c.initial) !== g.initial) g = undefined;
    g ??= sameFullName(groups, c);
    g ??= c.hasGiven || c.initial ? undefined : sameSurnameStem(groups, c);
    if (!g) {
      g = {
        key: surnameKey(c.surname),
        initial: initialKey(c.initial),
        given: c.given,
        surname: c.surname,
        cands: [],
        extra: [],
      };
      groups.push(g);
    }
    if (!g.given && c.given) {
      g.given = c.given;
      g.initial = initialKey(c.initial);
    }
    if (!g.patronymic && c.patronymic && g.given === c.given) g.patronymic = c.patronymic;
    g.cands.push(c);
  }
  for (const c of partials) {
    const key = surnameKey(c.surname);
    const same = c.givenOnly
      ? groups.filter((g) => g.given && surnameKey(g.given) === key)
      : groups.filter((g) => g.key === key);
    const g = same.find((x) => x.cands.some((y) => !y.historical)) ?? same[0];
    if (g) g.cands.push(c);
  }
  attachDescriptors(groups, descriptors);
  const people: PersonFact[] = [];
  const mentions: PersonMention[] = [];
  groups.sort(
    (x, y) => Math.min(...x.cands.map((c) => c.start)) - Math.min(...y.cands.map((c) => c.start)),
  );
  for (const g of groups) {
    const idx = people.length;
    people.push(toFact(g));
    for (const c of g.cands)
      mentions.push({ start: c.start, end: c.end, person: idx, kind: "name" });
    for (const e of g.extra)
      mentions.push({ start: e.start, end: e.end, person: idx, kind: e.kind });
  }
  mentions.sort((x, y) => x.start - y.start);
  return { people, mentions };
}

/** A surname without a final vowel or case ending: "Сине", "Сина" → "син". */
function surnameStem(s: string): string {
  return foldText(s).replace(/(?:ом|ем|ой|ей|ым|им|[аяуюеиыо])$/, "");
}

/**
 * The person already named with the same given names and a surname that differs only in its
 * case ending, which the rules could not undo ("Абу Али ибн Сине" and "Абу Али ибн Сина").
 */
function sameFullName(groups: Group[], c: NameCandidate): Group | undefined {
  if (!c.given) return undefined;
  const given = foldText(c.given);
  const stem = surnameStem(c.surname);
  if (stem.length < 3) return undefined;
  return groups.find(
    (g) => g.given !== null && foldText(g.given) === given && surnameStem(g.surname) === stem,
  );
}

/**
 * A lone surname in a case the rules could not undo ("Предшественник Кравцова") is the one person
 * named in full whose surname differs only in its ending.
 */
function sameSurnameStem(groups: Group[], c: NameCandidate): Group | undefined {
  const stem = surnameStem(c.surname);
  if (stem.length < 4) return undefined;
  const same = groups.filter((g) => g.given !== null && surnameStem(g.surname) === stem);
  return same.length === 1 ? same[0] : undefined;
}

/** The one person named in full with the same given name, if there is exactly one. */
function sameGiven(groups: Group[], c: NameCandidate): Group | undefined {
  if (!c.given) return undefined;
  const key = surnameKey(c.given);
  // Given name and patronymic refer back to a person named in full before ("Борис Николаевич"
  // after "Борис Ельцин"); a group named only later, or with another patronymic, is someone else,
  // and the word in -вич is then a surname ("Михаил Агранович и Михаил Хасая").
  const same = groups.filter(
    (g) =>
      g.given &&
      surnameKey(g.given) === key &&
      g.cands.some((x) => x.start < c.start) &&
      (!g.patronymic || surnameKey(g.patronymic) === surnameKey(c.surname)),
  );
  return same.length === 1 ? same[0] : undefined;
}

/** Roles a descriptor's title can stand for ("Глава Казахстана" is the president). */
function compatible(role: PersonRole | null, wanted: PersonRole): boolean {
  return (
    role === null || role === wanted || (wanted === "president" && role === "head_of_organization")
  );
}

/**
 * Rule person.descriptor-link: "Президент Казахстана отметил" refers to the holder of that office
 * named in the article. When no one holds it yet, it is the nearest person named before it
 * whose state is unknown or the same (news text names a person, then refers back by office).
 * Example: "заявил Касым-Жомарт Токаев. Лидер Казахстана подчеркнул" → Токаев is KZ's president.
 */
function attachDescriptors(groups: Group[], descriptors: Descriptor[]): void {
  const ends = groups.map((g) => g.cands.map((c) => c.end).sort((x, y) => x - y));
  const starts = groups.map((g) => g.cands.map((c) => c.start).sort((x, y) => x - y));
  const states = groups.map((g) => summarise(g));
  for (const d of [...descriptors].sort((x, y) => x.start - y.start)) {
    const holders = groups.filter(
      (_, i) => states[i]?.country === d.country && states[i]?.role === d.role,
    );
    let target: Group | undefined = holders.length === 1 ? holders[0] : undefined;
    if (!target && holders.length === 0) {
      // One already holding the office with no state named outranks one with no office at all:
      // "Мемлекет басшысы Тоқаев ... Мирзиёевпен кездесті. Қазақстан Президенті ..." is Тоқаев.
      let bestRank = Number.POSITIVE_INFINITY;
      for (let i = 0; i < groups.length; i++) {
        const g = groups[i];
        const s = states[i];
        if (!g || !s || g.cands.every((c) => c.historical)) continue;
        // A guest only ever met or received is not the host's office named later.
        if (s.role === null && g.cands.every((c) => c.guestOf === d.country)) continue;
        if ((s.country !== null && s.country !== d.country) || !compatible(s.role, d.role))
          continue;
        const distance = distanceTo(ends[i] ?? [], starts[i] ?? [], d);
        const rank = s.role === d.role ? distance : distance + 1e9;
        if (rank < bestRank) {
          bestRank = rank;
          target = g;
        }
      }
      if (target) {
        target.inferred = { role: d.role, country: d.country };
        states[groups.indexOf(target)] = summarise(target);
      }
    }
    if (target) target.extra.push({ start: d.start, end: d.end, kind: "descriptor" });
  }
}

/** How far a person's nearest mention is from a descriptor; one named after it counts as farther. */
function distanceTo(ends: number[], starts: number[], d: Descriptor): number {
  // Last mention ending before the descriptor, first one starting after it.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) <= d.start) lo = mid + 1;
    else hi = mid;
  }
  const prior = lo > 0 ? d.start - (ends[lo - 1] ?? 0) : Number.POSITIVE_INFINITY;
  lo = 0;
  hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < d.end) lo = mid + 1;
    else hi = mid;
  }
  const next = lo < starts.length ? ((starts[lo] ?? 0) - d.end) * 4 : Number.POSITIVE_INFINITY;
  return Math.min(prior, next);
}

function summarise(g: Group): {
  role: PersonRole | null;
  country: string | null;
  title: string | null;
} {
  const linked = g.cands.filter((c) => c.role);
  // A state office outranks "other" when the text gives both for one person.
  const best = linked.find((c) => c.role !== "other") ?? linked[0];
  const historical = g.cands.every((c) => c.historical);
  const country = best?.country ?? g.cands.find((c) => c.country)?.country ?? null;
  const inferred =
    g.inferred && (country === null || country === g.inferred.country) ? g.inferred : undefined;
  return {
    role: best?.role ?? inferred?.role ?? (historical ? "other" : null),
    country: country ?? inferred?.country ?? null,
    title: best?.title ?? null,
  };
}

function toFact(g: Group): PersonFact {
  const s = summarise(g);
  const withInitial = g.cands.find((c) => !c.hasGiven && c.initial);
  const familyFirst = g.cands.some((c) => c.familyFirst);
  const name = g.given
    ? familyFirst
      ? `${g.surname} ${g.given}`
      : // The full name as the text gives it at its fullest: "Михаил Леонидович Агранович".
        [g.given, g.patronymic, g.surname].filter((w) => w).join(" ")
    : withInitial
      ? `${withInitial.initial}. ${withInitial.surname}`
      : g.surname;
  const sorted = [...g.cands].sort((x, y) => x.start - y.start);
  const first = sorted[0];
  // A group is made for a candidate, so it always holds one; the first names the rule.
  if (!first) throw new Error(`the group of ${name} has no mention`);
  return {
    name,
    country: s.country,
    role: s.role,
    title: s.title,
    aliases: [...new Set(sorted.map((c) => c.surface))],
    mentions: sorted.map((c) => ({ start: c.start, end: c.end })),
    rule: first.rule,
  };
}
