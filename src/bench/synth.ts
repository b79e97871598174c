// Synthetic corpus: realistic Russian and Kazakh visit reports with the extraction each one should yield.
import type {
  DocumentKind,
  PersonRole,
  StatementKind,
  Tense,
  VisitKind,
  VisitLevel,
} from "../extraction/types.js";
import { Rng } from "./rng.js";
import {
  AGREEMENT_SUBJECTS,
  BODIES,
  CULTURES,
  DOC_HEADS,
  type DocHead,
  KK_MONTHS,
  KK_SOURCES,
  OFFICES,
  type OfficeId,
  type OfficeTitle,
  PACT_SUBJECTS,
  RU_MONTHS_GEN,
  RU_MONTHS_PREP,
  RU_SOURCES,
  SECTORS,
  STATES,
  type State,
  VISIT_KINDS,
} from "./synth-data.js";
import {
  capitalize,
  type Gender,
  type KkCase,
  kkAnd,
  kkCase,
  kkToRuSpelling,
  type NameParts,
  type RuCase,
  ruName,
  ruPast,
  ruSurname,
} from "./synth-morph.js";

export interface ExpectedPerson {
  name: string;
  country: string | null;
  role: PersonRole | null;
}

export interface ExpectedVisit {
  guestCountry: string;
  hostCountry: string;
  guest: string | null;
  host: string | null;
  kind: VisitKind;
  level: VisitLevel;
  city: string | null;
  startDate: string | null;
  tense: Tense;
}

export interface ExpectedStatement {
  speaker: string | null;
  kind: StatementKind;
  text: string;
}

export interface ExpectedDocument {
  title: string;
  kind: DocumentKind;
  countries: string[];
  parties: string[];
  signatories: string[];
  tense: Tense;
}

/** The contract's ArticleExtraction fields, as the generator knows them to be true. */
export interface ExpectedExtraction {
  language: "ru" | "kk";
  title: string;
  publishedOn: string;
  source: string;
  countries: { code: string }[];
  people: ExpectedPerson[];
  visits: ExpectedVisit[];
  statements: ExpectedStatement[];
  documents: ExpectedDocument[];
}

export interface SyntheticArticle {
  fileName: string;
  text: string;
  expected: ExpectedExtraction;
}

const FIRST_YEAR = 2016;
const LAST_YEAR = 2026;

/**
 * `n` articles, the same for the same seed. Article i depends only on (seed, i), so a corpus
 * of 1,000 is the first 1,000 of a corpus of 100,000 and officials recur across articles.
 */
export function generateCorpus(n: number, seed: number): SyntheticArticle[] {
  const cast = new Cast(seed);
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) out.push(generateArticle(i, seed, cast));
  return out;
}

