import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

/**
 * Countries as journalists write them: ISO 3166-1 alpha-3 codes ("SYR") or English short names
 * ("Syria", "Turkey"), read through i18n-iso-countries, which keeps the ISO list and its
 * English names and aliases. A mistake is told the nearest code or name.
 */

countries.registerLocale(english);

const names = countries.getNames('en', { select: 'all' });

/** The alpha-3 code a cell names, or undefined. */
export function countryCode(written: string): string | undefined {
  const text = written.trim();
  if (/^[A-Za-z]{3}$/.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  return countries.getAlpha3Code(text, 'en') ?? undefined;
}

/** ISO 3166-1 numeric code, as Natural Earth's world-atlas names its shapes ("760" for SYR). */
export function numericCode(alpha3: string): string | undefined {
  return countries.alpha3ToNumeric(alpha3) ?? undefined;
}

export function alpha3FromNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha3(numeric) ?? undefined;
}

/** The nearest code or English name to a mistake, for "did you mean …". */
export function nearestCountry(written: string): string {
  const text = written.trim().toLowerCase();
  let best = { word: '', distance: Infinity };
  for (const [alpha2, all] of Object.entries(names)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2) ?? '';
    for (const word of [alpha3, ...all]) {
      const distance = editDistance(text, word.toLowerCase());
      if (distance < best.distance) best = { word: word === alpha3 ? word : `${word}" (${alpha3})`, distance };
    }
  }
  return best.word.endsWith(')') ? `"${best.word}` : `"${best.word}"`;
}

/** Edits from a to b (one letter added, dropped, changed, or two swapped): "Spian" is one from "Spain". */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
