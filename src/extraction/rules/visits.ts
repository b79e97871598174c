// Finds visits: an official of one state travelling to another, with kind, level, city, date and tense.
import type { Analysis, CountryMention, DateMention, PersonMention } from "../analysis.js";
import {
  hasKazakhCase,
  hasKazakhSuffix,
  kazakhSuffixAlternation,
  parses,
  russianEndingAlternation,
  russianPastForms,
} from "../text/morphology/index.js";
import { spansWithin } from "../text/spans.js";
import {
  type Language,
  type PersonFact,
  type PersonRole,
  type Span,
  STATE_OFFICES,
  type Tense,
  type VisitFact,
  type VisitKind,
  type VisitLevel,
} from "../types.js";
import { homeState } from "./home-state.js";
import type { RuleIdOf } from "./registry.js";
import { type CityMention, findCities } from "./visits/cities.js";
import {
  homeWords,
  kindBefore,
  levelAfter,
  levelBefore,
  tenseMarker,
  type VisitWordHit,
  visitWords,
} from "./visits/lexicon.js";

/** One place in the text that speaks of a trip, with what could be read around it. */
interface Evidence {
  rule: RuleIdOf<"visit">;
  span: Span;
  guestCountry: string;
  hostCountry: string;
  guest: number | null; // index into a.people
  host: number | null;
  kind: VisitKind | null;
  /** The office the text names for the guest, when it names no person. */
  level: VisitLevel | null;
  /** The place is only the dateline's, the sentence naming none. */
  datelineOnly?: true;
  city: string | null;
  date: string | null;
  tense: Tense | null;
}

interface Place extends Span {
  code: string;
  city: string | null;
  /** A word for the home state ("елімізге"), not a name. */
  home?: true;
}

/** The analysis with its span lists sorted by start, so a sentence's items are found by binary search. */
interface Ctx {
  a: Analysis;
  cities: CityMention[];
  places: Place[];
  mentions: PersonMention[];
  countries: CountryMention[];
  dates: DateMention[];
  /** otherParty() answers by excluded state, computed once per article. */
  otherParty: Map<string, string | null>;
  /** The state each person of a.people serves, as far as the visit rules can tell (see statesOfPeople). */
  states: Array<string | null>;
}

/** Items of a start-sorted list that lie inside `s`. */
function within<T extends Span>(sorted: T[], s: Span): T[] {
  return spansWithin(sorted, s.start, s.end);
}

const byStart = <T extends Span>(xs: T[]): T[] => [...xs].sort((x, y) => x.start - y.start);

const ROLE_RANK: Record<PersonRole, number> = {
  president: 6,
  prime_minister: 5,
  vice_president: 4,
  deputy_prime_minister: 3,
  minister: 2,
  ambassador: 1,
  head_of_organization: 0,
  other: 0,
};

const LEVEL_OF_ROLE: Partial<Record<PersonRole, VisitLevel>> = {
  president: "head_of_state",
  prime_minister: "head_of_government",
  minister: "minister",
  deputy_prime_minister: "minister",
};

/** The role a host must hold to receive a guest of each level. */
const HOST_ROLE: Partial<Record<VisitLevel, PersonRole>> = {
  head_of_state: "president",
  head_of_government: "prime_minister",
  minister: "minister",
};

function sentencesOf(a: Analysis): Span[] {
  return a.sentences.length > 0 ? a.sentences : [{ start: 0, end: a.text.length }];
}