/** One article of the corpus `seed`; pass a shared Cast when generating many. */
export function generateArticle(
  index: number,
  seed: number,
  cast = new Cast(seed),
): SyntheticArticle {
  const rng = new Rng(mix(seed, index + 1));
  const lang = rng.chance(2 / 3) ? "ru" : "kk";
  const w = new ArticleWriter(rng, lang, cast);
  const body = w.write();
  const fileName = `synth_${String(index).padStart(6, "0")}_${lang}.txt`;
  return { fileName, text: body, expected: w.expected() };
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(b, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Officials: who holds each office of each state in a given year (fictional, generated).

interface Official {
  parts: NameParts; // Kazakh names in Kazakh letters
  state: State;
  office: OfficeId;
  title: OfficeTitle;
}

/** Fictional office holders, stable for a corpus seed so the same people recur. */
export class Cast {
  private readonly terms = new Map<string, { from: number; parts: NameParts }[]>();
  private readonly usedKeys = new Map<string, Set<string>>();

  constructor(private readonly seed: number) {}

  holder(state: State, office: OfficeId, year: number): Official {
    const title = officeTitle(state, office);
    if (!title) throw new Error(`${state.code} has no office ${office}`);
    const key = `${state.code}/${office}`;
    let terms = this.terms.get(key);
    if (!terms) {
      terms = this.makeTerms(state, office);
      this.terms.set(key, terms);
    }
    let parts = terms[0]?.parts as NameParts;
    for (const t of terms) if (t.from <= year) parts = t.parts;
    return { parts, state, office, title };
  }

  private makeTerms(state: State, office: OfficeId): { from: number; parts: NameParts }[] {
    const rng = new Rng(mix(this.seed, hashString(`${state.code}/${office}`)));
    const leader = office === "head_of_state" || office === "head_of_government";
    const out: { from: number; parts: NameParts }[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += leader ? rng.int(3, 6) : rng.int(1, 4)) {
      const gender: Gender = !leader && rng.chance(0.2) ? "f" : "m";
      out.push({ from: year, parts: this.uniqueName(rng, state, gender) });
    }
    return out;
  }

  /** A name whose surname stem and initial no other official of the state shares. */
  private uniqueName(rng: Rng, state: State, gender: Gender): NameParts {
    let used = this.usedKeys.get(state.code);
    if (!used) {
      used = new Set();
      this.usedKeys.set(state.code, used);
    }
    let parts = makeName(rng, state.culture, gender);
    for (let attempt = 0; attempt < 30 && used.has(personKey(parts)); attempt++) {
      parts = makeName(rng, state.culture, gender);
    }
    used.add(personKey(parts));
    return parts;
  }
}

function officeTitle(state: State, office: OfficeId): OfficeTitle | null {
  const o = state.offices[office];
  if (!o) return null;
  return o === true ? OFFICES[office] : o;
}

function makeName(rng: Rng, cultureId: string, gender: Gender): NameParts {
  const c = CULTURES[cultureId];
  if (!c) throw new Error(`unknown naming culture ${cultureId}`);
  const first = rng.pick(gender === "f" ? c.female : c.male);
  const stem = rng.pick(c.stems);
  if (c.familyFirst) {
    return { first, last: stem, gender, fixedFirst: true, shortFirst: c.shortFirst === true };
  }
  return {
    first,
    last: makeSurname(stem, rng.pick(c.suffixes), gender),
    gender,
    fixedFirst: false,
  };
}

/** "Есен" + "ов" → "Есенов" / "Есенова"; "Жұмабай" → "Жұмабаев"; "Юлдаш" → "Юлдашев". */
function makeSurname(stem: string, suffix: string, gender: Gender): string {
  if (suffix !== "ов") {
    const whole = stem + suffix;
    return gender === "f" && whole.endsWith("ий") ? `${whole.slice(0, -2)}ая` : whole;
  }
  let base: string;
  if (/(ов|ев|ин)$/.test(stem)) base = stem;
  else if (stem.endsWith("й")) base = `${stem.slice(0, -1)}ев`;
  else if (/[аеиоуыэюяёәөүіұжшчщц]$/.test(stem)) base = `${stem}ев`;
  else base = `${stem}ов`;
  return gender === "f" ? `${base}а` : base;
}

/** The scorer's notion of one person: surname's first five letters and first initial. */
function personKey(p: NameParts): string {
  const fold = (s: string) => kkToRuSpelling(s).toLowerCase().replace(/ё/g, "е").replace(/й/g, "и");
  return `${fold(p.last).slice(0, 5)}|${fold(p.first).charAt(0)}`;
}

// ---------------------------------------------------------------------------------------------
// Writing one article.

type Lang = "ru" | "kk";

interface Actor extends Official {
  name: string; // nominative full name as this article spells it
}

const LEVEL_OF: Record<string, VisitLevel> = {
  head_of_state: "head_of_state",
  head_of_government: "head_of_government",
  foreign_minister: "minister",
};

const KIND_WEIGHTS: VisitKind[] = [
  "state",
  "official",
  "official",
  "official",
  "working",
  "working",
  "working",
  "unofficial",
  "unspecified",
];

class ArticleWriter {
  private readonly countries = new Set<string>();
  private readonly people = new Map<string, ExpectedPerson>();
  private readonly visits: ExpectedVisit[] = [];
  private readonly statements: ExpectedStatement[] = [];
  private readonly documents: ExpectedDocument[] = [];
  private title = "";
  private source = "";
  private publishedOn = "";
  private readonly year: number;
  private readonly month: number;
  private readonly day: number;
  private readonly host: State;
  private readonly guest: State;
  private readonly hostActor: Actor;
  private readonly guestActor: Actor;
  private readonly kind: VisitKind;
  private readonly level: VisitLevel;
  private readonly office: OfficeId;

  constructor(
    private readonly rng: Rng,
    private readonly lang: Lang,
    private readonly cast: Cast,
  ) {
    this.year = rng.int(2018, 2025);
    this.month = rng.int(0, 11);
    this.day = rng.int(1, 28);
    const r = rng.next();
    this.office = r < 0.6 ? "head_of_state" : r < 0.82 ? "head_of_government" : "foreign_minister";
    const withOffice = STATES.filter((s) => officeTitle(s, this.office));
    const kz = STATES.find((s) => s.code === "KZ") as State;
    // Most reports concern Kazakhstan, as the corpus this tool is built for does.
    const a = rng.chance(0.7) ? kz : rng.pick(withOffice);
    let b = rng.pick(withOffice);
    while (b.code === a.code) b = rng.pick(withOffice);
    [this.host, this.guest] = rng.chance(0.5) ? [a, b] : [b, a];
    this.hostActor = this.actor(this.host, this.office);
    this.guestActor = this.actor(this.guest, this.office);
    this.kind = rng.pick(KIND_WEIGHTS);
    this.level = LEVEL_OF[this.office] as VisitLevel;
  }

  private actor(state: State, office: OfficeId): Actor {
    const o = this.cast.holder(state, office, this.year);
    const parts =
      this.lang === "ru"
        ? { ...o.parts, first: kkToRuSpelling(o.parts.first), last: kkToRuSpelling(o.parts.last) }
        : o.parts;
    return { ...o, parts, name: `${parts.first} ${parts.last}` };
  }

  get iso(): string {
    return isoDate(this.year, this.month, this.day);
  }

  expected(): ExpectedExtraction {
    return {
      language: this.lang,
      title: this.title,
      publishedOn: this.publishedOn,
      source: this.source,
      countries: [...this.countries].map((code) => ({ code })),
      people: [...this.people.values()],
      visits: this.visits,
      statements: this.statements,
      documents: this.documents,
    };
  }

  write(): string {
    return this.lang === "ru" ? this.writeRu() : this.writeKk();
  }

  // --- mentions: every helper that puts a state or person into the text records it.

  private st(s: State, c: RuCase): string {
    this.countries.add(s.code);
    return s.ru[c];
  }

  private stOfficial(s: State, c: "nom" | "gen"): string {
    this.countries.add(s.code);
    return s.ruOfficial[c === "nom" ? 0 : 1];
  }

  private stKk(s: State, c: KkCase): string {
    this.countries.add(s.code);
    return kkCase(s.kk, c);
  }

  private stKkOfficial(s: State): string {
    this.countries.add(s.code);
    return s.kkOfficial;
  }

  /** "казахстанской": an adjective names its state as much as the noun does. */
  private adj(s: State, ending: string): string {
    this.countries.add(s.code);
    return s.ruAdj + ending;
  }

  private adjPair(a: State, b: State, ending: string): string {
    this.countries.add(a.code);
    this.countries.add(b.code);
    return `${a.ruAdj}о-${b.ruAdj}${ending}`;
  }

  private meet(p: Actor): void {
    if (!this.people.has(p.name)) {
      this.people.set(p.name, { name: p.name, country: p.state.code, role: p.title.role });
    }
  }

  /** "президентом Азербайджана Ильхамом Алиевым" */
  private ruTitled(p: Actor, c: "nom" | "gen" | "dat" | "ins"): string {
    return `${this.ruTitle(p, c)} ${this.ruNameOf(p, c)}`;
  }

  /** "президентом Азербайджана" (a descriptor that names the person without the name). */
  private ruTitle(p: Actor, c: "nom" | "gen" | "dat" | "ins"): string {
    this.meet(p);
    // Titles such as "председатель КНР" name the state themselves.
    this.countries.add(p.state.code);
    return p.title.ru[c].replace("{C}", () => this.st(p.state, "gen"));
  }

  private ruNameOf(p: Actor, c: RuCase): string {
    this.meet(p);
    return ruName(p.parts, c);
  }

  private ruSur(p: Actor, c: RuCase = "nom"): string {
    this.meet(p);
    return ruSurname(p.parts, c);
  }

  /** "Әзербайжан Президенті Ильхам Әлиевпен": the title stays nominative, the name takes the case. */
  private kkTitled(p: Actor, c: KkCase): string {
    return `${this.kkTitle(p, "nom")} ${this.kkNameOf(p, c)}`;
  }

  private kkTitle(p: Actor, c: "nom" | "gen" | "dat" | "ins"): string {
    this.meet(p);
    this.countries.add(p.state.code);
    return p.title.kk[c].replace("{C}", () => this.stKk(p.state, "nom"));
  }

  private kkNameOf(p: Actor, c: KkCase): string {
    this.meet(p);
    return `${p.parts.first} ${kkCase(p.parts.last, c)}`;
  }

  private kkSur(p: Actor, c: KkCase = "nom"): string {
    this.meet(p);
    return kkCase(p.parts.shortFirst ? p.parts.first : p.parts.last, c);
  }

  private v(verb: string, p: Actor): string {
    return ruPast(verb, p.parts.gender);
  }

  private addVisit(
    guest: State,
    host: State,
    g: Actor | null,
    h: Actor | null,
    kind: VisitKind,
    city: string | null,
    startDate: string | null,
    tense: Tense,
  ): void {
    this.visits.push({
      guestCountry: guest.code,
      hostCountry: host.code,
      guest: g?.name ?? null,
      host: h?.name ?? null,
      kind,
      level: this.level,
      city,
      startDate,
      tense,
    });
  }

  private say(speaker: Actor, kind: StatementKind, text: string): string {
    this.statements.push({ speaker: speaker.name, kind, text });
    return text;
  }

  // --- Russian ---------------------------------------------------------------------------------

  private writeRu(): string {
    const { rng, host: H, guest: G, hostActor: h, guestActor: g } = this;
    const paras: string[] = [];
    this.source = rng.pick(RU_SOURCES);
    this.publishedOn = this.iso;
    const header = rng.chance(0.6)
      ? `${pad(this.day)}.${pad(this.month + 1)}.${this.year}, ${pad(rng.int(8, 21))}:${pad(rng.int(0, 59))}`
      : `${this.day} ${RU_MONTHS_GEN[this.month]} ${this.year}, ${pad(rng.int(8, 21))}:${pad(rng.int(0, 59))}`;
    const phone = rng.chance(0.12);
    const cityNom = H.capital.ru;
    const k = VISIT_KINDS[this.kind];
    const dateline = `${cityNom.toUpperCase()}, ${this.day} ${RU_MONTHS_GEN[this.month]}. ${this.source} –`;

    if (phone) {
      this.title = `${capitalize(this.ruSur(h))} и ${this.ruSur(g)} провели телефонный разговор`;
      paras.push(
        `${dateline} ${capitalize(this.ruTitled(h, "nom"))} ${this.v("провел", h)} телефонный разговор с ${this.ruTitled(g, "ins")}.`,
      );
      paras.push(this.ruFiller(2));
      paras.push(this.ruIndirect(h, "descriptor"));
      paras.push(this.ruIndirect(g, "name"));
      const when = rng.chance(0.5)
        ? `в ${RU_MONTHS_PREP[rng.int(0, 11)]} ${this.year + 1} года`
        : "в ближайшее время";
      paras.push(
        `Стороны также обсудили подготовку предстоящего ${k.ruAdjGen} ${this.ruTitle(g, "gen")} в ${this.st(H, "acc")}, который может состояться ${when}.`,
      );
      this.addVisit(G, H, g, null, this.kind, null, null, "future");
      paras.push(this.ruFiller(rng.int(2, 3)));
      if (rng.chance(0.5)) paras.push(this.ruPastDocument());
      return this.assembleRu(header, paras);
    }

    // Headline and lead: the visit the article reports.
    const t = rng.int(0, 2);
    if (t === 0) {
      this.title = `${capitalize(this.ruTitled(g, "nom"))} ${this.v("прибыл", g)} в ${this.st(H, "acc")} ${k.ruIns}`;
    } else if (t === 1) {
      this.title = `${capitalize(this.ruSur(h))} и ${this.ruSur(g)} провели переговоры в ${ruCity(cityNom, "prep")}`;
    } else {
      this.title = `Лидеры ${this.st(H, "gen")} и ${this.st(G, "gen")} обсудили расширение сотрудничества`;
    }
    const lead = rng.int(0, 2);
    if (lead === 0) {
      paras.push(
        `${dateline} ${capitalize(this.ruTitled(h, "nom"))} ${this.v("провел", h)} переговоры с ${this.ruTitled(g, "ins")}, ${g.parts.gender === "f" ? "которая" : "который"} ${this.v("прибыл", g)} в ${this.st(H, "acc")} ${k.ruIns}.`,
      );
    } else if (lead === 1) {
      paras.push(
        `${dateline} ${capitalize(this.ruTitled(g, "nom"))} ${this.v("прибыл", g)} в ${ruCity(cityNom, "acc")} ${k.ruIns} по приглашению ${this.ruTitled(h, "gen")}.`,
      );
    } else {
      paras.push(
        `${dateline} ${this.day} ${RU_MONTHS_GEN[this.month]} в ${ruCity(cityNom, "prep")} состоялись переговоры ${this.ruTitled(h, "gen")} и ${this.ruTitled(g, "gen")}, ${g.parts.gender === "f" ? "находящейся" : "находящегося"} в ${this.st(H, "prep")} ${k.ruIns}.`,
      );
    }
    this.addVisit(G, H, g, h, this.kind, cityNom, this.iso, "current");

    if (rng.chance(0.6)) {
      const greeterOffice: OfficeId =
        this.office === "foreign_minister" ? "deputy_prime_minister" : "foreign_minister";
      if (officeTitle(H, greeterOffice)) {
        const m = this.actor(H, greeterOffice);
        if (this.distinct(m)) {
          paras.push(
            `В аэропорту ${ruCity(cityNom, "gen")} высокого гостя ${this.v("встретил", m)} ${this.ruTitled(m, "nom")}. ${this.ruFillerSentence()}`,
          );
        }
      }
    }
    paras.push(
      `Стороны обсудили состояние и перспективы ${this.adjPair(H, G, "ого")} сотрудничества, уделив особое внимание вопросам ${rng.pick(SECTORS).ru} и ${rng.pick(SECTORS).ru}. ${this.ruFillerSentence()}`,
    );
    paras.push(this.ruDirect(h, G));
    if (rng.chance(0.8)) paras.push(this.ruIndirect(h, rng.chance(0.5) ? "descriptor" : "name"));
    paras.push(this.ruDirect(g, H));
    if (rng.chance(0.6)) paras.push(this.ruIndirect(g, "pronoun"));
    paras.push(this.ruTrade());
    if (rng.chance(0.8)) paras.push(this.ruDocuments());
    if (rng.chance(0.5)) paras.push(this.ruPastVisit());
    if (rng.chance(0.4)) paras.push(this.ruPastDocument());
    if (rng.chance(0.4)) paras.push(this.ruFutureVisit());
    if (rng.chance(0.3)) paras.push(this.ruFutureDocument());
    return this.assembleRu(header, paras);
  }

  /** Pads with neutral paragraphs to a realistic length (about 4-7 KB). */
  private assembleRu(header: string, paras: string[]): string {
    const target = this.rng.int(4000, 7000);
    const filler = (n: number) => this.ruFiller(n);
    return this.assemble(header, paras, target, filler);
  }

  private assemble(
    header: string,
    paras: string[],
    target: number,
    filler: (n: number) => string,
  ): string {
    const body = paras.filter((p) => p.length > 0);
    let text = `${header}\n\n${this.title}\n\n${body.join("\n\n")}\n`;
    for (let guard = 0; guard < 12 && Buffer.byteLength(text) < target; guard++) {
      // Neutral paragraphs go between the lead and the rest, as in real reports.
      const more = filler(this.rng.int(2, 4));
      if (!more) break;
      body.splice(this.rng.int(1, body.length), 0, more);
      text = `${header}\n\n${this.title}\n\n${body.join("\n\n")}\n`;
    }
    return text;
  }

  private distinct(p: Actor): boolean {
    const key = personKey(p.parts);
    for (const other of [this.hostActor, this.guestActor, ...this.extraActors]) {
      if (other.name !== p.name && personKey(other.parts) === key) return false;
    }
    this.extraActors.push(p);
    return true;
  }

  private readonly extraActors: Actor[] = [];

  private ruQuote(speaker: Actor, other: State): string {
    const { rng } = this;
    const self = speaker.state;
    const sector = () => rng.pick(SECTORS).ru;
    const isGuest = speaker === this.guestActor;
    const f = speaker.parts.gender === "f";
    const bank: (() => string)[] = [
      () => "Мы высоко ценим динамику нашего взаимодействия во всех сферах.",
      () => `${this.st(other, "nom")} является для нас надежным и проверенным партнером.`,
      () =>
        "Сегодня мы провели содержательные переговоры и обсудили весь спектр двусторонних отношений.",
      () =>
        `${f ? "Уверена" : "Уверен"}, реализация достигнутых договоренностей придаст новый импульс нашему сотрудничеству.`,
      () => "Наши страны связывают многовековые узы дружбы и добрососедства.",
      () =>
        `Мы заинтересованы в увеличении взаимного товарооборота и реализации совместных проектов в области ${sector()}.`,
      () => "Считаю важным продолжить совместную работу в рамках многосторонних площадок.",
      () =>
        "Мы рассчитываем, новые договоренности позволят выйти на качественно новый уровень взаимодействия.",
      () =>
        `Для ${this.st(self, "gen")} укрепление связей с ${this.st(other, "ins")} остается одним из приоритетов внешней политики.`,
      () => `Потенциал сотрудничества в сфере ${sector()} далеко не исчерпан.`,
      () => "Нам предстоит большая совместная работа, и мы к ней готовы.",
      () => `Особое значение мы придаем развитию связей в области ${sector()}.`,
    ];
    const parts = rng.sample(bank, rng.int(2, 4)).map((f) => f());
    if (isGuest && rng.chance(0.6))
      parts.unshift("Благодарю за теплый прием и традиционное гостеприимство.");
    if (!isGuest && rng.chance(0.5)) {
      parts.unshift(`${f ? "Рада" : "Рад"} приветствовать вас на ${this.adj(self, "ой")} земле.`);
    }
    return parts.join(" ").replace(/\.$/, "");
  }

  private ruDirect(p: Actor, other: State): string {
    const q = this.say(p, "direct", this.ruQuote(p, other));
    switch (this.rng.int(0, 3)) {
      case 0:
        return `«${q}», – ${this.v("заявил", p)} ${this.ruNameOf(p, "nom")}.`;
      case 1:
        return `${capitalize(this.ruTitled(p, "nom"))} ${this.v("отметил", p)}: «${q}».`;
      case 2:
        return `«${q}», – ${this.v("подчеркнул", p)} ${this.ruTitle(p, "nom")}.`;
      default:
        return `«${q}», – ${this.v("сказал", p)} ${this.ruSur(p)}.`;
    }
  }

  private ruClause(p: Actor): string {
    const { rng } = this;
    const other = p.state === this.host ? this.guest : this.host;
    const bank: (() => string)[] = [
      () => "переговоры прошли в конструктивной и доверительной атмосфере",
      () => "двусторонние отношения динамично развиваются во всех направлениях",
      () =>
        `товарооборот между странами за последние годы вырос более чем на ${rng.int(10, 60)} процентов`,
      () => `стороны намерены расширять сотрудничество в области ${rng.pick(SECTORS).ru}`,
      () =>
        `${this.st(other, "nom")} является одним из ключевых партнеров ${this.st(p.state, "gen")} в регионе`,
      () => "подписанные документы создают прочную основу для новых совместных проектов",
      () =>
        `в ближайшее время будет создана совместная рабочая группа по вопросам ${rng.pick(SECTORS).ru}`,
      () => `объем взаимных инвестиций превысил ${rng.int(2, 9)} миллиардов долларов`,
    ];
    let clause = rng.pick(bank)();
    while (this.statements.some((s) => s.text === clause)) clause = rng.pick(bank)();
    return clause;
  }

  private ruIndirect(p: Actor, how: "name" | "descriptor" | "pronoun"): string {
    const clause = this.say(p, "indirect", this.ruClause(p));
    if (how === "pronoun") {
      return `По ${p.parts.gender === "f" ? "ее" : "его"} словам, ${clause}.`;
    }
    if (how === "descriptor") {
      return `${capitalize(this.ruTitle(p, "nom"))} также ${this.v("отметил", p)}, что ${clause}.`;
    }
    return `${capitalize(this.ruNameOf(p, "nom"))} ${this.v("подчеркнул", p)}, что ${clause}.`;
  }

  private ruFillerSentence(): string {
    const { rng } = this;
    const bank: (() => string)[] = [
      () =>
        "Стороны обменялись мнениями по актуальным вопросам региональной и международной повестки.",
      () =>
        `Особое внимание было уделено вопросам ${rng.pick(SECTORS).ru}, ${rng.pick(SECTORS).ru} и ${rng.pick(SECTORS).ru}.`,
      () => "Обсуждены перспективы реализации совместных инвестиционных проектов.",
      () => "Участники встречи рассмотрели ход выполнения ранее достигнутых договоренностей.",
      () =>
        "В ходе переговоров в расширенном составе к обсуждению присоединились члены официальных делегаций.",
      () => "Стороны также затронули вопросы взаимодействия в рамках многосторонних объединений.",
      () =>
        "В рамках визита запланировано посещение ряда промышленных предприятий и культурных объектов.",
      () => "Стороны условились продолжить регулярные консультации на уровне профильных ведомств.",
      () =>
        "Планируется провести очередное заседание межправительственной комиссии по экономическому сотрудничеству.",
      () => `В настоящее время действуют более ${rng.int(50, 900)} совместных предприятий.`,
      () =>
        "Отдельно обсуждены вопросы сотрудничества в сфере подготовки кадров и академических обменов.",
      () => "Делегации провели серию встреч с представителями деловых кругов.",
      () =>
        `На полях визита состоялся бизнес-форум, в котором приняли участие более ${rng.int(100, 400)} компаний.`,
      () =>
        "Главы делегаций договорились держать на контроле выполнение поручений по итогам встречи.",
    ];
    return this.unusedFiller(bank);
  }

  /** Each neutral sentence at most once per article, as an editor would; "" when all are used. */
  private unusedFiller(bank: (() => string)[]): string {
    const free = bank.map((_, i) => i).filter((i) => !this.usedFiller.has(i));
    if (free.length === 0) return "";
    const i = this.rng.pick(free);
    this.usedFiller.add(i);
    return (bank[i] as () => string)();
  }

  private readonly usedFiller = new Set<number>();

  private ruFiller(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.ruFillerSentence());
    return out.filter((x) => x).join(" ");
  }

  private ruTrade(): string {
    const { rng, host: H, guest: G } = this;
    const s = `По итогам ${this.year - 1} года товарооборот между ${this.st(H, "ins")} и ${this.st(G, "ins")} составил ${rng.int(50, 4000)} млн долларов.`;
    if (rng.chance(0.4)) {
      const third = this.third();
      if (third) {
        return `${s} Отдельное внимание было уделено развитию транзитных маршрутов в направлении ${this.st(third, "gen")}.`;
      }
    }
    return `${s} ${this.ruFillerSentence()}`;
  }

  private third(): State | null {
    const options = STATES.filter((s) => s.code !== this.host.code && s.code !== this.guest.code);
    return options.length ? this.rng.pick(options) : null;
  }

  private ruDocTitle(head: DocHead): { nom: string; acc: string; parties: string[] } {
    const { rng, host: H, guest: G } = this;
    const y = this.year;
    const sector = rng.pick(SECTORS).ru;
    let rest: string;
    let parties: string[] = [];
    switch (head.kind) {
      case "memorandum": {
        const [b1, b2] = rng.sample(BODIES, 2) as [
          (typeof BODIES)[number],
          (typeof BODIES)[number],
        ];
        const h = this.stOfficial(H, "gen");
        const g = this.stOfficial(G, "gen");
        rest = ` о взаимопонимании между ${b1.ruIns} ${h} и ${b2.ruIns} ${g}`;
        parties = [`${b1.ruNom} ${h}`, `${b2.ruNom} ${g}`];
        break;
      }
      case "agreement":
        rest = rng.chance(0.5)
          ? ` между Правительством ${this.stOfficial(H, "gen")} и Правительством ${this.stOfficial(G, "gen")} ${rng.pick(AGREEMENT_SUBJECTS).ru}`
          : ` о сотрудничестве в области ${sector}`;
        break;
      case "treaty":
      case "declaration":
        rest = ` ${rng.pick(PACT_SUBJECTS).ru}`;
        break;
      case "protocol":
        rest = ` о внесении изменений в Соглашение ${rng.pick(AGREEMENT_SUBJECTS).ru}`;
        break;
      case "roadmap":
        rest = ` по расширению сотрудничества в области ${sector} на ${y}–${y + 2} годы`;
        break;
      case "program":
        rest = ` экономического сотрудничества на ${y}–${y + 4} годы`;
        break;
      case "plan":
        rest = ` совместных действий в области ${sector} на ${y}–${y + 1} годы`;
        break;
      default:
        rest = rng.chance(0.5) ? "" : " по итогам переговоров";
    }
    return { nom: head.ruNom + rest, acc: head.ruAcc + rest, parties };
  }

  private addDocument(
    title: string,
    head: DocHead,
    parties: string[],
    signatories: Actor[],
    tense: Tense,
  ): boolean {
    // The same title twice would be one document to a reader, so it is written once.
    if (this.documents.some((d) => d.title === title)) return false;
    this.documents.push({
      title,
      kind: head.kind,
      countries: [this.host.code, this.guest.code],
      parties,
      signatories: signatories.map((s) => s.name),
      tense,
    });
    return true;
  }

  private pickHeads(n: number): DocHead[] {
    const pool = [
      "memorandum",
      "memorandum",
      "memorandum",
      "agreement",
      "agreement",
      "roadmap",
      "program",
      "plan",
      "protocol",
    ];
    const keys = this.rng.sample(pool, n);
    return keys.map((k) => DOC_HEADS[k] as DocHead);
  }

  private ruDocuments(): string {
    const { rng } = this;
    const parts: string[] = [];
    if (this.office === "head_of_state" && rng.chance(0.5)) {
      const head = DOC_HEADS[rng.pick(["joint_statement", "declaration", "treaty"])] as DocHead;
      const t = this.ruDocTitle(head);
      const h = this.hostActor;
      const g = this.guestActor;
      parts.push(`${capitalize(this.ruSur(h))} и ${this.ruSur(g)} подписали ${t.acc}.`);
      this.addDocument(t.nom, head, t.parties, [h, g], "current");
    }
    const heads = this.pickHeads(rng.int(2, 6));
    const lines: string[] = [];
    for (const head of heads) {
      const t = this.ruDocTitle(head);
      if (this.addDocument(t.nom, head, t.parties, [], "current")) lines.push(t.nom);
    }
    const intro = rng.pick([
      "По итогам переговоров был подписан ряд документов, в том числе:",
      "В присутствии глав делегаций подписан пакет документов:",
      "Также состоялась церемония обмена подписанными документами:",
    ]);
    parts.push(
      `${intro}\n${lines.map((l, i) => `– ${l}${i === lines.length - 1 ? "." : ";"}`).join("\n")}`,
    );
    return parts.join(" ");
  }

  private ruPastVisit(): string {
    const { rng, host: H, guest: G, guestActor: g, hostActor: h } = this;
    const k = rng.pick(KIND_WEIGHTS);
    const kk = VISIT_KINDS[k];
    const y = this.year - rng.int(1, 3);
    if (rng.chance(0.5)) {
      this.addVisit(G, H, g, null, k, null, null, "past");
      return `Напомним, в последний раз ${this.ruSur(g)} ${this.v("посещал", g)} ${this.st(H, "acc")} ${kk.ruIns} в ${RU_MONTHS_PREP[rng.int(0, 11)]} ${y} года.`;
    }
    const m = rng.int(0, 11);
    const d = rng.int(1, 28);
    this.addVisit(H, G, h, null, k, null, isoDate(y, m, d), "past");
    return `${d} ${RU_MONTHS_GEN[m]} ${y} года ${this.ruNameOf(h, "nom")} ${this.v("посетил", h)} ${this.st(G, "acc")} ${kk.ruIns}.`;
  }

  private ruFutureVisit(): string {
    const { rng, host: H, guest: G, guestActor: g, hostActor: h } = this;
    const k = rng.pick(KIND_WEIGHTS);
    this.addVisit(H, G, h, g, k, null, null, "future");
    return `${capitalize(this.ruSur(h))} ${this.v("принял", h)} приглашение ${this.ruSur(g, "gen")} посетить ${this.st(G, "acc")} ${VISIT_KINDS[k].ruIns} в ${this.year + 1} году.`;
  }

  private ruPastDocument(): string {
    const { rng } = this;
    const head = DOC_HEADS[rng.pick(["treaty", "declaration", "agreement", "program"])] as DocHead;
    const t = this.ruDocTitle(head);
    if (!this.addDocument(t.nom, head, t.parties, [], "past")) return "";
    const participle = { m: "подписанный", f: "подписанная", n: "подписанное" }[head.ruGender];
    return `Основой договорно-правовой базы двусторонних отношений является ${t.nom}, ${participle} в ${this.year - rng.int(2, 15)} году.`;
  }

  private ruFutureDocument(): string {
    const head = DOC_HEADS[this.rng.pick(["roadmap", "plan", "program", "agreement"])] as DocHead;
    const t = this.ruDocTitle(head);
    if (!this.addDocument(t.nom, head, t.parties, [], "future")) return "";
    return `Стороны договорились в ближайшее время разработать ${t.acc}.`;
  }

  // --- Kazakh ----------------------------------------------------------------------------------

  private writeKk(): string {
    const { rng, host: H, guest: G, hostActor: h, guestActor: g } = this;
    const paras: string[] = [];
    this.source = rng.pick(KK_SOURCES);
    this.publishedOn = this.iso;
    const header = rng.chance(0.6)
      ? `${pad(this.day)}.${pad(this.month + 1)}.${this.year}, ${pad(rng.int(8, 21))}:${pad(rng.int(0, 59))}`
      : `${this.day} ${KK_MONTHS[this.month]} ${this.year}, ${pad(rng.int(8, 21))}:${pad(rng.int(0, 59))}`;
    const cityNom = H.capital.kk;
    const k = VISIT_KINDS[this.kind];
    const dateline = `${cityNom.toUpperCase()}. ${this.day} ${KK_MONTHS[this.month]}. ${this.source} –`;
    const phone = rng.chance(0.12);

    if (phone) {
      this.title = `${this.kkSur(h)} ${kkAnd(this.kkSur(h))} ${this.kkSur(g)} телефон арқылы сөйлесті`;
      paras.push(
        `${dateline} ${this.kkTitled(h, "nom")} ${this.kkTitled(g, "ins")} телефон арқылы сөйлесті.`,
      );
      paras.push(this.kkFiller(2));
      paras.push(this.kkIndirect(h, "name"));
      paras.push(this.kkIndirect(g, "surname"));
      paras.push(
        `Тараптар ${this.kkTitle(g, "gen")} ${this.stKk(H, "dat")} алдағы ${k.kkAdj}н дайындау мәселелерін де талқылады.`,
      );
      this.addVisit(G, H, g, null, this.kind, null, null, "future");
      paras.push(this.kkFiller(rng.int(2, 3)));
      return this.assembleKk(header, paras);
    }

    const t = rng.int(0, 2);
    if (t === 0) {
      this.title = `${this.kkNameOf(g, "nom")} ${this.stKk(H, "dat")} ${k.kkIns} келді`;
    } else if (t === 1) {
      this.title = `${this.kkSur(h)} ${kkAnd(this.kkSur(h))} ${this.kkSur(g)} ${kkCase(cityNom, "loc")} келіссөз жүргізді`;
    } else {
      this.title = `${this.stKk(H, "nom")} ${kkAnd(H.kk)} ${this.stKk(G, "nom")} ынтымақтастықты кеңейтеді`;
    }
    if (rng.chance(0.5)) {
      paras.push(
        `${dateline} ${this.kkTitled(g, "nom")} ${this.stKk(H, "dat")} ${k.kkIns} келді. ${kkCase(cityNom, "loc")} ${this.kkTitled(h, "nom")} ${this.kkNameOf(g, "ins")} келіссөздер жүргізді.`,
      );
    } else {
      paras.push(
        `${dateline} ${this.year} жылғы ${this.day} ${kkCase(KK_MONTHS[this.month] as string, "loc")} ${this.kkTitled(g, "nom")} ${kkCase(cityNom, "dat")} ${k.kkIns} барды. Мейманды ${this.kkTitled(h, "nom")} қарсы алды.`,
      );
    }
    this.addVisit(G, H, g, h, this.kind, cityNom, this.iso, "current");

    paras.push(
      `Тараптар ${this.stKk(H, "nom")}–${this.stKk(G, "nom")} ынтымақтастығының ${rng.pick(SECTORS).kk} және ${rng.pick(SECTORS).kk} салаларындағы мәселелерін талқылады. ${this.kkFillerSentence()}`,
    );
    paras.push(this.kkDirect(h, G));
    if (rng.chance(0.8)) paras.push(this.kkIndirect(h, rng.chance(0.5) ? "name" : "surname"));
    paras.push(this.kkDirect(g, H));
    if (rng.chance(0.6)) paras.push(this.kkIndirect(g, "pronoun"));
    paras.push(this.kkTrade());
    if (rng.chance(0.8)) paras.push(this.kkDocuments());
    if (rng.chance(0.5)) paras.push(this.kkPastVisit());
    if (rng.chance(0.4)) paras.push(this.kkPastDocument());
    if (rng.chance(0.4)) paras.push(this.kkFutureVisit());
    return this.assembleKk(header, paras);
  }

  private assembleKk(header: string, paras: string[]): string {
    return this.assemble(header, paras, this.rng.int(4000, 7000), (n) => this.kkFiller(n));
  }

  private kkQuote(speaker: Actor, other: State): string {
    const { rng } = this;
    const sector = () => rng.pick(SECTORS).kk;
    const isGuest = speaker === this.guestActor;
    const bank: (() => string)[] = [
      () => "Біз екі ел арасындағы ынтымақтастықтың қарқынын жоғары бағалаймыз.",
      () => `${this.stKk(other, "nom")} – біз үшін сенімді әрі маңызды серіктес.`,
      () => "Бүгін біз екіжақты қарым-қатынастың барлық мәселелерін жан-жақты талқыладық.",
      () => "Қол жеткізілген уағдаластықтар ынтымақтастығымызға жаңа серпін береді деп сенемін.",
      () => "Халықтарымызды ғасырлар бойғы достық пен тату көршілік байланыстырады.",
      () => `Біз ${sector()} саласында бірлескен жобаларды жүзеге асыруға мүдделіміз.`,
      () => "Көпжақты алаңдар аясындағы бірлескен жұмысты жалғастыру маңызды деп санаймын.",
      () => "Екі ел арасындағы тауар айналымын арттыру үшін барлық мүмкіндік бар.",
      () =>
        `${this.stKk(other, "ins")} байланыстарды нығайту – біздің сыртқы саясатымыздың басымдығы.`,
      () =>
        `${capitalize(sector())} саласындағы ынтымақтастықтың әлеуеті әлі толық пайдаланылған жоқ.`,
    ];
    const parts = rng.sample(bank, rng.int(2, 4)).map((f) => f());
    if (isGuest && rng.chance(0.6))
      parts.unshift("Жылы қабылдау мен қонақжайлылық үшін алғыс айтамын.");
    return parts.join(" ").replace(/\.$/, "");
  }

  private kkDirect(p: Actor, other: State): string {
    const q = this.say(p, "direct", this.kkQuote(p, other));
    switch (this.rng.int(0, 2)) {
      case 0:
        return `«${q}», – деді ${this.kkNameOf(p, "nom")}.`;
      case 1:
        return `«${q}», – деп атап өтті ${this.kkTitle(p, "nom")}.`;
      default:
        return `${this.kkTitled(p, "nom")} былай деді: «${q}».`;
    }
  }

  private kkClause(p: Actor): string {
    const { rng } = this;
    const other = p.state === this.host ? this.guest : this.host;
    const bank: (() => string)[] = [
      () => "екі ел арасындағы қарым-қатынас барлық бағытта қарқынды дамып келеді",
      () => "келіссөздер сындарлы әрі сенімді ахуалда өтті",
      () => `соңғы жылдары тауар айналымы ${rng.int(10, 60)} пайызға өсті`,
      () => `тараптар ${rng.pick(SECTORS).kk} саласындағы ынтымақтастықты кеңейтуге ниетті`,
      () => "қол қойылған құжаттар жаңа бірлескен жобаларға берік негіз болады",
      () => `${this.stKk(other, "nom")} өңірдегі негізгі серіктестердің бірі болып қала береді`,
    ];
    let clause = rng.pick(bank)();
    while (this.statements.some((s) => s.text === clause)) clause = rng.pick(bank)();
    return clause;
  }

  private kkIndirect(p: Actor, how: "name" | "surname" | "pronoun"): string {
    const clause = this.say(p, "indirect", this.kkClause(p));
    if (how === "pronoun") return `Оның айтуынша, ${clause}.`;
    if (how === "surname") return `${this.kkSur(p, "gen")} айтуынша, ${clause}.`;
    return `${this.kkNameOf(p, "nom")} ${clause} деп атап өтті.`;
  }

  private kkFillerSentence(): string {
    const { rng } = this;
    const bank: (() => string)[] = [
      () =>
        "Тараптар өңірлік және халықаралық күн тәртібіндегі өзекті мәселелер бойынша пікір алмасты.",
      () =>
        `${capitalize(rng.pick(SECTORS).kk)} саласындағы ынтымақтастық мәселелеріне ерекше назар аударылды.`,
      () => "Бірлескен инвестициялық жобаларды іске асыру перспективалары талқыланды.",
      () => "Кездесу барысында бұрын қол жеткізілген уағдаластықтардың орындалу барысы қаралды.",
      () => "Кеңейтілген құрамдағы келіссөздерге ресми делегациялардың мүшелері қатысты.",
      () => "Тараптар көпжақты бірлестіктер аясындағы өзара іс-қимыл мәселелерін де қозғады.",
      () =>
        "Сапар аясында бірқатар өнеркәсіп кәсіпорындары мен мәдени нысандарды аралау жоспарланған.",
      () =>
        "Тараптар салалық ведомстволар деңгейінде тұрақты консультацияларды жалғастыруға уағдаласты.",
      () => `Қазіргі уақытта ${rng.int(50, 900)}-ден астам бірлескен кәсіпорын жұмыс істейді.`,
      () => "Делегациялар іскер топтардың өкілдерімен бірқатар кездесу өткізді.",
      () => `Сапар аясында өткен бизнес-форумға ${rng.int(100, 400)}-ден астам компания қатысты.`,
    ];
    return this.unusedFiller(bank);
  }

  private kkFiller(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.kkFillerSentence());
    return out.filter((x) => x).join(" ");
  }

  private kkTrade(): string {
    const { rng, host: H, guest: G } = this;
    const s = `${this.year - 1} жылдың қорытындысы бойынша ${this.stKk(H, "nom")} ${kkAnd(H.kk)} ${this.stKk(G, "nom")} арасындағы тауар айналымы ${rng.int(50, 4000)} миллион долларды құрады.`;
    if (rng.chance(0.4)) {
      const third = this.third();
      if (third)
        return `${s} ${this.stKk(third, "dat")} қарай транзиттік бағыттарды дамытуға ерекше көңіл бөлінді.`;
    }
    return `${s} ${this.kkFillerSentence()}`;
  }

  /** Kazakh title: the head noun comes last, so cases change only the final words. */
  private kkDocTitle(head: DocHead): { nom: string; dat: string; acc: string; parties: string[] } {
    const { rng, host: H, guest: G } = this;
    const y = this.year;
    const sector = rng.pick(SECTORS).kk;
    let pre: string;
    let parties: string[] = [];
    switch (head.kind) {
      case "memorandum": {
        const [b1, b2] = rng.sample(BODIES, 2) as [
          (typeof BODIES)[number],
          (typeof BODIES)[number],
        ];
        const p1 = `${this.stKkOfficial(H)} ${b1.kk}`;
        const p2 = `${this.stKkOfficial(G)} ${b2.kk}`;
        pre = `${p1} ${kkAnd(b1.kk)} ${p2} арасындағы өзара түсіністік туралы `;
        parties = [p1, p2];
        break;
      }
      case "agreement":
        pre = rng.chance(0.5)
          ? `${this.stKkOfficial(H)} Үкіметі мен ${this.stKkOfficial(G)} Үкіметі арасындағы ${rng.pick(AGREEMENT_SUBJECTS).kk} `
          : `${sector} саласындағы ынтымақтастық туралы `;
        break;
      case "treaty":
      case "declaration":
        pre = `${rng.pick(PACT_SUBJECTS).kk} `;
        break;
      case "protocol":
        pre = `${rng.pick(AGREEMENT_SUBJECTS).kk} келісімге өзгерістер енгізу туралы `;
        break;
      case "roadmap":
        pre = `${sector} саласындағы ынтымақтастықты кеңейту жөніндегі `;
        break;
      case "program":
        pre = `${y}–${y + 4} жылдарға арналған экономикалық ынтымақтастық `;
        break;
      case "plan":
        pre = `${y}–${y + 1} жылдарға арналған бірлескен іс-қимыл `;
        break;
      default:
        pre = "";
    }
    const cap = (s: string) => capitalize(s);
    return {
      nom: cap(pre + head.kkNom),
      dat: cap(pre + head.kkDat),
      acc: cap(pre + head.kkAcc),
      parties,
    };
  }

  private kkDocuments(): string {
    const { rng } = this;
    const parts: string[] = [];
    if (this.office === "head_of_state" && rng.chance(0.5)) {
      const head = DOC_HEADS[rng.pick(["joint_statement", "declaration", "treaty"])] as DocHead;
      const t = this.kkDocTitle(head);
      const h = this.hostActor;
      const g = this.guestActor;
      parts.push(`${this.kkSur(h)} ${kkAnd(this.kkSur(h))} ${this.kkSur(g)} ${t.dat} қол қойды.`);
      this.addDocument(t.nom, head, t.parties, [h, g], "current");
    }
    const heads = this.pickHeads(rng.int(2, 6));
    const lines: string[] = [];
    for (const head of heads) {
      const t = this.kkDocTitle(head);
      if (this.addDocument(t.nom, head, t.parties, [], "current")) lines.push(t.nom);
    }
    const intro = rng.pick([
      "Келіссөздер қорытындысы бойынша бірқатар құжатқа қол қойылды, олардың ішінде:",
      "Делегация басшыларының қатысуымен мынадай құжаттарға қол қойылды:",
    ]);
    parts.push(
      `${intro}\n${lines.map((l, i) => `– ${l}${i === lines.length - 1 ? "." : ";"}`).join("\n")}`,
    );
    return parts.join(" ");
  }

  private kkPastVisit(): string {
    const { rng, host: H, guest: G, guestActor: g, hostActor: h } = this;
    const k = rng.pick(KIND_WEIGHTS);
    const y = this.year - rng.int(1, 3);
    if (rng.chance(0.5)) {
      this.addVisit(G, H, g, null, k, null, null, "past");
      return `Еске салайық, ${this.kkSur(g)} ${this.stKk(H, "dat")} соңғы рет ${y} жылы ${VISIT_KINDS[k].kkIns} келген болатын.`;
    }
    const m = rng.int(0, 11);
    const d = rng.int(1, 28);
    this.addVisit(H, G, h, null, k, null, isoDate(y, m, d), "past");
    return `${y} жылғы ${d} ${kkCase(KK_MONTHS[m] as string, "loc")} ${this.kkNameOf(h, "nom")} ${this.stKk(G, "dat")} ${VISIT_KINDS[k].kkIns} барған болатын.`;
  }

  private kkFutureVisit(): string {
    const { rng, host: H, guest: G, guestActor: g, hostActor: h } = this;
    const k = rng.pick(KIND_WEIGHTS);
    this.addVisit(H, G, h, g, k, null, null, "future");
    return `${this.kkSur(h)} ${this.kkSur(g, "gen")} ${this.stKk(G, "dat")} ${VISIT_KINDS[k].kkIns} келу туралы шақыруын қабыл алды.`;
  }

  private kkPastDocument(): string {
    const head = DOC_HEADS[
      this.rng.pick(["treaty", "declaration", "agreement", "program"])
    ] as DocHead;
    const t = this.kkDocTitle(head);
    if (!this.addDocument(t.nom, head, t.parties, [], "past")) return "";
    return `${this.year - this.rng.int(2, 15)} жылы қол қойылған ${t.nom} екіжақты қатынастардың құқықтық негізін құрайды.`;
  }
}

function ruCity(city: string, c: "gen" | "acc" | "prep"): string {
  const last = city.at(-1) ?? "";
  if ("еиоуэю".includes(last)) return city;
  if (last === "а") return city.slice(0, -1) + { gen: "ы", acc: "у", prep: "е" }[c];
  return c === "acc" ? city : city + { gen: "а", prep: "е" }[c];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDate(y: number, m0: number, d: number): string {
  return `${y}-${pad(m0 + 1)}-${pad(d)}`;
}
