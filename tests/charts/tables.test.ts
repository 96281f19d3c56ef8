import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/figures/charts/table.ts';
import { fixtureChart, fixtureDataset, fixtureSources, type FixtureTag } from '../fixtures/charts/load.ts';
import { CASES } from './cases.ts';

/** The table under each chart (and its CSV): exactly the rows drawn, the columns a reader looks them up by first. */

const table = (tag: FixtureTag) => {
  const dataset = fixtureDataset(tag.dataset);
  return chartTable(fixtureChart(tag), dataset.columns, fixtureSources(), dataset.meta);
};
const labels = (tag: FixtureTag) => table(tag).columns.map((c) => c.label);
const PROVENANCE = ['Qualifier', 'Announced', 'Source', 'Read at', 'Address', 'Confidence', 'Note', 'Row id'];

describe('chart tables', () => {
  it('bars: the category first, then the value, the other columns, and where each figure was read', () => {
    const t = table(CASES.bar);
    expect(labels(CASES.bar)).toEqual(['Host country', 'Refugees', 'Year', ...PROVENANCE]);
    expect(t.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['refugees']);
    expect(t.rows.map((r) => r.country)).toEqual(['Norland', 'Estmark', 'Sudria', 'Westeria', 'Kalvia']);
    expect(t.rows[0]).toEqual({
      country: 'Norland',
      refugees: '2,764,500',
      year: '2016',
      qualifier: '',
      announced: '',
      source: 'Fixture Statistics Office',
      outlet: 'Fixture Statistics Office',
      url: '',
      confidence: 'confirmed',
      note: '',
      id: 'ref-norland-2016',
    });
  });

  it('has exactly the rows drawn, in the CSV’s order', () => {
    expect(table(CASES.bar).rows).toHaveLength(5);
    expect(table(CASES['bar-grouped']).rows).toHaveLength(10);
    expect(table(CASES['line-many']).rows).toHaveLength(fixtureDataset('prices').rows.length);
    expect(table(CASES['line-single']).rows.map((r) => r.id)).toEqual(['total-2014-06']);
  });

  it('lines: the date in words, then the value, the series and the kind of figure', () => {
    expect(labels(CASES['line-symbol'])).toEqual(['Date', 'Birds', 'Counted by', 'Method', ...PROVENANCE]);
    const t = table(CASES['line-compare']);
    expect(t.rows[0]).toMatchObject({ date: 'June 2012', refugees: '85,000' });
    // The qualifier has its own column: the value cell is the number alone.
    expect(t.rows.at(-1)).toMatchObject({
      date: '14 March 2016',
      refugees: '4,800,000',
      qualifier: 'about',
      outlet: 'Fixture Wire',
      confidence: 'secondary',
    });
  });

  it('numbers formatted as the sidecar says, with the unit in the header', () => {
    expect(table(CASES.line).rows.map((r) => r.rate)).toEqual(['2.50', '2.75', '3.00', '3.25', '3.10']);
    expect(table(CASES['column-negative']).rows[4].balance).toBe('-3.2%');
    expect(labels(CASES['column-negative']).slice(0, 2)).toEqual(['Year', 'Budget balance (% of output)']);
    expect(labels(CASES.range).slice(0, 3)).toEqual(['City', 'Coldest month (°C)', 'Warmest month (°C)']);
    expect(table(CASES.dot).rows[0]).toMatchObject({ sector: 'Health', pay: 'US$17.40', group: 'Women' });
  });

  it('scatter: the point’s name first', () => {
    expect(labels(CASES.scatter).slice(0, 3)).toEqual(['City', 'Income per person', 'Life expectancy (years)']);
    expect(table(CASES.scatter).rows[0]).toMatchObject({ city: 'Port Alder', income: 'US$41,200', life: '81.2' });
  });

  it('the CSV keeps the cells as written, so a spreadsheet reads numbers as numbers', () => {
    const t = table(CASES['line-compare']);
    expect(t.raw[0]).toMatchObject({ date: '2012-06', refugees: '85000' });
    expect(table(CASES.line).raw[0].rate).toBe('2.50');
    expect(table(CASES['bar-long-names']).raw[0].agency).toBe(
      'Ministry of Infrastructure, Transport and Regional Development',
    );
  });

  it('long names are whole in the table, whatever the chart had room for', () => {
    expect(table(CASES['bar-long-names']).rows.map((r) => r.agency)).toContain(
      'Office of the Commissioner for Environmental Sustainability',
    );
  });

  it('refuses a row whose source is not registered', () => {
    const chart = fixtureChart(CASES.bar);
    const broken = { ...chart, data: [{ ...chart.data[0], row: { ...chart.data[0].row, source: 'nowhere' } }] };
    expect(() => chartTable(broken, fixtureDataset('refugees').columns, fixtureSources())).toThrow(/"nowhere"/);
  });
});
