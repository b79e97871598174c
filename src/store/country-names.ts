// Country names in Russian, Kazakh and English from i18n-iso-countries, registered once.
import { createRequire } from "node:module";
import countries, { type LocaleData } from "i18n-iso-countries";

const require = createRequire(import.meta.url);
for (const lang of ["ru", "kk", "en"]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as LocaleData);
}

export function countryNames(code: string): { ru: string; kk: string; en: string } {
  const en = countries.getName(code, "en") ?? code;
  return {
    ru: countries.getName(code, "ru") ?? en,
    kk: countries.getName(code, "kk") ?? en,
    en,
  };
}
