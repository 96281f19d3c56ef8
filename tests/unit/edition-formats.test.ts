import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatValue } from '../../src/format/numbers.ts';
import { formatDate, parseDate } from '../../src/dates/index.ts';
import { editions, type Edition } from '../../src/words/editions.ts';

/** An Arabic desk that prints Arabic-Indic digits: the same edition with one setting changed. */
const arabicDigits: Edition = { ...editions.ar, numberingSystem: 'arab' };
const date = (text: string, edition: Edition) => formatDate(parseDate(text), edition);

describe('numbers and dates in an edition (src/words/editions.ts)', () => {
  it('English is the house style, whatever the machine', () => {
    expect(formatCount(4_800_000, editions.en)).toBe('4,800,000');
    expect(date('2016-02-27', editions.en)).toBe('27 February 2016');
    expect(date('about 2016-02', editions.en)).toBe('about February 2016');
    expect(date('2016-02-11/2016-02-12', editions.en)).toBe('11–12 February 2016');
  });

  it('Arabic prints Western digits by default, Arabic month names, Arabic words around them', () => {
    expect(formatCount(470000, editions.ar)).toBe('470,000');
    expect(date('2016-02-27', editions.ar)).toBe('27 فبراير 2016');
    expect(date('2016-02', editions.ar)).toBe('فبراير 2016');
    expect(date('about 2016-03-15', editions.ar)).toBe('نحو 15 مارس 2016');
    expect(date('before 2016', editions.ar)).toBe('قبل 2016');
  });

  it('the numbering system is a setting: arab gives Arabic-Indic digits and separators', () => {
    expect(formatCount(470000, arabicDigits)).toBe('٤٧٠٬٠٠٠');
    expect(formatDecimal(4.1, 1, arabicDigits)).toBe('٤٫١');
    expect(formatValue(12.5, { format: 'decimal:1', decimals: 1 }, arabicDigits)).toBe('١٢٫٥');
    expect(date('2016-02-27', arabicDigits)).toBe('٢٧ فبراير ٢٠١٦');
    // A range keeps what both ends share, as the English house style does.
    expect(date('2016-02-11/2016-02-12', arabicDigits)).toMatch(/^١١.*١٢ فبراير ٢٠١٦$/);
  });
});
