// Finds visits: an official of one state travelling to another, with kind, level, city, date and tense.
import type { Analysis, CountryMention, DateMention } from "../analysis.js";
import type {
  Language,
  PersonFact,
  PersonRole,
  Span,
  Tense,
  VisitFact,
  VisitKind,
  VisitLevel,
} from "../types.js";
import { type CityMention, findCities } from "./visits/cities.js";
import { kindBefore, tenseMarker, type VisitWordHit, visitWords } from "./visits/lexicon.js";

/** One place in the text that speaks of a trip, with what could be read around it. */
interface Evidence {
  rule: string;
  span: Span;
  guestCountry: string;
  hostCountry: string;
  guest: number | null; // index into a.people
  host: number | null;
  kind: VisitKind | null;
  city: string | null;
  date: string | null;
  tense: Tense | null;
}

interface Place extends Span {
  code: string;
  city: string | null;
}

interface Ctx {
  a: Analysis;
  cities: CityMention[];
  places: Place[];
}

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

/** States and cities named in the text, cities carrying their state. */
function placesOf(a: Analysis, cities: CityMention[]): Place[] {
  const out: Place[] = [];
  for (const c of a.countries)
    if (c.form === "name") out.push({ start: c.start, end: c.end, code: c.code, city: null });
  for (const c of cities) {
    if (!out.some((p) => p.start < c.end && c.start < p.end)) {
      out.push({ start: c.start, end: c.end, code: c.code, city: c.name });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The word that holds a mention's end, so Kazakh case endings after the span are seen too. */
function wordEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && /[\p{L}]/u.test(text[e]!)) e++;
  return e;
}

/**
 * Places a trip goes to, in the sentence: "в Казахстан", "в столице Исламской Республики Иран",
 * "to Moscow", "Мәскеуге" / "Қазақстанға" (Kazakh dative), "Мәскеуде" (locative).
 */
const DESTINATION_RULES: Array<{
  id: string;
  lang: Language | null;
  test: (text: string, p: Place) => boolean;
}> = [
  {
    // "прибыл в Казахстан", "в городе Астане", "в братский Таджикистан", "в столице Исламской Республики Иран"
    id: "visit.dest.ru_preposition",
    lang: "ru",
    test: (t, p) =>
      /(?:^|[^\p{L}])(?:в|во|на|до)\s+(?:(?:столиц|город|резиденци|аэропорт)\p{L}*\s+)?(?:\p{Ll}+(?:ый|ий|ой|ую|юю|ое|ее|ом|ем|ей|ую)\s+){0,2}$/u.test(
        t.slice(Math.max(0, p.start - 50), p.start),
      ),
  },
  {
    // "visit to Russia", "arrived in Moscow", "visited Astana"
    id: "visit.dest.en_preposition",
    lang: null,
    test: (t, p) =>
      /(?:to|in|visit(?:ed|s|ing)?)\s+(?:the\s+)?$/i.test(
        t.slice(Math.max(0, p.start - 20), p.start),
      ),
  },
  {
    // "Мәскеуге", "Қазақстанға", "Ресей Федерациясына", "Астанада"
    id: "visit.dest.kk_case",
    lang: "kk",
    test: (t, p) =>
      /(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|ында|інде)$/u.test(
        t.slice(p.start, wordEnd(t, p.end)),
      ),
  },
];

/**
 * A place right after a verb of travel is where the trip goes: "посетил Астану",
 * "посетит Казахстан", "visited Moscow".
 */
function directObject(ctx: Ctx, sentence: Span, hit: VisitWordHit): Place | null {
  if (hit.role !== "travel") return null;
  for (const p of ctx.places) {
    if (p.start < hit.end || p.end > sentence.end) continue;
    const between = ctx.a.text.slice(hit.end, p.start);
    return /^\s+(?:\p{Ll}+\s+)?$/u.test(between) ? p : null;
  }
  return null;
}

function destinationNear(ctx: Ctx, sentence: Span, hit: VisitWordHit): Place | null {
  const object = directObject(ctx, sentence, hit);
  if (object) return object;
  const at = hit.start;
  let best: Place | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const p of ctx.places) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
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

function peopleIn(a: Analysis, s: Span): Array<{ person: number; start: number; end: number }> {
  return a.personMentions
    .filter((m) => m.start >= s.start && m.end <= s.end && m.kind !== "pronoun")
    .map((m) => ({ person: m.person, start: m.start, end: m.end }));
}

function countriesIn(a: Analysis, s: Span): CountryMention[] {
  return a.countries.filter((c) => c.start >= s.start && c.end <= s.end);
}

/** The highest-ranking person of a state in the whole article, optionally holding one role. */
function topPerson(a: Analysis, code: string, role?: PersonRole): number | null {
  let best: number | null = null;
  let bestScore = -1;
  a.people.forEach((p: PersonFact, i) => {
    if (p.country !== code || !p.role) return;
    if (role && p.role !== role) return;
    const score = ROLE_RANK[p.role] * 1000 + p.mentions.length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** The state with most mentions of its officials, other than `not`: the likely other party. */
function otherParty(a: Analysis, not: string): string | null {
  const counts = new Map<string, number>();
  for (const p of a.people) {
    if (!p.country || p.country === not || !p.role || p.role === "other") continue;
    counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions.length);
  }
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
  const { a } = ctx;
  let best: { code: string; person: number | null } | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const m of peopleIn(a, s)) {
    const p = a.people[m.person];
    if (!p?.country || p.country === host) continue;
    const gap = Math.min(Math.abs(m.start - at), Math.abs(m.end - at));
    if (gap < bestGap) {
      bestGap = gap;
      best = { code: p.country, person: m.person };
    }
  }
  if (best) return best;
  for (const c of countriesIn(a, s)) {
    if (c.code === host) continue;
    const gap = Math.min(Math.abs(c.start - at), Math.abs(c.end - at));
    if (gap < bestGap) {
      bestGap = gap;
      best = { code: c.code, person: null };
    }
  }
  return best;
}

function dayDateIn(a: Analysis, s: Span): DateMention | null {
  return a.dates.find((d) => d.start >= s.start && d.end <= s.end && d.precision === "day") ?? null;
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

/**
 * Receiving a guest: "Путин принял в Кремле президента Казахстана", "Токаев тепло
 * приветствовал в Акорде Председателя КНР". The host is named before the verb, the guest after.
 */
function receptionEvidence(ctx: Ctx, s: Span, hit: VisitWordHit): Evidence | null {
  const { a } = ctx;
  const people = peopleIn(a, s);
  const before = people.filter((m) => m.end <= hit.start).at(-1);
  const hostPerson = before ? a.people[before.person] : undefined;
  if (!before || !hostPerson?.country) return null;
  const after = people.find((m) => {
    const p = a.people[m.person];
    return (
      m.start >= hit.end && m.start - hit.end < 80 && p?.country && p.country !== hostPerson.country
    );
  });
  const guestPerson = after ? a.people[after.person] : undefined;
  if (!after || !guestPerson?.country) return null;
  const cityHere = ctx.cities.find(
    (c) => c.start >= s.start && c.end <= s.end && c.code === hostPerson.country,
  );
  return {
    rule: "visit.reception",
    span: { start: hit.start, end: hit.end },
    guestCountry: guestPerson.country,
    hostCountry: hostPerson.country,
    guest: after.person,
    host: before.person,
    kind: null,
    city: cityHere?.name ?? null,
    date: dayDateIn(a, s)?.iso ?? null,
    tense: tenseMarker(a.lang, a.text, s.start, s.end),
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
  let rule = "visit.travel";
  if (!guest) {
    // "Бакуға ресми сапармен келуге шақырғаны үшін": the speaker's state is the article's other party.
    const other = otherParty(a, dest.code);
    if (!other) return null;
    guest = { code: other, person: null };
    rule = "visit.travel_other_party";
  }
  const city =
    dest.city ??
    ctx.cities.find((c) => c.start >= s.start && c.end <= s.end && c.code === dest.code)?.name ??
    null;
  return {
    rule,
    span: { start: hit.start, end: hit.end },
    guestCountry: guest.code,
    hostCountry: dest.code,
    guest: guest.person,
    host: null,
    kind: kindNear(a, hits, hit),
    city,
    date: dayDateIn(a, s)?.iso ?? null,
    tense: tenseMarker(a.lang, a.text, s.start, s.end),
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

function evidenceOf(ctx: Ctx): Evidence[] {
  const { a } = ctx;
  const out: Evidence[] = [];
  for (const s of sentencesOf(a)) {
    const hits = visitWords(a.lang, a.text, s.start, s.end).filter(
      // A word inside a person's name ("Сапар Исаков") is not a trip word.
      (h) => !a.personMentions.some((m) => m.start <= h.start && h.end <= m.end),
    );
    for (const hit of hits) {
      let ev: Evidence | null = null;
      if (hit.role === "receive") ev = receptionEvidence(ctx, s, hit);
      else {
        ev = travelEvidence(ctx, s, hits, hit);
        if (ev && kazakhVerbNeedsPlace(a, hits, hit)) {
          const dest = destinationNear(ctx, s, hit);
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
function mergeVisits(ctx: Ctx, evidence: Evidence[]): VisitFact[] {
  const { a } = ctx;
  if (evidence.length === 0) return [];
  const main = evidence[0]!;
  const mainKey = `${main.guestCountry}>${main.hostCountry}`;
  const mainItems = evidence.filter((e) => `${e.guestCountry}>${e.hostCountry}` === mainKey);
  const future = mainItems.filter((e) => e.tense === "future").length;
  // An announced trip is spoken of in the future throughout; one report of it happening makes it current.
  const mainTense: Tense = future * 2 > mainItems.length ? "future" : "current";
  const groups = new Map<string, { tense: Tense; items: Evidence[] }>();
  for (const e of evidence) {
    const pair = `${e.guestCountry}>${e.hostCountry}`;
    let tense: Tense;
    if (pair === mainKey) tense = e.tense === "past" ? "past" : mainTense;
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
    const guestIdx =
      pickPerson(
        a,
        items.map((e) => e.guest),
      ) ?? topPerson(a, first.guestCountry);
    const guest = guestIdx !== null ? a.people[guestIdx] : undefined;
    const level: VisitLevel = (guest?.role && LEVEL_OF_ROLE[guest.role]) || "other";
    const hostRole = HOST_ROLE[level];
    const hostIdx =
      pickPerson(
        a,
        items.map((e) => e.host),
      ) ?? (hostRole ? topPerson(a, first.hostCountry, hostRole) : null);
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

/** The highest-ranking of the people the evidence names. */
function pickPerson(a: Analysis, candidates: Array<number | null>): number | null {
  let best: number | null = null;
  let bestRank = -1;
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

export function findVisits(a: Analysis): VisitFact[] {
  const cities = findCities(a.text);
  const ctx: Ctx = { a, cities, places: placesOf(a, cities) };
  const evidence = evidenceOf(ctx).filter((e) => e.guestCountry !== e.hostCountry);
  return mergeVisits(ctx, evidence);
}