/** States and cities named in the text, cities carrying their state, and words for the home state. */
function placesOf(a: Analysis, countries: CountryMention[], cities: CityMention[]): Place[] {
  const out: Place[] = [];
  const home = homeState(a);
  if (home)
    for (const w of homeWords(a.lang, a.text))
      out.push({ ...w, code: home, city: null, home: true });
  const named = countries.filter((c) => c.form === "name");
  for (const c of named) out.push({ start: c.start, end: c.end, code: c.code, city: null });
  for (const c of cities) {
    // A city inside a state's name ("Республика Сингапур") is the state.
    const near = within(named, { start: c.start - 100, end: c.end + 100 });
    if (!near.some((p) => p.start < c.end && c.start < p.end)) {
      out.push({ start: c.start, end: c.end, code: c.code, city: c.name });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The word that holds a mention's end, so Kazakh case endings after the span are seen too. */
function wordEnd(text: string, end: number): number {
  let e = end;
  // Kazakh joins an ending to an abbreviation with a hyphen: "АҚШ-қа", "БАӘ-ге".
  if (text[e] === "-" && /^\p{Ll}/u.test(text[e + 1] ?? "") && /\p{Lu}$/u.test(text.slice(0, e)))
    e++;
  while (e < text.length && /[\p{L}]/u.test(text[e]!)) e++;
  return e;
}

/**
 * The lower-case letters that close a mention's word, where its Kazakh case ending is read: an
 * ending is written in lower case, so an upper-case word ("СВМДА", "МИДе") has none, while one
 * after an abbreviation does ("АҚШ-қа" → "қа").
 */
function endingOf(text: string, m: Span): string {
  return /\p{Ll}*$/u.exec(text.slice(m.start, wordEnd(text, m.end)))?.[0] ?? "";
}

/** A city's noun with its possessive, in a case of place, right after the name: " қаласына", " астанасында". */
const KAZAKH_CITY_NOUN = new RegExp(
  `^\\s+(?:қаласы|астанасы)(?:${kazakhSuffixAlternation("city-noun")})(?![\\p{L}])`,
  "iu",
);

/**
 * A preposition of place with up to two adjectives before the place, maybe after a city noun:
 * "в ", "в городе ", "в братский ", "в столице Исламской ".
 */
const RU_PLACE_PREPOSITION = new RegExp(
  `(?:^|[^\\p{L}])(?:в|во|на|до)\\s+(?:(?:столиц|город|резиденци|аэропорт)\\p{L}*\\s+)?(?:\\p{Ll}+(?:${russianEndingAlternation("destination")})\\s+){0,2}$`,
  "iu",
);

/**
 * Places a trip goes to, in the sentence: "в Казахстан", "в столице Исламской Республики Иран",
 * "to Moscow", "Мәскеуге" / "Қазақстанға" (Kazakh dative), "Мәскеуде" (locative).
 */
const DESTINATION_RULES: Array<{
  id: RuleIdOf<"destination">;
  lang: Language | null;
  test: (text: string, p: Place) => boolean;
}> = [
  {
    // "прибыл в Казахстан", "В Астане", "в городе Астане", "в братский Таджикистан",
    // "в столице Исламской Республики Иран"
    id: "visit.dest.ru_preposition",
    lang: "ru",
    test: (t, p) => RU_PLACE_PREPOSITION.test(t.slice(Math.max(0, p.start - 50), p.start)),
  },
  {
    // "visit to Russia", "arrived in Moscow", "visited Astana"
    id: "visit.dest.en_preposition",
    lang: null,
    test: (t, p) =>
      /(?<![A-Za-z])(?:to|in|visit(?:ed|s|ing)?)\s+(?:the\s+)?$/i.test(
        t.slice(Math.max(0, p.start - 20), p.start),
      ),
  },
  {
    // "Баку қаласына", "Астана қаласында": the city noun after the name takes the case.
    id: "visit.dest.kk_city_noun",
    lang: "kk",
    test: (t, p) => KAZAKH_CITY_NOUN.test(t.slice(p.end, p.end + 20)),
  },
  {
    // "Мәскеуге", "Қазақстанға", "Ресей Федерациясына", "Астанада", and "Түркиядағы сапары"
    // (the locative made an attribute of the trip noun)
    id: "visit.dest.kk_case",
    lang: "kk",
    test: (t, p) => hasKazakhSuffix(endingOf(t, p), "destination"),
  },
];

/**
 * A place right after a verb of travel is where the trip goes: "посетил Астану",
 * "посетит Казахстан", "visited Moscow".
 */
function directObject(ctx: Ctx, sentence: Span, hit: VisitWordHit): Place | null {
  // Kazakh puts the verb last: "келген Вьетнам Президенті" names who came, not where.
  if (hit.role !== "travel" || ctx.a.lang === "kk") return null;
  for (const p of within(ctx.places, { start: hit.end, end: sentence.end })) {
    const between = ctx.a.text.slice(hit.end, p.start);
    return /^\s+(?:\p{Ll}+\s+)?$/u.test(between) ? p : null;
  }
  return null;
}

/**
 * A place where someone is posted is not where a trip goes: "посол Казахстана в Москве",
 * "посольство России в Астане", "ambassador to Russia".
 */
const POSTED_AT =
  /(?:посол|посольств|представительств|постпред|консул|ambassador|embassy|елшісі|елшілігі)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}(?:в|во|to|in)?\s*$/iu;

function destinationNear(ctx: Ctx, sentence: Span, hit: VisitWordHit): Place | null {
  const object = directObject(ctx, sentence, hit);
  if (object) return object;
  const at = hit.start;
  let best: Place | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const p of within(ctx.places, sentence)) {
    if (POSTED_AT.test(ctx.a.text.slice(Math.max(0, p.start - 50), p.start))) continue;
    if (
      !DESTINATION_RULES.some(
        (r) => (r.lang === null || r.lang === ctx.a.lang) && r.test(ctx.a.text, p),
      )
    )
      continue;
    const gap = p.start >= at ? p.start - at : (at - p.end) * 1.5;
    if (gap < bestGap) {
      bestGap = gap;
      best = p;
    }
  }
  return best;
}

function peopleIn(ctx: Ctx, s: Span): PersonMention[] {
  return within(ctx.mentions, s).filter((m) => m.kind !== "pronoun");
}

/** The highest-ranking person of a state in the whole article, optionally holding one role. */
function topPerson(ctx: Ctx, code: string, role?: PersonRole): number | null {
  let best: number | null = null;
  let bestScore = -1;
  ctx.a.people.forEach((p: PersonFact, i) => {
    if (ctx.states[i] !== code || !p.role) return;
    if (role && p.role !== role) return;
    const score = ROLE_RANK[p.role] * 1000 + p.mentions.length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * The likely other party of an article, other than `not`: the state whose officials are
 * mentioned most, else the state named most often.
 */
function otherParty(ctx: Ctx, not: string): string | null {
  const known = ctx.otherParty.get(not);
  if (known !== undefined) return known;
  const found = countOtherParty(ctx, not);
  ctx.otherParty.set(not, found);
  return found;
}

function countOtherParty(ctx: Ctx, not: string): string | null {
  const officials = new Map<string, number>();
  ctx.a.people.forEach((p, i) => {
    const code = ctx.states[i];
    if (!code || code === not || !p.role || p.role === "other") return;
    officials.set(code, (officials.get(code) ?? 0) + p.mentions.length);
  });
  const named = new Map<string, number>();
  for (const c of ctx.countries)
    if (c.code !== not) named.set(c.code, (named.get(c.code) ?? 0) + 1);
  return mostFrequent(officials) ?? mostFrequent(named);
}

function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let max = 0;
  for (const [code, n] of counts) {
    if (n > max) {
      max = n;
      best = code;
    }
  }
  return best;
}

/**
 * The guest's state in a trip sentence: the person nearest to the trip word who serves
 * another state than the host, else a state named in the sentence ("делегация Кыргызстана").
 */
function guestNear(
  ctx: Ctx,
  s: Span,
  at: number,
  host: string,
): { code: string; person: number | null } | null {
  let best: { code: string; person: number | null } | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const m of peopleIn(ctx, s)) {
    const code = ctx.states[m.person];
    if (!code || code === host) continue;
    const gap = Math.min(Math.abs(m.start - at), Math.abs(m.end - at));
    if (gap < bestGap) {
      bestGap = gap;
      best = { code, person: m.person };
    }
  }
  if (best) return best;
  for (const c of within(ctx.countries, s)) {
    if (c.code === host) continue;
    const gap = Math.min(Math.abs(c.start - at), Math.abs(c.end - at));
    if (gap < bestGap) {
      bestGap = gap;
      best = { code: c.code, person: null };
    }
  }
  return best;
}

/** The day date of the sentence nearest to the trip word: a dateline date yields to "on September 2-3". */
function dayDateIn(ctx: Ctx, s: Span, at: number): DateMention | null {
  let best: DateMention | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const d of within(ctx.dates, s)) {
    if (d.precision !== "day") continue;
    const gap = Math.min(Math.abs(d.start - at), Math.abs(d.end - at));
    if (gap < bestGap) {
      bestGap = gap;
      best = d;
    }
  }
  return best;
}

/**
 * An accepted invitation to come is a trip still to make: "принял приглашение Айдына посетить
 * Турцию", "келу туралы шақыруын қабыл алды", "accepted an invitation to visit". An accepted
 * invitation followed by the trip itself ("принял приглашение и посетил Астану") is not.
 */
const INVITATION_ACCEPTED = new RegExp(
  `(?:${russianPastForms("принял").join("|")})\\s+приглашение(?:\\s+[^\\s,.;]+){0,3}?\\s+(?:посетить|прибыть|приехать)|шақыруын\\s+қабыл\\s+(?:алды|етті)|accept(?:ed|s)\\s+(?:an?\\s+|the\\s+)?invitation\\s+to\\s+(?:visit|come)`,
  "iu",
);

/** Days a dated trip may lie before the publication date and still be the one reported. */
const REPORT_WINDOW_DAYS = 20;

/**
 * Tense words first ("посетит", "предстоящий", "барады"); else a date in the sentence set
 * against the publication date: "в июле этого года" in a November article is an earlier trip.
 */
function tenseOf(ctx: Ctx, s: Span): Tense | null {
  const { a } = ctx;
  if (INVITATION_ACCEPTED.test(a.text.slice(s.start, s.end))) return "future";
  const marker = tenseMarker(a.lang, a.text, s.start, s.end);
  if (marker) return marker;
  const pub = a.header.publishedOn;
  if (!pub) return null;
  for (const d of within(ctx.dates, s)) {
    if (d.precision === "month" && d.iso < pub.slice(0, 7)) return "past";
    if (d.precision === "day") {
      const days = (Date.parse(pub) - Date.parse(d.iso)) / 86_400_000;
      if (days > REPORT_WINDOW_DAYS) return "past";
      if (days < -1) return "future";
    }
  }
  return null;
}

/** Kind from the trip noun itself or a visit noun near a verb ("прибыл ... с официальным визитом"). */
function kindNear(a: Analysis, hits: VisitWordHit[], hit: VisitWordHit): VisitKind | null {
  const nouns = hits.filter((h) => h.role === "noun" && Math.abs(h.start - hit.start) < 80);
  for (const n of [hit, ...nouns]) {
    if (n.role !== "noun") continue;
    const k = kindBefore(a.lang, a.text, n.start);
    if (k) return k;
  }
  return null;
}

/** Whether the first word of a mention can stand in the nominative, i.e. be a subject. */
function canBeSubject(a: Analysis, m: Span): boolean {
  if (a.lang !== "ru") return true;
  const first = /[А-Яа-яЁё]+/.exec(a.text.slice(m.start, m.end))?.[0];
  if (!first) return true;
  // Only the best reading counts: az guesses unknown names in every case, nominative included.
  const best = parses(first)[0];
  return !best || best.tag.CAse === undefined || best.tag.CAse === "nomn";
}

/**
 * Receiving a guest: "Путин принял в Кремле президента Казахстана", "Токаев тепло
 * приветствовал в Акорде Председателя КНР". The host is the subject: usually named before the
 * verb, but Russian may put the guest first ("Президента Сердара Бердымухамедова тепло
 * встретил Президент Российской Федерации Владимир Путин"), so case decides where it can.
 */
function receptionEvidence(ctx: Ctx, s: Span, hit: VisitWordHit): Evidence | null {
  const { a } = ctx;
  // One who receives at home may be named by title only ("Мемлекет басшысы Қасым-Жомарт
  // Тоқаев"): the state is then the place of the reception, a city of the sentence or the dateline.
  const home = receptionPlace(ctx, s);
  const countryOf = (m: PersonMention): string | null => ctx.states[m.person] ?? home;
  const people = peopleIn(ctx, s).filter((m) => countryOf(m));
  const before = people.filter((m) => m.end <= hit.start);
  let host = before.at(-1);
  if (!host) {
    const after = people.find((m) => m.start >= hit.end && m.start - hit.end < 80);
    return after ? receptionByOffice(ctx, s, hit, after) : null;
  }
  let guest: PersonMention | undefined;
  if (a.lang === "kk") {
    // Kazakh puts the verb last and marks the guest with the accusative, wherever it stands:
    // "Тоқаев Путинді қабылдады", "Тоқаевты Мирзиёев қарсы алды".
    const accusative = before.findLast((m) =>
      hasKazakhCase(a.text.slice(m.start, m.end), "accusative"),
    );
    const last = accusative ?? host;
    guest = last;
    host = before.findLast((m) => m !== last && countryOf(m) !== countryOf(last));
    if (!host) return receptionByOffice(ctx, s, hit, last);
  } else {
    const hostCountry = countryOf(host);
    // A delegation received is led by the guest, named after the office words that lead it.
    const reach = RECEIVED_DELEGATION.test(a.text.slice(hit.end, hit.end + 40)) ? 200 : 80;
    guest = people.find(
      (m) => m.start >= hit.end && m.start - hit.end < reach && countryOf(m) !== hostCountry,
    );
  }
  if (!guest) return null;
  if (!canBeSubject(a, host) && canBeSubject(a, guest)) [host, guest] = [guest, host];
  // Only the receiver's state may come from the place; a guest of no known state is no visitor,
  // and an ambassador received is posted in the country, not visiting it.
  const guestFact = a.people[guest.person];
  if (!ctx.states[guest.person] || guestFact?.role === "ambassador") return null;
  const hostCode = countryOf(host)!;
  const guestCode = countryOf(guest)!;
  const cityHere = within(ctx.cities, s).find((c) => c.code === hostCode);
  return {
    rule: "visit.reception",
    span: { start: hit.start, end: hit.end },
    guestCountry: guestCode,
    hostCountry: hostCode,
    guest: guest.person,
    host: host.person,
    kind: null,
    level: null,
    city: cityHere?.name ?? null,
    date: dayDateIn(ctx, s, hit.start)?.iso ?? null,
    tense: tenseOf(ctx, s),
  };
}

/** A delegation right after a verb of receiving: "принял делегацию Казахстана во главе с ...". */
const RECEIVED_DELEGATION = /^\s+(?:делегаци|(?:an?|the)\s+(?:[\p{L}-]+\s+)?delegation)/iu;

/**
 * A reception whose host is named by office alone: "Мемлекет басшысы Америка Құрама Штаттарының
 * Мемлекеттік хатшысы Энтони Блинкенді қабылдады", "Глава государства принял министра ...". The
 * office opens the sentence; the host's state is the home state, else the place of the reception.
 */
function receptionByOffice(
  ctx: Ctx,
  s: Span,
  hit: VisitWordHit,
  guest: PersonMention,
): Evidence | null {
  const { a } = ctx;
  if (levelAfter(a.lang, a.text, s.start, hit.start) === null) return null;
  const firstWord = /[\p{L}]/u.exec(a.text.slice(s.start, hit.start));
  const opening = s.start + (firstWord?.index ?? 0);
  // "Өзбекстан Президенті ... қабылдады": an office of a named state is that state's, not home.
  if (within(ctx.countries, { start: opening, end: opening + 40 }).some((c) => c.start === opening))
    return null;
  const guestCode = ctx.states[guest.person];
  const hostCode = homeState(a) ?? receptionPlace(ctx, s);
  if (!guestCode || !hostCode || guestCode === hostCode) return null;
  if (a.people[guest.person]?.role === "ambassador") return null;
  return {
    rule: "visit.reception_by_office",
    span: { start: hit.start, end: hit.end },
    guestCountry: guestCode,
    hostCountry: hostCode,
    guest: guest.person,
    host: null,
    kind: null,
    level: null,
    city: within(ctx.cities, s).find((c) => c.code === hostCode)?.name ?? null,
    date: dayDateIn(ctx, s, hit.start)?.iso ?? null,
    tense: tenseOf(ctx, s),
  };
}

/** The city of the article's dateline, as a place. */
function datelinePlace(ctx: Ctx): Place | null {
  const c = ctx.cities.find((x) => isDateline(ctx.a.text, x));
  return c ? { start: c.start, end: c.end, code: c.code, city: c.name } : null;
}

/** Where a reception takes place: a city named in the sentence, else the dateline's city. */
function receptionPlace(ctx: Ctx, s: Span): string | null {
  const here = within(ctx.cities, s)[0];
  if (here) return here.code;
  return ctx.cities.find((c) => isDateline(ctx.a.text, c))?.code ?? null;
}

/** What stands between a Kazakh trip word and the one who came: "сапармен| келген |Тоқаевты". */
const KAZAKH_PARTICIPLE_BEFORE = /^\s*(?:[\p{L}-]*(?:ген|ған|кен|қан)\s+)?$/u;

/**
 * The subject of a trip sentence whose state the text does not name: the last person named before
 * the trip word, in the nominative (written as the person's name is), of no state or the guest's.
 * A Russian trip noun may name its visitor right after it, in the genitive ("визит Лаврова").
 * Example: "Еске салайық, Қасым-Жомарт Тоқаев 2023 жылы Түркіменстанға ресми сапармен барған
 * болатын" → Тоқаев.
 */
function namedTraveller(ctx: Ctx, s: Span, hit: VisitWordHit, guestState: string): number | null {
  const { a } = ctx;
  const named = peopleIn(ctx, s).filter((m) => m.kind === "name");
  const fits = (m: PersonMention | undefined): m is PersonMention => {
    const state = m ? ctx.states[m.person] : null;
    return m !== undefined && (!state || state === guestState);
  };
  // "визит Лаврова в Астану": the visitor in the genitive right after the trip noun; Kazakh
  // "сапармен келген Қасым-Жомарт Тоқаевты": the one who came, right after the participle.
  const after = named.find((m) => m.start >= hit.end);
  const between = after ? a.text.slice(hit.end, after.start) : "";
  if (hit.role === "noun" && a.lang === "ru" && /^\s+$/u.test(between) && fits(after))
    return after.person;
  if (a.lang === "kk" && KAZAKH_PARTICIPLE_BEFORE.test(between) && fits(after)) return after.person;
  const subject = named.filter((m) => m.end <= hit.start).at(-1);
  if (!fits(subject)) return null;
  const written = a.text.slice(subject.start, subject.end);
  return written === a.people[subject.person]?.name ? subject.person : null;
}

/**
 * Verbs of inviting someone to come: the invited one is the guest, the one who invites the host.
 * Russian and English name the invited one after the verb and the trip after them ("Макрон
 * пригласил Токаева посетить Францию", "invited Tokayev to visit France"); Kazakh names the trip
 * and ends on the verb ("Макрон Тоқаевты Францияға келуге шақырды").
 */
const INVITE_VERB: Record<Language, RegExp> = {
  ru: /(?<!\p{L})пригла(?:сил[аи]?|шает|шают|сит|сят)(?!\p{L})/giu,
  en: /\binvit(?:ed|es)\b/giu,
  kk: /(?<!\p{L})шақыр(?:ды|ған|ады|ып)(?!\p{L})/giu,
};

/**
 * The invited guest and the inviting host of a trip word, when an invitation frames it and no
 * guest was named by the other rules. Example: "Эммануэль Макрон пригласил Касым-Жомарта
 * Токаева посетить Францию" → guest Токаев, host Макрон.
 */
function invitationParties(
  ctx: Ctx,
  s: Span,
  hit: VisitWordHit,
  guestState: string,
  host: string,
): { guest: number; host: number | null } | null {
  const { a } = ctx;
  const named = peopleIn(ctx, s).filter((m) => m.kind === "name");
  const verbs = [...a.text.slice(s.start, s.end).matchAll(INVITE_VERB[a.lang])].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  const kazakh = a.lang === "kk";
  const verb = kazakh
    ? verbs.find((v) => v.start >= hit.end && v.start - hit.end <= 60)
    : verbs.filter((v) => v.end <= hit.start && hit.start - v.end <= 120).at(-1);
  if (!verb) return null;
  const before = named.filter((m) => m.end <= (kazakh ? hit.start : verb.start));
  const invited = kazakh
    ? before.length > 1
      ? before.at(-1)
      : undefined
    : named.find((m) => m.start >= verb.end && m.end <= hit.start);
  const inviter = kazakh ? before[0] : before.at(-1);
  if (!invited || invited.person === inviter?.person) return null;
  const invitedState = ctx.states[invited.person];
  if (invitedState && invitedState !== guestState) return null;
  const inviterState = inviter ? ctx.states[inviter.person] : null;
  return {
    guest: invited.person,
    host: inviter && (!inviterState || inviterState === host) ? inviter.person : null,
  };
}

/**
 * A trip word with a destination: "прибыл в Казахстан с официальным визитом",
 * "находящимся ... с официальным визитом в Баку премьер-министром Республики Казахстан",
 * "Мәскеуге мемлекеттік сапармен барды", "official visit to Moscow".
 */
function travelEvidence(
  ctx: Ctx,
  s: Span,
  hits: VisitWordHit[],
  hit: VisitWordHit,
): Evidence | null {
  const { a } = ctx;
  // "находящимся" and Kazakh verbs speak of a trip only beside a trip noun or a destination.
  if (
    hit.role === "stay" &&
    !hits.some((h) => h.role === "noun" && Math.abs(h.start - hit.start) < 80)
  )
    return null;
  const dest = destinationNear(ctx, s, hit);
  if (!dest) return null;
  if (Math.abs(dest.start - hit.start) > 160) return null;
  let guest = guestNear(ctx, s, hit.start, dest.code);
  let rule: RuleIdOf<"visit"> = "visit.travel";
  // "Бүгін елімізде депутаттардың өңірлерге сапары басталды": a trip within "our country" is
  // a visit only when the sentence names who comes from abroad.
  if (!guest && dest.home) return null;
  let host: number | null = null;
  if (!guest) {
    // "Бакуға ресми сапармен келуге шақырғаны үшін": the speaker's state is the article's other party.
    // "Мемлекет басшысы Ташкентке жұмыс сапарымен барды": a traveller named by title only,
    // with no other state in the text, is the home state's.
    const home = homeState(a);
    const other = otherParty(ctx, dest.code) ?? (home !== dest.code ? home : null);
    if (!other) return null;
    guest = { code: other, person: null };
    rule = "visit.travel_other_party";
  }
  const invited =
    guest.person === null ? invitationParties(ctx, s, hit, guest.code, dest.code) : null;
  if (invited) {
    guest = { code: guest.code, person: invited.guest };
    host = invited.host;
    rule = "visit.invitation";
  } else if (rule === "visit.travel_other_party") {
    const traveller = namedTraveller(ctx, s, hit, guest.code);
    if (traveller !== null) {
      guest = { code: guest.code, person: traveller };
      rule = "visit.traveller";
    }
  }
  const city = dest.city ?? within(ctx.cities, s).find((c) => c.code === dest.code)?.name ?? null;
  return {
    rule,
    span: { start: hit.start, end: hit.end },
    guestCountry: guest.code,
    hostCountry: dest.code,
    guest: guest.person,
    host,
    kind: kindNear(a, hits, hit),
    level:
      (hit.role === "noun"
        ? levelAfter(a.lang, a.text, hit.end, Math.min(s.end, hit.end + 60))
        : null) ??
      officeOf(ctx, s, guest.code) ??
      // "Мемлекет басшысы Ташкентке ... барды": an unnamed traveller's office opens the sentence.
      (guest.person === null ? levelAfter(a.lang, a.text, s.start, hit.start) : null),
    city,
    date: dayDateIn(ctx, s, hit.start)?.iso ?? null,
    tense: tenseOf(ctx, s),
  };
}

/**
 * The office of an unnamed official of a state in the sentence: "с президентом Турции",
 * "Премьер-министр Казахстана", Kazakh "Мысыр Премьер-министрі" (office after the state).
 */
function officeOf(ctx: Ctx, s: Span, code: string): VisitLevel | null {
  const { a } = ctx;
  for (const c of within(ctx.countries, s)) {
    if (c.code !== code) continue;
    const level =
      a.lang === "kk"
        ? levelAfter(a.lang, a.text, wordEnd(a.text, c.end), Math.min(s.end, c.end + 40))
        : levelBefore(a.lang, a.text, c.start);
    if (level) return level;
  }
  return null;
}

/** Calls and video links meet no one in person: "телефонный разговор", "по видеосвязи", "phone call". */
const REMOTE = /телефон|видео|онлайн|phone|video|online|бейне/iu;

/**
 * Talks held in one side's country: "Сегодня в Астане состоялись переговоры глав правительств
 * Кыргызстана и Казахстана". Only two states may take part, and the place must belong to one
 * of them; the other side is the guest.
 */
function meetingEvidence(ctx: Ctx, s: Span, hit: VisitWordHit): Evidence | null {
  const { a } = ctx;
  if (REMOTE.test(a.text.slice(s.start, s.end))) return null;
  const named = destinationNear(ctx, s, hit);
  // Kazakh talks happen "in" a place (locative "Астанада"), not "to" it (dative "Астанаға").
  if (named && a.lang === "kk" && !hasKazakhCase(endingOf(a.text, named), "locative")) {
    return null;
  }
  // "ТАШКЕНТ, 12 марта. ... провели переговоры": talks told under a dateline and with no place
  // of their own in the sentence are held in the dateline's city.
  const place = named ?? datelinePlace(ctx);
  if (!place) return null;
  const sides = new Map<string, number | null>();
  for (const m of peopleIn(ctx, s)) {
    const code = ctx.states[m.person];
    if (code && !sides.get(code)) sides.set(code, m.person);
  }
  for (const c of within(ctx.countries, s)) if (!sides.has(c.code)) sides.set(c.code, null);
  // One who holds the talks, of no state the text names: named before the verb, else its
  // counterpart after it ("Макрон проведет переговоры с Касым-Жомартом Токаевым").
  const stateless = peopleIn(ctx, s).filter((m) => !ctx.states[m.person]);
  const holder =
    stateless.find((m) => m.end <= hit.start) ?? stateless.find((m) => m.start >= hit.end);
  // "АСТАНА. ... Касым-Жомарт Токаев провел переговоры с Президентом Кыргызстана": with one
  // foreign side only, the holder speaks for the place's state.
  if (sides.size === 1 && !sides.has(place.code) && holder) sides.set(place.code, holder.person);
  // "АСТАНА. ... Глава государства провел переговоры с Президентом Азербайджана": a holder
  // named by office alone, or talks in a place the sentence names, make the place's state the
  // other side; a wire's dateline alone does not ("МОСКВА. /ТАСС/." heads news from anywhere).
  const lead = { start: s.start, end: hit.start };
  const unnamedOffice =
    levelAfter(a.lang, a.text, s.start, hit.start) !== null &&
    peopleIn(ctx, lead).length === 0 &&
    within(ctx.countries, lead).length === 0;
  if (sides.size === 1 && !sides.has(place.code) && (named || unnamedOffice)) {
    sides.set(place.code, null);
  }
  // "Мәскеу. ... Тоқаев Ресей Президенті Владимир Путинмен Кремльде келіссөздер жүргізді": the
  // place is the one side's, so the holder came from the article's home state.
  const home = homeState(a);
  if (sides.size === 1 && sides.has(place.code) && holder && home && home !== place.code) {
    sides.set(home, holder.person);
  }
  // "Астана. ... Мемлекет басшысы Ақордада Моңғолия Президентімен келіссөздер жүргізді": the
  // home side, named by title only, receives at home.
  if (sides.size === 1 && !sides.has(place.code) && place.code === home) sides.set(home, null);
  if (sides.size !== 2 || !sides.has(place.code)) return null;
  const guestCode = [...sides.keys()].find((c) => c !== place.code)!;
  // "Касым-Жомарт Токаев провел переговоры с Президентом Узбекистана ..., прибывшим в Казахстан":
  // one who holds the talks at home, of no state the text names, is the host.
  if (!sides.get(place.code) && holder) sides.set(place.code, holder.person);
  return {
    rule: "visit.meeting_place",
    span: { start: hit.start, end: hit.end },
    guestCountry: guestCode,
    hostCountry: place.code,
    guest: sides.get(guestCode) ?? null,
    host: sides.get(place.code) ?? null,
    kind: null,
    // Talks are held between equals: a guest of no known office meets at the host's level.
    level: officeOf(ctx, s, guestCode) ?? counterpartLevel(a, sides.get(place.code) ?? null),
    city: place.city,
    date: dayDateIn(ctx, s, hit.start)?.iso ?? null,
    tense: tenseOf(ctx, s),
    ...(named ? {} : { datelineOnly: true as const }),
  };
}

function counterpartLevel(a: Analysis, person: number | null): VisitLevel | null {
  const role = person === null ? undefined : a.people[person]?.role;
  return (role && LEVEL_OF_ROLE[role]) || null;
}

/**
 * Where a trip came back from: "Ташкенттен оралды" (Kazakh ablative before the verb), "вернулся
 * из Ташкента", "returned from Tashkent" (a preposition after it). Coming home is not a visit.
 */
const RETURN_FROM: Record<Language, (text: string, hit: VisitWordHit, p: Place) => boolean> = {
  kk: (t, hit, p) =>
    p.end <= hit.start &&
    /^\s*$/u.test(t.slice(wordEnd(t, p.end), hit.start)) &&
    hasKazakhCase(endingOf(t, p), "ablative"),
  ru: (t, hit, p) => p.start >= hit.end && /^\s+из\s+$/u.test(t.slice(hit.end, p.start)),
  en: (t, hit, p) =>
    p.start >= hit.end && /^\s+from\s+(?:the\s+)?$/iu.test(t.slice(hit.end, p.start)),
};

/** A trip told by its end: "Мемлекет басшысы Ташкенттен оралды" is a visit to Uzbekistan. */
function returnEvidence(ctx: Ctx, s: Span, hit: VisitWordHit): Evidence | null {
  const { a } = ctx;
  const from = within(ctx.places, s).find((p) => RETURN_FROM[a.lang](a.text, hit, p));
  if (!from) return null;
  const guest =
    guestNear(ctx, s, hit.start, from.code) ??
    (homeState(a) && homeState(a) !== from.code ? { code: homeState(a)!, person: null } : null);
  if (!guest) return null;
  return {
    rule: "visit.return",
    span: { start: hit.start, end: hit.end },
    guestCountry: guest.code,
    hostCountry: from.code,
    guest: guest.person,
    host: null,
    kind: null,
    level: officeOf(ctx, s, guest.code),
    city: from.city,
    date: null,
    tense: tenseOf(ctx, s),
  };
}

/** Kazakh verbs of going ("барды", "келеді") count only with a place in the dative or a trip noun near. */
function kazakhVerbNeedsPlace(a: Analysis, hits: VisitWordHit[], hit: VisitWordHit): boolean {
  return (
    a.lang === "kk" &&
    hit.role === "travel" &&
    !hits.some((h) => h.role === "noun" && Math.abs(h.start - hit.start) < 60)
  );
}

/**
 * How far around a trip word its guest, destination, date and tense are looked for, and how far
 * other trip words count as its neighbours. Bounding both keeps the cost linear in the input,
 * however long a sentence runs.
 */
const WINDOW = 300;
const NEAR_HITS = 100;

function evidenceOf(ctx: Ctx): Evidence[] {
  const { a } = ctx;
  const out: Evidence[] = [];
  for (const s of sentencesOf(a)) {
    const hits = visitWords(a.lang, a.text, s.start, s.end).filter(
      // A word inside a person's name ("Сапар Исаков") is not a trip word.
      (h) =>
        !within(ctx.mentions, { start: h.start - 200, end: h.end + 200 }).some(
          (m) => m.start <= h.start && h.end <= m.end,
        ),
    );
    let lo = 0;
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      while (hits[lo]!.start < hit.start - NEAR_HITS) lo++;
      let hi = i;
      while (hi + 1 < hits.length && hits[hi + 1]!.start <= hit.start + NEAR_HITS) hi++;
      const near = hits.slice(lo, hi + 1);
      const w = {
        start: Math.max(s.start, hit.start - WINDOW),
        end: Math.min(s.end, hit.end + WINDOW),
      };
      let ev: Evidence | null = null;
      if (hit.role === "receive") ev = receptionEvidence(ctx, w, hit);
      else if (hit.role === "meet") ev = meetingEvidence(ctx, w, hit);
      else if (hit.role === "return") ev = returnEvidence(ctx, w, hit);
      else {
        ev = travelEvidence(ctx, w, near, hit);
        if (ev && kazakhVerbNeedsPlace(a, near, hit)) {
          const dest = destinationNear(ctx, w, hit);
          if (!dest || hit.start - dest.end > 40 || dest.end > hit.start) ev = null;
        }
      }
      if (ev) out.push(ev);
    }
  }
  return out;
}

