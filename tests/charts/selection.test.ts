import { describe, expect, it } from 'vitest';
import { announcedOn, knownBy, splitByAsOf } from '../../src/charts/as-of.ts';
import { getView, viewIds } from '../../src/charts/index.ts';
import type { ChartRow } from '../../src/charts/types.ts';
import { fixtureContext, fixtureRows } from '../fixtures/charts/load.ts';

const row = (over: Partial<ChartRow>): ChartRow => ({
  id: 'r', series: 'SOHR', kind: 'documented count', scope: 'all', date: '2016-02-11', asOf: '2016-02-11',
  announced: '', value: 1, qualifier: '', source: 's', note: '', line: 2, ...over,
});

describe('as of the story’s date', () => {
  it('takes the earliest day an announcement can have been', () => {
    expect(announcedOn(row({ announced: 'about 2016-03-12' }))).toBe('2016-03-12');
    expect(announcedOn(row({ announced: '2016-03' }))).toBe('2016-03-01');
    expect(announcedOn(row({ announced: '' }))).toBe('2016-02-11');
  });

  it('knows a figure announced on or before the day, and nothing that covers a later day', () => {
    expect(knownBy(row({ announced: '2016-03-14' }), '2016-03-14')).toBe(true);
    expect(knownBy(row({ announced: '2016-03-15' }), '2016-03-14')).toBe(false);
    expect(knownBy(row({ announced: '', asOf: '2016-03-31' }), '2016-03-14')).toBe(false);
    expect(knownBy(row({ announced: '2016-03', asOf: '2016-02-29' }), '2016-03-14')).toBe(true);
  });

  it('splits rows into drawn and later, keeping every row once', () => {
    const rows = fixtureRows('death-toll-estimates');
    const { known, later } = splitByAsOf(rows, '2016-03-14');
    expect(known.length + later.length).toBe(rows.length);
    expect(later.map((r) => r.id).sort()).toEqual(['demistura-2016-04-22', 'vdc-2017-01']);
  });
});

describe('views select what was public on the story’s date', () => {
  const ctx = fixtureContext();

  it('by-publisher draws every known figure, oldest first, and keeps later ones for the update', () => {
    const view = getView('by-publisher');
    const rows = fixtureRows('death-toll-estimates');
    const drawn = view.select(rows, ctx);
    expect(drawn).toHaveLength(17);
    expect(drawn.map((r) => r.asOf)).toEqual([...drawn.map((r) => r.asOf)].sort());
    expect(drawn.every((r) => r.asOf <= ctx.asOf)).toBe(true);
    expect(view.later(rows, ctx).map((r) => r.id)).toEqual(['demistura-2016-04-22', 'vdc-2017-01']);
  });

  it('moves the line with the story’s date', () => {
    const view = getView('by-publisher');
    const early = view.select(fixtureRows('death-toll-estimates'), fixtureContext(640, '2014-12-31'));
    expect(early.map((r) => r.id)).not.toContain('scpr-2015');
    expect(early.map((r) => r.id)).toContain('ohchr-2014-04');
    // Counted to 31 December but announced on 1 January: not yet known on the 31st.
    expect(early.at(-1)!.id).toBe('sohr-2014-12-02');
  });

  it('per-year draws one publisher’s years in order and refuses a mix', () => {
    const view = getView('per-year');
    const rows = fixtureRows('deaths-per-year');
    expect(view.select(rows, ctx).map((r) => r.date)).toEqual(['2011', '2012', '2013', '2014', '2015']);
    const mixed = [...rows, { ...rows[4], id: 'snhr-2015', series: 'SNHR', value: 21179 }];
    expect(() => view.select(mixed, ctx)).toThrow(/one publisher.*SOHR.*SNHR/);
    expect(() => view.select([...rows, { ...rows[4], id: 'again' }], ctx)).toThrow(/2015 appears twice/);
  });

  it('truce-first-week compares only the same week, source and method', () => {
    const view = getView('truce-first-week');
    const rows = fixtureRows('truce-first-week');
    expect(view.select(rows, ctx).map((r) => r.value)).toEqual([135, 552]);
    expect(view.later(rows, ctx).map((r) => r.value)).toEqual([530]);
    const unlike = view.select(rows, ctx).concat({ ...rows[0], id: 'day', date: '2016-02-26' });
    expect(() => view.select(unlike, ctx)).toThrow(/like with like/);
  });
});

describe('view registry', () => {
  it('lists every view and names the allowed ids when asked for another', () => {
    expect(viewIds).toEqual(['by-publisher', 'per-year', 'truce-first-week']);
    expect(() => getView('pie')).toThrow('Unknown chart view "pie": use one of "by-publisher", "per-year", "truce-first-week"');
  });
});
