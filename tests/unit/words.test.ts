import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogs, wordsFor } from '../../src/words/catalog.ts';
import { editions, intlLocale } from '../../src/words/editions.ts';

/** The argument names and tags a message uses, so a translation cannot drop or rename one. */
function slots(text: string): string[] {
  const found = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      if ('children' in element) {
        found.add(`<${element.value}>`);
        walk(element.children);
      } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) found.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, 'en').getAst());
  return [...found].sort();
}

describe('message catalogs (src/words/<lang>.json)', () => {
  const english = catalogs.en;
  for (const [lang, catalog] of Object.entries(catalogs)) {
    it(`${lang} has every message English has, with the same values and tags, and nothing else`, () => {
      const missing = Object.keys(english).filter((id) => !(id in catalog));
      const extra = Object.keys(catalog).filter((id) => !(id in english));
      expect(missing, `src/words/${lang}.json lacks these messages`).toEqual([]);
      expect(extra, `src/words/${lang}.json has messages English does not`).toEqual([]);
      for (const id of Object.keys(english))
        expect(slots(catalog[id]), `src/words/${lang}.json: ${id}`).toEqual(slots(english[id]));
    });
    it(`${lang}: every message parses as ICU MessageFormat`, () => {
      const locale = intlLocale(editions[lang as keyof typeof editions]);
      for (const [id, text] of Object.entries(catalog))
        expect(() => new IntlMessageFormat(text, locale), `${lang} ${id}`).not.toThrow();
    });
  }

  it('chooses the plural form the language needs, with its digits', () => {
    const en = wordsFor(editions.en);
    const ar = wordsFor(editions.ar);
    expect(en.t('sources.moreFrom', { count: 4, originator: 'UNHCR' })).toBe('4 more from UNHCR');
    expect(ar.t('sources.moreFrom', { count: 2, originator: 'UNHCR' })).toBe('مصدران آخران من UNHCR');
    expect(ar.t('sources.moreFrom', { count: 3, originator: 'UNHCR' })).toBe('3 مصادر أخرى من UNHCR');
    expect(ar.t('sources.moreFrom', { count: 11, originator: 'UNHCR' })).toBe('11 مصدرًا آخر من UNHCR');
    const arabicDigits = wordsFor({ ...editions.ar, numberingSystem: 'arab' });
    expect(arabicDigits.t('sources.moreFrom', { count: 3, originator: 'UNHCR' })).toBe('٣ مصادر أخرى من UNHCR');
  });

  it('cuts a message at its tags, for the page to link them', () => {
    expect(wordsFor(editions.en).parts('search.noScript')).toEqual([
      'Search needs JavaScript. Every explainer is also listed on the ',
      { tag: 'home', text: 'home page' },
      '.',
    ]);
  });
});
