import { siteConfig } from '../site.config.ts';

/**
 * An edition: the language a page is written in and how it writes numbers, dates and direction.
 * One per language the site publishes; a page finds its edition from its story's `lang`.
 */
export interface Edition {
  /** BCP 47 language of the page's text: `<html lang>`, hreflang, the catalog used. */
  lang: string;
  /** Locale for numbers and dates (Intl), without extensions: the numbering system is set below. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /**
   * The digits numbers and dates print with (Intl's `-u-nu-`, e.g. `latn` 0-9, `arab` ٠-٩). Set per
   * edition, never left to the locale's default, which differs between ar, ar-EG and ar-MA.
   */
  numberingSystem: string;
  /**
   * Which way a time axis runs. Arabic newsrooms mirror categorical charts but mostly leave time
   * running left to right (docs/authoring.md, "Editions"); an edition can choose `rtl`.
   */
  timeAxis: 'ltr' | 'rtl';
  /** The language's own name, for the link from the other edition: "English", "العربية". */
  name: string;
}

export const editions = {
  /** The site's own language and locale (src/site.config.ts). */
  en: {
    lang: siteConfig.lang,
    locale: siteConfig.locale,
    dir: 'ltr',
    numberingSystem: 'latn',
    timeAxis: 'ltr',
    name: 'English',
  },
  /*
   * Western digits by default: Maghreb newsrooms and most Arabic websites (official ones included)
   * print 0-9, and Plot's time axes (d3-time-format) can only print those, so one setting keeps
   * every number on the page in one script. A Levantine or Egyptian desk can set `arab` (٠-٩).
   */
  ar: { lang: 'ar', locale: 'ar', dir: 'rtl', numberingSystem: 'latn', timeAxis: 'ltr', name: 'العربية' },
} as const satisfies Record<string, Edition>;

export type EditionLang = keyof typeof editions;

/** The site's own language: stories without `lang` are in it, and served without a prefix. */
export const defaultLang: EditionLang = 'en';
export const defaultEdition: Edition = editions[defaultLang];

export const editionLangs = Object.keys(editions) as EditionLang[];

export function isEditionLang(lang: string): lang is EditionLang {
  return Object.hasOwn(editions, lang);
}

export function editionFor(lang: string | undefined): Edition {
  return lang && isEditionLang(lang) ? editions[lang] : defaultEdition;
}

/** The locale with its numbering system and calendar pinned, for every Intl formatter. */
export function intlLocale(edition: Edition): string {
  return `${edition.locale}-u-ca-gregory-nu-${edition.numberingSystem}`;
}