const KIND_ORDER: VisitKind[] = ["state", "official", "working", "unofficial"];

/**
 * Evidence to visits: the first trip the article speaks of is the one it reports (current,
 * unless a future marker says it is announced); other trips are past unless marked future.
 * Evidence for the same guest, host and tense merges into one visit.
 */
function mergeVisits(ctx: Ctx, found: Evidence[]): VisitFact[] {
  const { a } = ctx;
  // "Астана. ... Тоқаевтың Моңғолияға сапары аяқталды. Сапар барысында ... келіссөздер
  // жүргізді": talks placed by the dateline alone are the reported trip's, not a trip the other way.
  const evidence = found.filter(
    (e) =>
      !e.datelineOnly ||
      !found.some(
        (t) =>
          !t.datelineOnly &&
          t.tense !== "past" &&
          t.guestCountry === e.hostCountry &&
          t.hostCountry === e.guestCountry,
      ),
  );
  if (evidence.length === 0) return [];
  const main = evidence[0]!;
  const mainKey = `${main.guestCountry}>${main.hostCountry}`;
  const mainItems = evidence.filter((e) => `${e.guestCountry}>${e.hostCountry}` === mainKey);
  const future = mainItems.filter((e) => e.tense === "future").length;
  // An announced trip is spoken of in the future at least as often as in any other way.
  // A tie goes the way of the first evidence: a reception reported, then "a visit is expected".
  const mainTense: Tense =
    future * 2 > mainItems.length || (future * 2 === mainItems.length && main.tense === "future")
      ? "future"
      : "current";
  // Guests named in the reported trip: a trip announced for someone else is another visit
  // ("принял делегацию ... Муратом Нуртлеу. Ожидается визит Касым-Жомарта Токаева").
  const reportedGuests = new Set(
    mainItems.filter((e) => e.tense !== "future" && e.tense !== "past").map((e) => e.guest),
  );
  const announcedApart = (e: Evidence) =>
    mainTense === "current" &&
    e.tense === "future" &&
    e.guest !== null &&
    !reportedGuests.has(null) &&
    reportedGuests.size > 0 &&
    !reportedGuests.has(e.guest);
  const groups = new Map<string, { tense: Tense; items: Evidence[] }>();
  for (const e of evidence) {
    const pair = `${e.guestCountry}>${e.hostCountry}`;
    let tense: Tense;
    if (pair === mainKey) tense = e.tense === "past" || announcedApart(e) ? e.tense! : mainTense;
    else tense = e.tense === "future" ? "future" : "past";
    const key = `${pair}>${tense}`;
    let g = groups.get(key);
    if (!g) {
      g = { tense, items: [] };
      groups.set(key, g);
    }
    g.items.push(e);
  }
  const visits: VisitFact[] = [];
  for (const { tense, items } of groups.values()) {
    const first = items[0]!;
    const guests = items.map((e) => e.guest);
    // A guest whose office the text never gives is still the one the evidence names.
    // An office the evidence names ("Түркия Президенті ... келген") picks the state's holder of
    // it, not its highest-ranking official named elsewhere ("Вице-президенті Джевдет Йылмаз").
    const namedLevel = items.find((e) => e.level)?.level;
    const namedRole = namedLevel ? HOST_ROLE[namedLevel] : undefined;
    // The one the trip sentence names as travelling or invited is the guest, office or not.
    const travellers = items.map((e) => (NAMES_TRAVELLER.has(e.rule) ? e.guest : null));
    const guestIdx =
      pickPerson(a, guests) ??
      pickPerson(a, travellers, { roleless: true }) ??
      (namedLevel && namedLevel !== "other"
        ? namedRole
          ? topPerson(ctx, first.guestCountry, namedRole)
          : null
        : topPerson(ctx, first.guestCountry)) ??
      pickPerson(a, guests, { roleless: true });
    const guest = guestIdx !== null ? a.people[guestIdx] : undefined;
    const level: VisitLevel =
      (guest?.role && LEVEL_OF_ROLE[guest.role]) || items.find((e) => e.level)?.level || "other";
    const hostRole = HOST_ROLE[level];
    // One who receives the guest ("принял", "қабылдады") is the host whatever the office: a
    // president receives a minister. A person merely met counts only as the guest's counterpart.
    const receivers = items.filter((e) => e.rule === "visit.reception").map((e) => e.host);
    const namedHosts = items
      .map((e) => e.host)
      .filter((h) => h !== null && (!hostRole || a.people[h]?.role === hostRole));
    const hostIdx =
      pickPerson(a, receivers, { roleless: true }) ??
      pickPerson(a, namedHosts) ??
      (hostRole ? topPerson(ctx, first.hostCountry, hostRole) : null) ??
      // A named host whose office the text never gives may still be the counterpart.
      pickPerson(
        a,
        items.map((e) => (e.host !== null && !a.people[e.host]?.role ? e.host : null)),
        { roleless: true },
      ) ??
      // A guest who meets no one of their own office meets the host state's highest official
      // named, of that office or higher ("Сыртқы істер министрі ... Әзербайжан Президенті Ильхам
      // Әлиевпен кездесті"); a minister does not host a president.
      outranking(
        a,
        hostRole,
        pickPerson(
          a,
          items.map((e) => e.host),
        ) ?? stateOfficial(a, topPerson(ctx, first.hostCountry)),
      );
    const kinds = items.map((e) => e.kind).filter((k): k is VisitKind => k !== null);
    const kind = KIND_ORDER.find((k) => kinds.includes(k)) ?? "unspecified";
    let city = items.find((e) => e.city)?.city ?? null;
    // Only the reported visit may take its city from the dateline ("МОСКВА, 22 октября. /ТАСС/.").
    if (!city && tense === "current") {
      city =
        ctx.cities.find((c) => c.code === first.hostCountry && isDateline(a.text, c))?.name ?? null;
    }
    let startDate = items.find((e) => e.date)?.date ?? null;
    if (!startDate && tense === "current") startDate = a.header.publishedOn;
    visits.push({
      rule: first.rule,
      span: first.span,
      guestCountry: first.guestCountry,
      hostCountry: first.hostCountry,
      guest: guest?.name ?? null,
      host: hostIdx !== null ? (a.people[hostIdx]?.name ?? null) : null,
      kind,
      level,
      city,
      startDate,
      endDate: null,
      tense,
    });
  }
  return visits;
}

