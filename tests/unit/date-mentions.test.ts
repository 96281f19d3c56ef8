import { describe, expect, it } from 'vitest';
import { DateError } from '../../src/dates/index.ts';
import { findDateMentions } from '../../src/importer/dates/mentions.ts';

// The seed story is datelined Monday 14 March 2016.
const STORY = '2016-03-14';
const resolve = (text: string, story: string | undefined = STORY) =>
  findDateMentions(text, story).map((m) => [m.text, m.resolved?.text ?? null]);

describe('findDateMentions against a Monday story', () => {
  it.each([
    ['Peace talks resumed Monday', 'Monday', '2016-03-14'],
    ['withdrawing troops from Syria beginning Tuesday', 'Tuesday', '2016-03-15'],
    ['Secretary of State John Kerry said Sunday', 'Sunday', '2016-03-13'],
    ['told reporters in Geneva on Sunday that', 'Sunday', '2016-03-13'],
    ['the council will meet Friday', 'Friday', '2016-03-18'],
    ['the vote was held Friday', 'Friday', '2016-03-11'],
    ['Russia will begin pulling most of its forces out of Syria on Tuesday', 'Tuesday', '2016-03-15'],
    ['officials who will attend the meeting said Friday', 'Friday', '2016-03-11'],
    ['he said the council would meet Friday', 'Friday', '2016-03-18'],
    ['troops withdrew from Aleppo Saturday', 'Saturday', '2016-03-12'],
    ['rebels were attacked by government forces Saturday', 'Saturday', '2016-03-12'],
    ['the curfew lasts until Saturday', 'Saturday', '2016-03-19'],
    ['last Monday', 'last Monday', '2016-03-07'],
    ['next Monday', 'next Monday', '2016-03-21'],
    ['next Wednesday', 'next Wednesday', '2016-03-16'],
    ['starting from tomorrow', 'tomorrow', '2016-03-15'],
    ['Yesterday was quiet', 'Yesterday', '2016-03-13'],
    ['today', 'today', '2016-03-14'],
    ['introduced on Feb. 27', 'Feb. 27', '2016-02-27'],
    ['on February 27', 'February 27', '2016-02-27'],
    ['on 27 February', '27 February', '2016-02-27'],
    ['on Sept. 30, 2015', 'Sept. 30, 2015', '2015-09-30'],
    ['will end around March 24', 'around March 24', 'about 2016-03-24'],
    ['about March 24', 'about March 24', 'about 2016-03-24'],
    ['before March 24', 'before March 24', 'before 2016-03-24'],
    ['suspended more than a month ago', 'more than a month ago', 'before 2016-02-14'],
    ['two days ago', 'two days ago', '2016-03-12'],
    ['two weeks ago', 'two weeks ago', 'about 2016-02-29'],
    ['a year ago', 'a year ago', 'about 2015-03-14'],
    ['last week', 'last week', '2016-03-07/2016-03-13'],
    ['next week', 'next week', '2016-03-21/2016-03-27'],
    ['last month', 'last month', '2016-02'],
    ['earlier this month', 'earlier this month', '2016-03'],
    ['last year', 'last year', '2015'],
    ['talks on March 11-12', 'March 11-12', '2016-03-11/2016-03-12'],
    ['in March 2011', 'March 2011', '2011-03'],
    ['since 2011', '2011', '2011'],
    ['the meeting of 2016-03-14', '2016-03-14', '2016-03-14'],
  ])('%j finds %j -> %s', (text, mention, resolved) => {
    expect(resolve(text)).toEqual([[mention, resolved]]);
  });

  it('reads the tense of the clause the weekday is in, not of the whole sentence', () => {
    expect(resolve('The agency, which will report Thursday, said Friday')).toEqual([
      ['Thursday', '2016-03-17'],
      ['Friday', '2016-03-11'],
    ]);
  });

  it('gives a date without a year the year nearest the story', () => {
    expect(resolve('Dec. 30', '2016-01-05')).toEqual([['Dec. 30', '2015-12-30']]);
    expect(resolve('Jan. 3', '2015-12-28')).toEqual([['Jan. 3', '2016-01-03']]);
  });

  it('reports the offset of each mention in the text', () => {
    const text = 'Putin said Monday the pullout starts Tuesday.';
    for (const m of findDateMentions(text, STORY)) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  it('prefers the whole written date to the weekday inside it, and checks the weekday', () => {
    const [m, ...rest] = findDateMentions('on Tuesday, March 14, talks resumed', STORY);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: 'Tuesday, March 14', resolved: { start: '2016-03-14' } });
    expect(m!.reason).toBe('"Tuesday, March 14": 2016-03-14 was a Monday, not a Tuesday');
  });

  it('leaves an impossible date unresolved, saying why in the words written', () => {
    expect(findDateMentions('on Feb. 30', STORY)).toEqual([
      { text: 'Feb. 30', index: 3, resolved: null, reason: '"Feb. 30" is not a real date: February 2016 has 29 days' },
    ]);
  });

  it('does not read ordinary words as dates', () => {
    expect(resolve('marching orders, the May Day, Marines, Mondays, 500,000 people, May 5,000 votes')).toEqual([]);
  });

  it('finds every mention in the seed, in order', () => {
    const seedLike =
      'MOSCOW — troops will leave beginning Tuesday, Putin said Monday. The talks end around March 24. ' +
      'He suspended talks more than a month ago. The truce introduced on Feb. 27 held, Kerry said Sunday.';
    expect(resolve(seedLike)).toEqual([
      ['Tuesday', '2016-03-15'],
      ['Monday', '2016-03-14'],
      ['around March 24', 'about 2016-03-24'],
      ['more than a month ago', 'before 2016-02-14'],
      ['Feb. 27', '2016-02-27'],
      ['Sunday', '2016-03-13'],
    ]);
  });
});

describe('findDateMentions without a story date', () => {
  it('returns relative mentions unresolved, with the reason', () => {
    expect(findDateMentions('said Monday, on Feb. 27', undefined)).toEqual([
      { text: 'Monday', index: 5, resolved: null, reason: 'no --date given' },
      { text: 'Feb. 27', index: 16, resolved: null, reason: 'no --date given' },
    ]);
  });

  it('still resolves a date written in full', () => {
    expect(resolve('on 14 March 2016', undefined)).toEqual([['14 March 2016', '2016-03-14']]);
  });

  it('rejects a story date that is not a real day', () => {
    expect(() => findDateMentions('Monday', '2016-02-31')).toThrow(DateError);
    expect(() => findDateMentions('Monday', '2016-03')).toThrow('give the day, as YYYY-MM-DD');
  });
});
