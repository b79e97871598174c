// Just enough Russian and Kazakh inflection to write synthetic articles that read like real ones.

export type Gender = "m" | "f";
export type RuCase = "nom" | "gen" | "dat" | "acc" | "ins" | "prep";
export type KkCase = "nom" | "gen" | "dat" | "loc" | "abl" | "acc" | "ins";

const RU_VOWELS = "аеёиоуыэюя";
const HUSHING = "жшчщц";

/**
 * A male Russian or foreign name token in a case: "Ильхам" → "Ильхамом", "Андрей" → "Андрея",
 * "Алиев" → "Алиевым", "Вишневский" → "Вишневского"; tokens ending in a vowel do not change.
 */
function ruMale(word: string, c: RuCase, isSurname: boolean): string {
  if (c === "nom") return word;
  const last = word.at(-1) ?? "";
  if (word.endsWith("ский") || word.endsWith("цкий")) {
    const stem = word.slice(0, -2);
    const end = { gen: "ого", dat: "ому", acc: "ого", ins: "им", prep: "ом" }[c];
    return stem + end;
  }
  if (RU_VOWELS.includes(last)) return word;
  if (last === "й" || last === "ь") {
    const stem = word.slice(0, -1);
    const end = { gen: "я", dat: "ю", acc: "я", ins: "ем", prep: "е" }[c];
    return stem + end;
  }
  const russianSurname = isSurname && /(ов|ев|ёв|ин|ын)$/.test(word);
  const ins = russianSurname ? "ым" : HUSHING.includes(last) ? "ем" : "ом";
  const end = { gen: "а", dat: "у", acc: "а", ins, prep: "е" }[c];
  return word + end;
}

/** A female name token: "Динара" → "Динары", "Есенова" → "Есеновой"; others do not change. */
function ruFemale(word: string, c: RuCase, isSurname: boolean): string {
  if (c === "nom") return word;
  if (isSurname && /(ова|ева|ина|ына)$/.test(word)) {
    return word.slice(0, -1) + (c === "acc" ? "у" : "ой");
  }
  if (word.endsWith("ая")) return word.slice(0, -2) + (c === "acc" ? "ую" : "ой");
  if (word.endsWith("ья")) {
    const stem = word.slice(0, -1);
    return stem + { gen: "и", dat: "е", acc: "ю", ins: "ей", prep: "е" }[c];
  }
  if (word.endsWith("а")) {
    const stem = word.slice(0, -1);
    const soft = "гкхжшчщ".includes(stem.at(-1) ?? "");
    return stem + { gen: soft ? "и" : "ы", dat: "е", acc: "у", ins: "ой", prep: "е" }[c];
  }
  return word;
}

export interface NameParts {
  first: string;
  last: string;
  gender: Gender;
  /** Family-name-first cultures ("Ван Минхуа"): the leading token never changes. */
  fixedFirst: boolean;
  /** The short reference is the leading family name ("– заявил Ван"), not the last token. */
  shortFirst?: boolean;
}

/** A full name in a Russian case: "Ильхам Алиев" → "Ильхамом Алиевым". */
export function ruName(p: NameParts, c: RuCase): string {
  const decline = p.gender === "m" ? ruMale : ruFemale;
  const first = p.fixedFirst ? p.first : decline(p.first, c, false);
  return `${first} ${decline(p.last, c, !p.fixedFirst)}`;
}

/** The surname alone in a Russian case, as attributions use it ("– заявил Алиев"). */
export function ruSurname(p: NameParts, c: RuCase): string {
  if (p.shortFirst) return p.first;
  const decline = p.gender === "m" ? ruMale : ruFemale;
  return decline(p.last, c, !p.fixedFirst);
}

/** Russian past-tense verb agreeing with the speaker: "заявил" / "заявила". */
export function ruPast(verb: string, g: Gender): string {
  if (g === "m") return verb;
  return verb.endsWith("ся") ? `${verb.slice(0, -2)}ась` : `${verb}а`;
}

