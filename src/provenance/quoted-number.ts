/**
 * The number in words quoted from a story, so a chart can set the story's own figure against
 * its data: "nearly 500,000" → 500000, "about 5 million" → 5000000, "1.5 million" → 1500000.
 * The words stay the caption's; the number only places a line. One number, or none is chosen.
 */

import { numberScales, type NumberScale } from '../format/numbers.ts';

/** The words that multiply a number, and the scale each names. */
const MULTIPLIERS: Record<string, NumberScale> = {
  thousand: 'thousand',
  million: 'million',
  billion: 'billion',
  // Arabic, singular and plural: "500 ألف", "5 ملايين" (an edition's own words).
  ألف: 'thousand',
  آلاف: 'thousand',
  مليون: 'million',
  ملايين: 'million',
  مليار: 'billion',
  مليارات: 'billion',
};

/** Digits, with commas between groups and a decimal point, then perhaps a multiplier word, not part of a longer one. */
const NUMBER = new RegExp(
  String.raw`(?<![\d.])(\d+(?:,\d+)*(?:\.\d+)?)(?:[\s\u00a0-]+(${Object.keys(MULTIPLIERS).join('|')})(?!\p{L}))?`,
  'giu',
);

/** Thousands separators only between groups of three: 500,000 but not 50,00. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** `scale`: the word the quote multiplied by ("100 billion"), so a chart in billions can read it in its own scale. */
export type QuotedNumber = { ok: true; value: number; scale?: NumberScale } | { ok: false; reason: string };

export function numberInQuote(words: string): QuotedNumber {
  const found = [...words.matchAll(NUMBER)];
  if (found.length === 0)
    return {
      ok: false,
      reason: `"${words}" has no number in it: quote the words that give the figure, e.g. "nearly 500,000"`,
    };
  if (found.length > 1) {
    return {
      ok: false,
      reason: `"${words}" has ${found.length} numbers in it (${found.map((m) => m[0]).join(', ')}): quote the words around one`,
    };
  }
  const [, digits, multiplier] = found[0];
  if (digits.includes(',') && !GROUPED.test(digits)) {
    return {
      ok: false,
      reason: `"${words}": "${digits}" is not a number: put commas between groups of three digits, e.g. 500,000`,
    };
  }
  const value = Number(digits.replace(/,/g, ''));
  if (!multiplier) return { ok: true, value };
  const scale = MULTIPLIERS[multiplier.toLowerCase()]!;
  // 2.3 × 1,000,000 is 2299999.9999999995 in floating point; a multiplied figure is whole.
  return { ok: true, value: Math.round(value * numberScales[scale]), scale };
}
