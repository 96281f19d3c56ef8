import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table.ts';
import { getView } from '../../src/charts/index.ts';
import type { ChartRow } from '../../src/charts/types.ts';
import { fixtureContext, fixtureRows, STORY_FIGURE } from '../fixtures/charts/load.ts';

const ctx = fixtureContext();
/** The story's <Chart compare="nearly 500,000">, resolved. */
const compared = fixtureContext(640, undefined, STORY_FIGURE);
const drawn = (view: string, dataset: string) => getView(view).select(fixtureRows(dataset), ctx);

describe('generated summaries', () => {
  it('per-year: rise, peak and fall, from the data', () => {
    const rows = drawn('per-year', 'deaths-per-year');
    expect(getView('per-year').summary(rows, ctx)).toBe(
      'Deaths documented by SOHR rose from 7,841 in 2011 to a peak of 76,021 in 2014, then fell to 55,219 in 2015. SOHR is the Syrian Observatory for Human Rights.',
    );
  });

  it('per-year: follows the numbers, not a template', () => {
    const rows = drawn('per-year', 'deaths-per-year');
    const rising = rows.slice(0, 4);
    expect(getView('per-year').summary(rising, ctx)).toMatch(
      /^Deaths documented by SOHR rose from 7,841 in 2011 to 76,021 in 2014, the highest\./,
    );
    const changed = rows.map((r): ChartRow => (r.date === '2015' ? { ...r, value: 80000, qualifier: 'more than' } : r));
    expect(getView('per-year').summary(changed, ctx)).toMatch(/to more than 80,000 in 2015, the highest\./);
  });

  it('by-publisher: each publisher’s latest figure, highest first, and the article’s nearest match', () => {
    const text = getView('by-publisher').summary(drawn('by-publisher', 'death-toll-estimates'), compared);
    expect(text).toMatch(
      /^The latest figure from each publisher as of 14 March 2016, highest first: Syrian Center for Policy Research \(SCPR\), modelled estimate: about 470,000 to 31 December 2015; Syrian Observatory for Human Rights \(SOHR\), documented count: 269,617 to about 11 February 2016;/,
    );
    expect(text).toContain('civilians only, documented: more than 180,000 to 31 January 2016');
    expect(text).toContain('documented count: at least 191,369 to 30 April 2014');
    expect(text).toMatch(
      /The article’s “nearly 500,000” is closest to the modelled estimate by SCPR, about 470,000\.$/,
    );
    expect(text).not.toContain('UN envoy');
  });

  it('by-publisher: names the story’s figure only when given one, in the story’s words', () => {
    const rows = drawn('by-publisher', 'death-toll-estimates');
    const plain = getView('by-publisher').summary(rows, ctx);
    expect(plain).toMatch(
      /^The latest figure from each publisher as of 14 March 2016, highest first: .*130,035 to about 13 March 2015\.$/,
    );
    expect(plain).not.toMatch(/article|500,000/);
    const other = getView('by-publisher').summary(
      rows,
      fixtureContext(640, undefined, { value: 200_000, quote: 'about 200,000', href: '#p-2', paragraph: 2 }),
    );
    expect(other).toMatch(
      / The article’s “about 200,000” is closest to the documented count by SOHR, at least 202,354\.$/,
    );
  });

  it('truce-first-week: both areas and the ratio between them', () => {
    const text = getView('truce-first-week').summary(drawn('truce-first-week', 'truce-first-week'), ctx);
    expect(text).toBe(
      'In the first week of the cessation of hostilities (27 February – 5 March 2016), SOHR documented 135 deaths in areas covered by the truce and 552 in areas not covered: 4.1 times as many in areas not covered as in areas covered by the truce.',
    );
  });
});

