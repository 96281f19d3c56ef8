/** File names for explainers: lowercase-kebab, because the slug is also the page's address. */

import { slugPattern } from '../../schemas/fields.ts';

/** The one id pattern of the project (schemas/fields.ts). */
export const KEBAB = slugPattern;

// "U.S." becomes "us", not "u-s". Small words read badly at the end of an address ("russia-will-begin-withdrawing-troops-from").
const TRAILING = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'and',
  'or',
  'for',
  'from',
  'at',
  'by',
  'with',
  'as',
  'is',
  'are',
  'was',
  'will',
  'says',
  'said',
  'it',
  'its',
]);

/** A slug from the first words of a headline or lede; "" when nothing in it is a Latin letter or digit. */
export function slugFrom(text: string, maxWords = 8, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const picked: string[] = [];
  for (const word of words) {
    if (picked.length === maxWords || [...picked, word].join('-').length > maxLength) break;
    picked.push(word);
  }
  while (picked.length > 1 && TRAILING.has(picked.at(-1)!)) picked.pop();
  return picked.length ? picked.join('-') : (words[0] ?? '').slice(0, maxLength);
}

/** Why a slug is unusable, or null if it is fine. */
export function slugProblem(slug: string): string | null {
  if (KEBAB.test(slug)) return null;
  const suggestion = slugFrom(slug);
  return `"${slug}" is not a lowercase-kebab slug: use lowercase letters, digits and single hyphens${suggestion ? `, e.g. ${suggestion}` : ''}`;
}
