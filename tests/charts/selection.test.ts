import { describe, expect, it } from 'vitest';
import { splitByAsOf } from '../../src/charts/as-of.ts';
import { getView, viewIds } from '../../src/charts/index.ts';
import { fixtureContext, fixtureRows, fixtureSources } from '../fixtures/charts/load.ts';

/** The as-of rule itself is tested in tests/unit/as-of.test.ts; here, what the views make of it. */

describe('as of the story’s date', () => {
  it('splits rows into drawn and later, keeping every row once', () => {
    const rows = fixtureRows('death-toll-estimates');
    const { known, later } = splitByAsOf(rows, '2016-03-14', fixtureSources());
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

  it('keeps a figure with no announcement date out until its source was published', () => {
    // SNHR's civilians count runs to 31 January 2016, but we know of it only from TRT World on 5 March.
    const view = getView('by-publisher');
    const rows = fixtureRows('death-toll-estimates');
    const before = fixtureContext(640, '2016-03-04');
    expect(view.select(rows, before).map((r) => r.id)).not.toContain('snhr-2016-01-31');
    expect(view.later(rows, before).map((r) => r.id)).toContain('snhr-2016-01-31');
    expect(view.select(rows, fixtureContext(640, '2016-03-05')).map((r) => r.id)).toContain('snhr-2016-01-31');
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
    expect(() => getView('pie')).toThrow(
      'Unknown chart view "pie": use one of "by-publisher", "per-year", "truce-first-week"',
    );
  });
});