// Kazakh suffixes follow vowel harmony (back/front) and the final sound of the stem.
const KK_BACK = "аоұыуя";
const KK_FRONT = "әөүіеиэюё";
const KK_VOWELS = `${KK_BACK}${KK_FRONT}`;
const KK_SONORANT = "мнң";
const KK_VOICED = "жзлрйуи";

/** Words whose suffixes the general rule gets wrong ("АҚШ-қа", "Минскіге", "Сеулге"). */
const KK_IRREGULAR: Record<string, { stem: string; back: boolean; final: string }> = {
  АҚШ: { stem: "АҚШ-", back: true, final: "ш" },
  Минск: { stem: "Минскі", back: false, final: "і" },
  Сеул: { stem: "Сеул", back: false, final: "л" },
};

function kkIsBack(word: string): boolean {
  const w = word.toLowerCase();
  // "Тоқаев", "Жұмабаев": the -ев after a back vowel is pronounced with the back vowel.
  if (/[аоуұы]ев$/.test(w)) return true;
  let chars = [...w];
  if (chars.at(-1) === "ь") return false;
  // A final у/и after a vowel is a glide, so the vowel before decides ("Мәскеу" → front).
  const lastCh = chars.at(-1) ?? "";
  if ("уи".includes(lastCh) && KK_VOWELS.includes(chars.at(-2) ?? "")) chars = chars.slice(0, -1);
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] ?? "";
    if (KK_BACK.includes(ch)) return true;
    if (KK_FRONT.includes(ch)) return false;
  }
  return true;
}

/** A Kazakh noun in a case: "Қазақстан" → "Қазақстанға", "Тоқаев" → "Тоқаевтың". */
export function kkCase(word: string, c: KkCase): string {
  if (c === "nom") return word;
  const irregular = KK_IRREGULAR[word];
  const stem = irregular?.stem ?? word;
  const back = irregular?.back ?? kkIsBack(word);
  let final = irregular?.final ?? (word.toLowerCase().at(-1) || "");
  if (final === "ь") final = word.toLowerCase().at(-2) ?? "";
  const vowel = KK_VOWELS.includes(final) && !"уи".includes(final);
  const sonorant = KK_SONORANT.includes(final);
  const voiced = KK_VOICED.includes(final);
  const voiceless = !vowel && !sonorant && !voiced;
  const h = (b: string, f: string) => (back ? b : f);
  switch (c) {
    case "gen":
      return (
        stem + (vowel || sonorant ? h("ның", "нің") : voiced ? h("дың", "дің") : h("тың", "тің"))
      );
    case "dat":
      return stem + (voiceless ? h("қа", "ке") : h("ға", "ге"));
    case "loc":
      return stem + (voiceless ? h("та", "те") : h("да", "де"));
    case "abl":
      return stem + (sonorant ? h("нан", "нен") : voiceless ? h("тан", "тен") : h("дан", "ден"));
    case "acc":
      return stem + (vowel ? h("ны", "ні") : voiceless ? h("ты", "ті") : h("ды", "ді"));
    case "ins":
      return stem + ("жз".includes(final) ? "бен" : voiceless ? "пен" : "мен");
  }
}

/** The conjunction "and" after a Kazakh word: "Тоқаев пен", "Қазақстан мен", "Париж бен". */
export function kkAnd(word: string): string {
  return kkCase(word, "ins").slice(-3);
}

/** A full name in a Kazakh case: only the last token takes the suffix. */
export function kkName(p: NameParts, c: KkCase): string {
  return `${p.first} ${kkCase(p.last, c)}`;
}

/** Kazakh spelling of a Kazakh name to Russian spelling: "Қасым" → "Касым". */
export function kkToRuSpelling(s: string): string {
  const map: Record<string, string> = {
    ә: "а",
    ғ: "г",
    қ: "к",
    ң: "н",
    ө: "о",
    ұ: "у",
    ү: "у",
    һ: "х",
    і: "и",
    Ә: "А",
    Ғ: "Г",
    Қ: "К",
    Ң: "Н",
    Ө: "О",
    Ұ: "У",
    Ү: "У",
    Һ: "Х",
    І: "И",
  };
  return s.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (ch) => map[ch] ?? ch);
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