describe('notes', () => {
  it('by-publisher: says what each kind is, flags second-hand figures, and marks the story’s figure without arithmetic on it', () => {
    const notes = getView('by-publisher').notes(drawn('by-publisher', 'death-toll-estimates'), compared);
    expect(notes.some((n) => n.startsWith('A documented count (circles)'))).toBe(true);
    expect(notes.some((n) => n.startsWith('A modelled estimate (diamonds)'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Civilians-only counts (triangles)'))).toBe(true);
    expect(notes).toContain(
      'Hollow symbols and dashed lines: figures read only in a second-hand report, not from the publisher or a news agency (SNHR, more than 180,000 to 31 January 2016).',
    );
    expect(notes).toContain(
      'The dashed line across the chart marks the article’s “nearly 500,000” (paragraph 25) at 500,000: the story’s own words, not a figure from the data.',
    );
    // "Nearly 500,000" is not 500,000: nothing is subtracted from it as if it were a count.
    expect(notes.filter((n) => n.startsWith('Derived'))).toEqual([]);
    expect(notes.join(' ')).not.toMatch(/30,000|230,383|minus/);
    const plain = getView('by-publisher').notes(drawn('by-publisher', 'death-toll-estimates'), ctx);
    expect(plain).toEqual(notes.filter((n) => !n.includes('nearly 500,000')));
  });

  it('per-year: one method, row notes, and the sum shown as a sum', () => {
    const notes = getView('per-year').notes(drawn('per-year', 'deaths-per-year'), ctx);
    expect(notes[0]).toBe('One publisher, one method: every bar is SOHR’s own total for the year.');
    expect(notes).toContain('2011: Part year: the uprising began in March 2011.');
    expect(notes.at(-1)).toBe(
      'Derived: the 5 yearly totals add up to 261,822 (7,841 + 49,294 + 73,447 + 76,021 + 55,219).',
    );
  });

  it('truce-first-week: like with like, and every derived number labelled with its arithmetic', () => {
    const notes = getView('truce-first-week').notes(drawn('truce-first-week', 'truce-first-week'), ctx);
    expect(notes[0]).toBe(
      'Like with like: every bar is SOHR’s count for the same days (27 February – 5 March 2016), made the same way.',
    );
    expect(notes).toContain('Derived: 552 ÷ 135 = 4.1.');
    expect(notes).toContain(
      'Derived: of the 687 deaths in both areas, 135 (19.7%) in areas covered by the truce and 552 (80.3%) in areas not covered.',
    );
    expect(
      notes
        .filter((n) => /\d/.test(n) && !n.startsWith('Derived') && !n.startsWith('Like'))
        .every((n) => !/÷|%/.test(n)),
    ).toBe(true);
  });
});

describe('chartTable', () => {
  it('one row per drawn figure, formatted once for both the page and the CSV', () => {
    const rows = drawn('per-year', 'deaths-per-year');
    const table = chartTable(rows, ctx);
    expect(table.rows).toHaveLength(rows.length);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Publisher',
      'Kind',
      'People counted',
      'Period (as written)',
      'As of',
      'Announced',
      'Qualifier',
      'Value',
      'Source',
      'Read at',
      'Address',
      'Confidence',
      'Note',
      'Row id',
    ]);
    expect(table.columns.find((c) => c.key === 'value')!.numeric).toBe(true);
    expect(table.rows[3]).toMatchObject({
      series: 'SOHR',
      date: '2014',
      asOf: '2014-12-31',
      value: '76,021',
      kind: 'documented count',
      scope: 'all',
      id: 'sohr-deaths-2014',
    });
    expect(table.rows[3].outlet).toMatch(/Seattle Times/);
    expect(table.rows[3].url).toMatch(/^https:\/\/www\.seattletimes\.com\//);
  });

  it('names the people counted and the source’s confidence', () => {
    const table = chartTable(drawn('by-publisher', 'death-toll-estimates'), ctx);
    const snhr = table.rows.find((r) => r.series === 'SNHR')!;
    expect(snhr).toMatchObject({
      scope: 'civilians only',
      confidence: 'secondary',
      qualifier: 'more than',
      value: '180,000',
    });
    expect(chartTable([], ctx, 'Area').columns[0].label).toBe('Area');
  });

  it('refuses a row whose source is not registered', () => {
    const [row] = drawn('per-year', 'deaths-per-year');
    expect(() => chartTable([{ ...row, source: 'nowhere' }], ctx)).toThrow(/"nowhere"/);
  });
});