/** A city that opens a line and is followed by a stop or comma: "Астана. 10 апреля.", "МӘСКЕУ. KAZINFORM". */
function isDateline(text: string, c: Span): boolean {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  return (
    /^\s*$/.test(text.slice(lineStart, c.start)) && /^\s*[.,]/.test(text.slice(c.end, c.end + 3))
  );
}

/** The person, if they hold one of a state's own offices (not an ambassador's or a spokesman's). */
function stateOfficial(a: Analysis, person: number | null): number | null {
  const role = person === null ? undefined : a.people[person]?.role;
  return role && STATE_OFFICES.has(role) ? person : null;
}

/**
 * The person, unless the text gives them an office ranking below `role` (a minister does not
 * host a president; one whose office the text never gives may).
 */
function outranking(
  a: Analysis,
  role: PersonRole | undefined,
  person: number | null,
): number | null {
  if (person === null || !role) return person;
  const held = a.people[person]?.role;
  return !held || ROLE_RANK[held] >= ROLE_RANK[role] ? person : null;
}

/** Rules whose evidence names the traveller by the sentence's grammar, not by an office. */
const NAMES_TRAVELLER = new Set<RuleIdOf<"visit">>(["visit.traveller", "visit.invitation"]);

/** The highest-ranking of the people the evidence names. */
function pickPerson(
  a: Analysis,
  candidates: Array<number | null>,
  { roleless = false }: { roleless?: boolean } = {},
): number | null {
  let best: number | null = null;
  // Only where the text itself makes a person the host may one without a known office count.
  let bestRank = roleless ? -2 : -1;
  for (const c of candidates) {
    if (c === null) continue;
    const role = a.people[c]?.role;
    const rank = role ? ROLE_RANK[role] : -1;
    if (rank > bestRank) {
      bestRank = rank;
      best = c;
    }
  }
  return best;
}

