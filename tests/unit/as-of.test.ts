import { describe, expect, it } from 'vitest';
import { publicBy, publicFrom, splitByAsOf } from '../../src/provenance/as-of.ts';
import type { DataRow } from '../../src/schemas/chart-dataset.ts';

const row = (over: Partial<DataRow>): DataRow => ({
  id: 'r',
  cells: { date: '2016-02-11', value: '1' },
  announced: '',
  qualifier: '',
  source: 'early',
  note: '',
  line: 2,
  ...over,
});

/** `early` was out before the story, `late` after it; the rest are loosely dated. */
const sources = new Map([
  ['early', { published: '2016-02-12' }],
  ['late', { published: '2016-04-23' }],
  ['month', { published: '2016-03' }],
  ['about', { published: 'about 2016-03-14' }],
]);
const STORY = '2016-03-14';

describe('publicBy: what a story dated 14 March 2016 could know', () => {
  it('needs the announcement, when the data gives one, by the story’s date', () => {
    expect(publicBy(row({ announced: '2016-03-14' }), STORY, sources)).toBe(true);
    expect(publicBy(row({ announced: '2016-03-15' }), STORY, sources)).toBe(false);
  });

  it('needs the source it was read in published by then too, whatever the announcement says', () => {
    expect(publicBy(row({ announced: '2016-02-11', source: 'late' }), STORY, sources)).toBe(false);
    expect(publicBy(row({ announced: '2016-03-15', source: 'early' }), STORY, sources)).toBe(false);
  });

  it('lets the source’s date decide when no announcement date is given', () => {
    // The old rule fell back on the last day covered (11 February) and drew this figure.
    expect(publicBy(row({ announced: '', source: 'late' }), STORY, sources)).toBe(false);
    expect(publicBy(row({ announced: '', source: 'early' }), STORY, sources)).toBe(true);
  });

  it('knows a figure about later days when it was published by then: a forecast, a schedule', () => {
    // A dataset's columns are its own, so "the days it covers" is not the rule's to read.
    expect(publicBy(row({ announced: '2016-03-01', cells: { year: '2017', value: '1' } }), STORY, sources)).toBe(true);
  });

  it('reads a loosely written date from its first day', () => {
    expect(publicBy(row({ announced: '2016-03' }), STORY, sources)).toBe(true);
    expect(publicBy(row({ announced: 'about 2016-03-12' }), STORY, sources)).toBe(true);
    expect(publicBy(row({ source: 'month' }), STORY, sources)).toBe(true);
    expect(publicBy(row({ source: 'about' }), STORY, sources)).toBe(true);
    expect(publicBy(row({ source: 'about' }), '2016-03-13', sources)).toBe(false);
  });

  it('refuses a row whose source is not in the registry it was given', () => {
    expect(() => publicBy(row({ source: 'nowhere', id: 'x', line: 9 }), STORY, sources)).toThrow(
      'row "x" (line 9) cites source "nowhere", which is not in the sources registry',
    );
  });
});

describe('publicFrom', () => {
  it('is the later of announcement and source', () => {
    expect(publicFrom(row({ announced: 'about 2016-03-12' }), sources)).toBe('2016-03-12');
    expect(publicFrom(row({ announced: '2016-02-11' }), sources)).toBe('2016-02-12');
    expect(publicFrom(row({ announced: '', source: 'month' }), sources)).toBe('2016-03-01');
    expect(publicFrom(row({ cells: { date: '2016-02-20' } }), sources)).toBe('2016-02-12');
  });
});

describe('splitByAsOf', () => {
  it('keeps every row once, in the order given', () => {
    const rows = [
      row({ id: 'a' }),
      row({ id: 'b', source: 'late' }),
      row({ id: 'c', announced: '2016-03-01' }),
      row({ id: 'd', announced: '2016-03-20' }),
    ];
    const { known, later } = splitByAsOf(rows, STORY, sources);
    expect(known.map((r) => r.id)).toEqual(['a', 'c']);
    expect(later.map((r) => r.id)).toEqual(['b', 'd']);
  });
});
