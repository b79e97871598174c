// Reads an article's header: headline, publication date (dateline or metadata line) and outlet.
import type { Analysis, Header } from "../analysis.js";
import { loadLexicon } from "../lexicons/load.js";
import type { Span } from "../types.js";
import { type RawDate, scanDates, yearNear } from "./dates.js";
import type { RuleIdOf } from "./registry.js";
import { cityByName } from "./visits/cities.js";

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    const end = start + part.length;
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed)
      out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return out;
}

/** How far into the article a header may reach: a headline, a lead and a few metadata lines. */
const HEADER_LINES = 10;
const BODY_LINES_FOR_DATELINE = 3;
const TITLE_MAX_CHARS = 160;
const TITLE_MIN_WORDS = 3;

/**
 * Lines that carry no prose: dates, times, view counters, rubric words, photo credits.
 * Examples: "10.04.2023, 18:16 45671", " date 2025-10-21 Фото: t.me/aqorda_resmi", "Политика",
 * "15:29", "Фото: Акорда", "© telegram sputnikuzbekistan/", "Источник: Пресс-служба президента".
 */
const METADATA_RULES: Array<{ id: RuleIdOf<"header">; test: (line: string) => boolean }> = [
  {
    // "Фото: Акорда", "Сурет: Ақорда", "Photo: TASS", "© Александр Щербак/ ТАСС"
    id: "header.meta.credit",
    test: (l) => /^(?:фото|сурет|photo|источник|дереккөз|source|©)/iu.test(l) || /©/.test(l),
  },
  {
    // "10.04.2023, 18:16 45671", "date 2025-10-21", "14:59 22/11/2023", "11 июня 2022"
    id: "header.meta.date_or_counter",
    test: (l) => {
      let rest = l;
      for (const d of scanDates(l).reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
      rest = rest
        .replace(/(?:фото|photo|сурет):.*$/iu, "")
        .replace(/\d{1,2}:\d{2}/g, "")
        .replace(
          /(?:^|\s|\()(?:date|дата|дата публикации|опубликовано|обновлено|жарияланды|жаңартылды|updated|published|фото|photo)(?![\p{L}]):?/giu,
          " ",
        );
      return !/\p{L}{2,}/u.test(rest.replace(/\([^)]*\)/g, ""));
    },
  },
  {
    // "Автор: Иван Петров", "Author: John Smith", "Главная / Новости / Политика"
    id: "header.meta.byline_or_breadcrumbs",
    test: (l) =>
      /^(?:автор|авторы|author|by|автордың)\s*:/iu.test(l) ||
      (l.match(/\s[/>»|]\s/g)?.length ?? 0) >= 2,
  },
  {
    // "Политика", "В мире": a rubric is one or two words with no sentence punctuation
    id: "header.meta.rubric",
    test: (l) => l.split(/\s+/).length <= 2 && !/[.!?,:;«"]/.test(l),
  },
];

/** Metadata lines are short; a long line is prose, and testing it would cost time for nothing. */
const METADATA_MAX_CHARS = 200;

function isMetadata(line: string): boolean {
  return line.length <= METADATA_MAX_CHARS && METADATA_RULES.some((r) => r.test(line));
}

/**
 * A headline is a short line that is not a sentence of the body: a body sentence ends in a
 * full stop or is long. Example: "Президенты Казахстана и Азербайджана провели переговоры".
 */
function headline(lines: Line[]): string | null {
  const first = lines.slice(0, HEADER_LINES).find((l) => !isMetadata(l.text));
  if (!first) return null;
  const t = first.text.replace(/\s+/g, " ");
  if (t.length > TITLE_MAX_CHARS) return null;
  if (/[.:;,]$/.test(t) && !/\.{3}$/.test(t)) return null;
  if (t.split(" ").length < TITLE_MIN_WORDS) return null;
  if (parseDateline(t)) return null;
  return t;
}

/** An outlet name looks like a brand, not a common word: capitals, Latin letters or a domain. */
const BRAND_WORD =
  /^(?:[\p{Lu}\d][\p{Lu}\d&-]+|[A-Za-z][\w&'-]*(?:\.[a-z]{2,4})?|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|[\p{L}\d-]+\.[a-z]{2,4})$/u;
/** A following capitalised word may belong to the brand ("РИА Новости", "KAZAKHSTAN TODAY"). */
const BRAND_TAIL = /^(?:[\p{Lu}\d][\p{Lu}\d&-]+|\p{Lu}[\p{Ll}\p{Lu}]+|[a-z]+\.[a-z]{2,4})$/u;

/** Abbreviations of states and public bodies: capitalised like brands, but never outlets. */
const NOT_OUTLETS = new Set(
  (["ru", "kk", "en"] as const).flatMap((lang) => loadLexicon(lang, "non-outlets")),
);

/** The outlet name at the start of `s`, or null. Example: "Vecher.kz." → "Vecher.kz". */
function brandAt(s: string): string | null {
  const found = brandWords(s);
  if (!found) return null;
  return NOT_OUTLETS.has(found.split(" ")[0]!) ? null : found;
}

function brandWords(s: string): string | null {
  // «Интерфакс», "Казинформ": a quoted name of up to three capitalised words.
  const quoted = /^[«"“]((?:\p{Lu}[\p{L}\d.-]*)(?:\s\p{Lu}[\p{L}\d.-]*){0,2})[»"”]/u.exec(s);
  if (quoted?.[1]) return quoted[1];
  const words = s.split(/[\s]+/).slice(0, 4);
  const out: string[] = [];
  for (const [i, raw] of words.entries()) {
    const w = raw.replace(/[.,;:)»"”/]+$/, "");
    const test = i === 0 ? BRAND_WORD : BRAND_TAIL;
    if (!w || !test.test(w)) break;
    // A lone capitalised word is a brand only when written in capitals or Latin.
    if (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !/^[A-Za-z]/.test(w)) break;
    out.push(w);
    if (w !== raw) break;
  }
  // "РИА Новости" may end on an ordinary capitalised word, but a single one is not enough.
  while (out.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(out.at(-1)!) && !/^[A-Za-z]/.test(out.at(-1)!)) {
    if (out.length === 2 && /^[\p{Lu}]{2,}$/u.test(out[0]!)) break;
    out.pop();
  }
  return out.length > 0 ? out.join(" ") : null;
}

interface Dateline {
  date: RawDate | null;
  outlet: string | null;
}

/**
 * A dateline opens a news item: place, optional date, optional outlet, then a dash or stop.
 * Examples: "Астана. 10 апреля. KAZAKHSTAN TODAY - ", "МОСКВА, 22 октября. /ТАСС/. ",
 * "ТАШКЕНТ, 10 авг — Sputnik. ", "МӘСКЕУ. KAZINFORM — ", "Алматы, NEGE. ", "MOSCOW, November 28. /TASS/."
 */
const DATELINE_PLACE = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s*[.,]\s*/u;

function parseDateline(line: string): Dateline | null {
  const place = DATELINE_PLACE.exec(line);
  if (!place?.[1]) return null;
  const name = place[1];
  const isPlace =
    cityByName(name) !== undefined || (name === name.toUpperCase() && name.length > 2);
  if (!isPlace) return null;
  let pos = place[0].length;
  let date: RawDate | null = null;
  const d = scanDates(line, pos, Math.min(line.length, pos + 40))[0];
  if (d && d.start === pos && d.month !== null) {
    date = d;
    pos = d.end;
    pos += /^\s*[.,]?\s*/.exec(line.slice(pos))?.[0].length ?? 0;
  }
  pos += /^[-–—]\s*/.exec(line.slice(pos))?.[0].length ?? 0;
  let outlet: string | null = null;
  const rest = line.slice(pos);
  const slashed = /^\/([^/\n]{2,30})\/\s*\.?/u.exec(rest);
  if (slashed?.[1]) outlet = slashed[1].trim();
  else {
    const brand = brandAt(rest);
    // The outlet must be followed by the dateline's closing dash or stop.
    if (brand && /^\s*[.\-–—]/.test(rest.slice(brand.length))) outlet = brand;
  }
  if (!date && !outlet) return null;
  return { date, outlet };
}

/**
 * Outlet attributions in running text, in priority order. Each names the outlet after
 * (or before) a reporting verb; press services are not outlets, so only brand-like names count.
 */
const SOURCE_RULES: Array<{ id: RuleIdOf<"header">; pattern: RegExp; brandFirst?: boolean }> = [
  // "сообщает Vecher.kz", "Как сообщили АЗЕРТАДЖ в Кабинете Министров", "передает ТАСС"
  {
    id: "header.source.ru_verb",
    pattern:
      /(?<![\p{L}])(?:сообщ(?:ает|ают|или|ил|ило|ила)|переда(?:ет|ёт|ют|л|ли|ло)|пиш(?:ет|ут)|информирует|цитата по)\s+(?:(?:агентство|информагентство|издание|портал|телеканал|газета|корреспондент|сайт)\s+)?/giu,
  },
  // "деп хабарлайды ҚазАқпарат", "деп жазады Stan.kz"
  { id: "header.source.kk_verb", pattern: /(?:хабарлайды|жазады|хабарлады|мәлімдейді)\s+/giu },
  // "Kazinform reports", "TASS reported"
  {
    id: "header.source.en_brand_verb",
    pattern: /\s+(?:reports|reported|writes|wrote)\b/gu,
    brandFirst: true,
  },
  // "РИА Новости агенттігінің хабарлауынша"
  {
    id: "header.source.kk_agency",
    pattern: /\s+(?:ақпарат\s+)?агенттігінің\s+(?:хабарлауынша|мәліметінше)/giu,
    brandFirst: true,
  },
  // "reports TASS", "told TASS", "according to Reuters"
  {
    id: "header.source.en_verb",
    pattern: /(?:reports?|reported|told|according to|cited by)\s+/giu,
  },
  // "Фото: Дмитрий Азаров, Коммерсантъ": the outlet after a photographer's name
  {
    id: "header.source.photo_credit",
    pattern: /(?:Фото|Photo|Сурет):\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s*/gu,
  },
];

function sourceFromText(text: string): string | null {
  for (const rule of SOURCE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (rule.brandFirst) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const words = before.split(/\s+/);
        for (let n = Math.min(3, words.length); n >= 1; n--) {
          const cand = words.slice(-n).join(" ");
          // Before a verb a brand must be capitalised: "Akorda press service reported" names none.
          if (!/^\p{Lu}/u.test(cand)) continue;
          const brand = brandAt(cand);
          if (brand === cand) return brand;
        }
        continue;
      }
      const brand =
        rule.id === "header.source.photo_credit"
          ? (/^\p{Lu}[\p{L}]+(?=\s*$|\s*\n)/mu.exec(text.slice(m.index + m[0].length))?.[0] ?? null)
          : brandAt(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (brand) return brand;
    }
  }
  return null;
}

function isoOf(d: RawDate): string | null {
  if (d.year === null || d.month === null || d.day === null) return null;
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * Header facts of one article. The publication date comes from a metadata line with a full
 * date ("10.04.2023, 18:16") or a dateline with a year; a dateline without one ("Астана.
 * 10 апреля.") takes its year from a metadata date, else the date stays unknown.
 */
/** Entities common in page titles. */
const ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  mdash: "—",
  ndash: "–",
};

/**
 * Rule header.html-title: a saved web page names its article in <title>.
 * Example: "<title>Токаев прибыл в Баку &laquo;с визитом&raquo;</title>" → "Токаев прибыл в Баку «с визитом»".
 */
function htmlTitle(text: string): string | null {
  const m = /<title[^>]*>([^<]{3,400})<\/title>/i.exec(text.slice(0, 20_000));
  if (!m?.[1]) return null;
  const title = m[1]
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, e: string) => {
      if (e.startsWith("#x") || e.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, " ")
    .trim();
  return title.length > 0 ? title : null;
}

export function extractHeader(a: Analysis): Header {
  const lines = linesOf(a.text);
  const title = htmlTitle(a.text) ?? headline(lines);
  let metaDate: RawDate | null = null;
  let dateline: Dateline | null = null;
  let prose = 0;
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (isMetadata(line.text)) {
      if (!metaDate) {
        metaDate = scanDates(line.text).find((d) => isoOf(d) !== null) ?? null;
      }
      continue;
    }
    if (!dateline) dateline = parseDateline(line.text);
    if (line.text !== title) prose++;
    if (prose >= BODY_LINES_FOR_DATELINE) break;
  }
  let publishedOn = metaDate ? isoOf(metaDate) : null;
  const dl = dateline?.date;
  if (!publishedOn && dl && dl.month !== null && dl.day !== null) {
    publishedOn = isoOf(dl);
  } else if (publishedOn && dl && dl.year === null && dl.month !== null && dl.day !== null) {
    // The dateline names the day of the events; the metadata line only lends it the year.
    const y = yearNear(publishedOn, dl.month, dl.day);
    publishedOn = isoOf({ ...dl, year: y });
  }
  const source = dateline?.outlet ?? sourceFromText(a.text);
  return { title, publishedOn, source };
}
