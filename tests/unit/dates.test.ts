import { describe, expect, it } from 'vitest';
import {
  DateError,
  compareDates,
  firstDay,
  formatDate,
  isoDatetime,
  lastDay,
  parseDate,
} from '../../src/dates/index.ts';

describe('parseDate', () => {
  it.each([
    ['2016-02-27', 'day', '2016-02-27', '2016-02-27'],
    ['2016-02', 'month', '2016-02', '2016-02'],
    ['2016', 'year', '2016', '2016'],
    ['about 2016-03-24', 'about', '2016-03-24', '2016-03-24'],
    ['before 2016-02-14', 'before', '2016-02-14', '2016-02-14'],
    ['2016-02-11/2016-02-12', 'range', '2016-02-11', '2016-02-12'],
  ])('reads %s', (text, precision, start, end) => {
    expect(parseDate(text)).toEqual({ text, precision, start, end });
  });

  it('trims the whitespace around a date, as a spreadsheet cell may carry it', () => {
    expect(parseDate(' 2016-03-14 ').text).toBe('2016-03-14');
  });

  it.each([
    ['2016-02-31', '"2016-02-31" is not a real date: February 2016 has 29 days'],
    ['2015-02-29', '"2015-02-29" is not a real date: February 2015 has 28 days'],
    ['2016-13-01', '"2016-13-01" is not a real date: there is no month 13'],
    ['2016-00-10', '"2016-00-10" is not a real date: there is no month 0'],
    ['2016-04-00', '"2016-04-00" is not a real date: there is no day 0'],
    ['2016-04-31', '"2016-04-31" is not a real date: April 2016 has 30 days'],
    [
      '14/03/2016',
      '"14/03/2016" is not a date: write it as YYYY-MM-DD (e.g. 2016-03-14), YYYY-MM, YYYY, "about YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"',
    ],
    [
      'next spring',
      '"next spring" is not a date: write it as YYYY-MM-DD (e.g. 2016-03-14), YYYY-MM, YYYY, "about YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"',
    ],
    ['2016-3-4', '"2016-3-4" is not a date: write months and days with two digits (2016-03-04)'],
    [
      '',
      'the date is empty: write it as YYYY-MM-DD (e.g. 2016-03-14), YYYY-MM, YYYY, "about YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"',
    ],
    [
      '   ',
      'the date is empty: write it as YYYY-MM-DD (e.g. 2016-03-14), YYYY-MM, YYYY, "about YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"',
    ],
    ['about 2016-02-30', '"about 2016-02-30" is not a real date: February 2016 has 29 days'],
    [
      '2016-02-12/2016-02-11',
      '"2016-02-12/2016-02-11" is not a valid range: it ends (2016-02-11) before it starts (2016-02-12)',
    ],
    ['2016-02-11/2016-02-11', '"2016-02-11/2016-02-11" is not a range: both ends are 2016-02-11; write it once'],
    [
      '2016-02/2016-03-01',
      '"2016-02/2016-03-01" is not a valid range: write both ends the same way (both YYYY-MM-DD, both YYYY-MM or both YYYY)',
    ],
    ['2016-02-28/2016-02-30', '"2016-02-28/2016-02-30" is not a real date: February 2016 has 29 days'],
  ])('rejects %j', (text, message) => {
    expect(() => parseDate(text)).toThrow(DateError);
    expect(() => parseDate(text)).toThrow(message);
  });

  it('explains a date the YAML parser has already converted', () => {
    expect(() => parseDate(new Date(0) as unknown as string)).toThrow(/put it in quotes/);
  });

  it('knows the leap years: every fourth, not centuries, but every fourth century', () => {
    expect(parseDate('2016-02-29').start).toBe('2016-02-29');
    expect(parseDate('2000-02-29').start).toBe('2000-02-29');
    expect(() => parseDate('1900-02-29')).toThrow('February 1900 has 28 days');
    expect(() => parseDate('2100-02-29')).toThrow('February 2100 has 28 days');
  });
});

describe('first and last day', () => {
  it.each([
    ['2016-02-27', '2016-02-27', '2016-02-27'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2015-02', '2015-02-01', '2015-02-28'],
    ['2016', '2016-01-01', '2016-12-31'],
    ['about 2016-03', '2016-03-01', '2016-03-31'],
    ['2016-02-11/2016-02-12', '2016-02-11', '2016-02-12'],
    ['2015-12/2016-01', '2015-12-01', '2016-01-31'],
    ['before 2016-03-01', '2016-02-29', '2016-02-29'],
  ])('%s runs from %s to %s', (text, first, last) => {
    const d = parseDate(text);
    expect([firstDay(d), lastDay(d)]).toEqual([first, last]);
  });
});

describe('compareDates', () => {
  const sorted = (texts: string[]) =>
    texts
      .map(parseDate)
      .sort(compareDates)
      .map((d) => d.text);

  it('puts a year before its months and a month before its days', () => {
    expect(sorted(['2016-02-27', '2016-03', '2016-02-01', '2016', '2016-02', '2015-12-31'])).toEqual([
      '2015-12-31',
      '2016',
      '2016-02',
      '2016-02-01',
      '2016-02-27',
      '2016-03',
    ]);
  });

  it('orders ranges by their start, a wider one first', () => {
    expect(
      sorted(['2016-02-12', '2016-02-11', '2016-02-11/2016-02-12', '2016-02-11/2016-02-20', '2016-02-10']),
    ).toEqual(['2016-02-10', '2016-02-11/2016-02-20', '2016-02-11/2016-02-12', '2016-02-11', '2016-02-12']);
  });

  it('puts an approximate date after the exact one and "before" ahead of its day', () => {
    expect(sorted(['about 2016-03-24', '2016-03-24', 'before 2016-03-24', '2016-03-23'])).toEqual([
      'before 2016-03-24',
      '2016-03-23',
      '2016-03-24',
      'about 2016-03-24',
    ]);
  });

  it('is zero only for the same text', () => {
    expect(compareDates(parseDate('2016-03'), parseDate('2016-03'))).toBe(0);
  });
});

describe('formatDate and isoDatetime', () => {
  it.each([
    ['2016-02-27', '27 February 2016', '2016-02-27'],
    ['2016-02', 'February 2016', '2016-02'],
    ['2016', '2016', '2016'],
    ['about 2016-03-24', 'about 24 March 2016', '2016-03-24'],
    ['before 2016-02-14', 'before 14 February 2016', '2016-02-14'],
    ['2016-02-11/2016-02-12', '11–12 February 2016', '2016-02-11'],
    ['2016-01-30/2016-02-02', '30 January – 2 February 2016', '2016-01-30'],
    ['2015-12-30/2016-01-02', '30 December 2015 – 2 January 2016', '2015-12-30'],
    ['2016-02/2016-03', 'February–March 2016', '2016-02'],
    ['2011/2016', '2011–2016', '2011'],
  ])('%s reads "%s" with datetime %s', (text, words, datetime) => {
    const d = parseDate(text);
    expect(formatDate(d)).toBe(words);
    expect(isoDatetime(d)).toBe(datetime);
  });
});