/**
 * A state named inside the outlet's name ("KAZAKHSTAN TODAY", "Uzbekistan Daily") is no party
 * to any trip the article reports.
 */
function outsideOutlet(a: Analysis, c: CountryMention): boolean {
  const outlet = a.header.source;
  if (!outlet) return true;
  if (!outlet.toLowerCase().includes(a.text.slice(c.start, c.end).toLowerCase())) return true;
  const around = a.text.slice(Math.max(0, c.start - outlet.length), c.end + outlet.length);
  return !around.includes(outlet);
}

/**
 * A state named right before a person's name is the one the person serves: "Государственного
 * секретаря США Энтони Блинкена", "президента Узбекистана Шавката Мирзиёева"; Kazakh puts the
 * office between ("Өзбекстан басшысы Шавкат Мирзиёевтің", "Қырғызстан Министрлер кабинетінің
 * төрағасы Адылбек Қасымалиевпен"). A place the name follows ("в Узбекистан Токаев") is no office.
 */
const STATE_BEFORE_NAME: Record<Language, RegExp> = {
  ru: /^\s+$/u,
  en: /^\s+$/u,
  kk: /^\s+(?:[\p{L}-]+\s+){0,6}$/u,
};
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:в|во|на|из|до|с|со|по|к|ко|to|in|from|at)\s+$/iu;
/**
 * Who leads a state's delegation serves that state, whatever office words stand before the name:
 * "делегацию Казахстана во главе с заместителем Премьер-министра – министром иностранных дел
 * Муратом Нуртлеу", "a Kazakh delegation led by Foreign Minister Murat Nurtleu", "Қазақстан
 * делегациясын бастаған Сыртқы істер министрі Мұрат Нұртлеу". `before` is tested on the text
 * before the state's name, `after` on the text from it to the name.
 */
