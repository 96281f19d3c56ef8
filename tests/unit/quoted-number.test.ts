import { describe, expect, it } from 'vitest';
import { numberInQuote } from '../../src/provenance/quoted-number.ts';

const value = (words: string) => {
  const result = numberInQuote(words);
  return result.ok ? result.value : result.reason;
};

describe('numberInQuote: the number in words quoted from a story', () => {
  it.each([
    ['nearly 500,000', 500_000],
    ['killed nearly 500,000 people', 500_000],
    ['about 5 million', 5_000_000],
    ['1.5 million', 1_500_000],
    ['2.3 Million refugees', 2_300_000],
    ['some 250 thousand', 250_000],
    ['a 5-million-strong', 5_000_000],
    ['more than 4,000.', 4_000],
    ['nearly 500,000, and', 500_000],
    ['135', 135],
    ['4.1 times', 4.1],
    ['1,234,567 people', 1_234_567],
    // An Arabic edition's words: the multiplier follows the digits as in English.
    ['ما يقارب 500 ألف شخص', 500_000],
    ['نحو 5 ملايين لاجئ', 5_000_000],
    ['1.5 مليون', 1_500_000],
    ['3 آلاف', 3_000],
    ['5 ملايينها', 5],
    ['some 5 thousands', 5],
  ])('"%s" → %d', (words, expected) => {
    expect(value(words)).toBe(expected);
  });

  it('says so when there is no number', () => {
    expect(value('half a million')).toMatch(/^"half a million" has no number in it/);
    expect(value('nearly five hundred thousand')).toMatch(/has no number in it/);
  });

  it('refuses two numbers rather than guess which is meant', () => {
    expect(value('nearly 500,000 people and created about 5 million refugees')).toBe(
      '"nearly 500,000 people and created about 5 million refugees" has 2 numbers in it (500,000, 5 million): quote the words around one',
    );
  });

  it('refuses commas that do not separate thousands', () => {
    expect(value('about 50,00')).toMatch(/"50,00" is not a number/);
    expect(value('1,2345')).toMatch(/"1,2345" is not a number/);
  });
});