const DELEGATION_LEADER: Record<Language, { before: RegExp; after: RegExp }> = {
  ru: {
    before: /делегаци\p{L}*\s+$/iu,
    after: /^\p{L}*\s+(?:во\s+главе\s+с|,\s*(?:которую\s+)?возглавля\p{L}*)\s[^.;:!?«»"()\n]*$/iu,
  },
  en: { before: /$/u, after: /^\s+delegation\s+(?:led|headed)\s+by\s[^.;:!?"()\n]*$/iu },
  kk: {
    before: /$/u,
    after: /^\p{L}*\s+делегация\p{L}*\s+(?:бастаған|басқарған)\s[^.;:!?«»"()\n]*$/iu,
  },
};
/** Kazakh cases that make a state's name a place: to, in, from it. */
const PLACE_CASES = ["dative", "locative", "ablative"] as const;
/** How far before a name its state may be named, office words included. */
const STATE_REACH = 90;

/** Each person's state: the people rules' answer, else the state named before a name, else home for an official. */
function statesOfPeople(
  a: Analysis,
  countries: CountryMention[],
  mentions: PersonMention[],
): Array<string | null> {
  const states: Array<string | null> = a.people.map((p) => p.country);
  const between = STATE_BEFORE_NAME[a.lang];
  const home = homeState(a);
  // One with a foreign state named shortly before is no home official, even when the office
  // words between are too many to tie the state to the name.
  const foreignNear = new Set<number>();
  for (const m of mentions) {
    if (states[m.person] || m.kind === "pronoun") continue;
    const reach = { start: m.start - STATE_REACH, end: m.start };
    const c = within(countries, reach).at(-1);
    if (!c) continue;
    const gap = a.text.slice(c.end, m.start);
    const inside = within(mentions, { start: c.end, end: m.start });
    const led = DELEGATION_LEADER[a.lang];
    if (
      led.before.test(a.text.slice(Math.max(0, c.start - 20), c.start)) &&
      led.after.test(gap) &&
      inside.every((x) => x.kind === "descriptor")
    ) {
      states[m.person] = c.code;
      if (c.code !== home) foreignNear.add(m.person);
      continue;
    }
    if (/[.;:!?«»"()\n]/u.test(gap) || inside.length > 0) continue;
    if (c.code !== home) foreignNear.add(m.person);
    // Kazakh endings after the state's name ("Қырғызстанның") stay in its word.
    const rest = gap.slice(wordEnd(a.text, c.end) - c.end);
    if (!between.test(rest) || /,/u.test(gap)) continue;
    if (PLACE_PREPOSITION.test(a.text.slice(Math.max(0, c.start - 6), c.start))) continue;
    // Kazakh marks a place by its case: "Қырғызстанға ... келген Тоқаевты" came to it.
    const ending = (c.ending ?? "") + a.text.slice(c.end, wordEnd(a.text, c.end));
    if (a.lang === "kk" && ending && PLACE_CASES.some((k) => hasKazakhCase(ending, k))) continue;
    states[m.person] = c.code;
  }
  if (home) {
    // Only one the text introduces by a bare office ("Премьер-министр Олжас Бектенов") is the
    // home side's; a foreign guest named without state or office stays unknown.
    const byOffice = new Set<number>();
    for (const m of mentions) {
      if (m.kind !== "pronoun" && levelBefore(a.lang, a.text, m.start) !== null)
        byOffice.add(m.person);
    }
    a.people.forEach((p, i) => {
      if (states[i] || foreignNear.has(i) || !byOffice.has(i)) return;
      if (p.role && STATE_OFFICES.has(p.role)) states[i] = home;
    });
  }
  return states;
}

export function findVisits(a: Analysis): VisitFact[] {
  const cities = findCities(a.text);
  const countries = byStart(a.countries.filter((c) => outsideOutlet(a, c)));
  const mentions = byStart(a.personMentions);
  const ctx: Ctx = {
    a,
    cities,
    places: placesOf(a, countries, cities),
    mentions,
    countries,
    dates: byStart(a.dates),
    otherParty: new Map(),
    states: statesOfPeople(a, countries, mentions),
  };
  const evidence = evidenceOf(ctx).filter((e) => e.guestCountry !== e.hostCountry);
  return mergeVisits(ctx, evidence);
}
