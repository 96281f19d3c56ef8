import { describe, expect, it } from 'vitest';
import { tickStep, timeTicks, valueScale, type ScaleOptions } from '../../src/figures/charts/axes.ts';
import type { Column } from '../../src/figures/charts/types.ts';
import { fixtureChart, fixtureSvg } from '../fixtures/charts/load.ts';
import { CASES } from './cases.ts';
import { placedTexts } from './svg-text.ts';

/** Scales, ticks and number formats follow the data: nice steps, as many as fit, written as the column writes them. */

const column = (format = 'number', decimals = 0): Column => ({
  name: 'v',
  label: 'V',
  kind: 'number',
  format,
  decimals,
});
const labels = (values: number[], c: Column, options: ScaleOptions) => {
  const scale = valueScale(values, c, options);
  return { domain: scale.domain, ticks: scale.ticks.map(scale.format) };
};
const phoneY: ScaleOptions = { length: 260, along: 'y', width: 340, zero: 'always' };
const desktopY: ScaleOptions = { length: 400, along: 'y', width: 960, zero: 'always' };

describe('value scales', () => {
  it('nice ticks for 11: steps of 2 to 12, not 11 or 15', () => {
    expect(labels([3, 11], column(), phoneY)).toEqual({
      domain: [0, 12],
      ticks: ['0', '2', '4', '6', '8', '10', '12'],
    });
  });

  it('nice ticks for 5 million: whole millions, short on a phone', () => {
    expect(labels([85_000, 4_800_000], column(), phoneY)).toEqual({
      domain: [0, 5_000_000],
      ticks: ['0', '1m', '2m', '3m', '4m', '5m'],
    });
    expect(labels([0, 5_000_000], column(), desktopY).ticks).toEqual([
      '0',
      '1,000,000',
      '2,000,000',
      '3,000,000',
      '4,000,000',
      '5,000,000',
    ]);
  });

  it('as many ticks as their labels leave room for', () => {
    const wide = labels([0, 5_000_000], column(), { length: 800, along: 'x', width: 960, zero: 'always' });
    expect(wide.ticks).toHaveLength(6);
    const narrow = labels([0, 5_000_000], column(), { length: 120, along: 'x', width: 340, zero: 'always' });
    expect(narrow.ticks.length).toBeLessThanOrEqual(4);
  });

  it('steps are 1, 2 or 5 times a power of ten', () => {
    for (const [lo, hi, count] of [
      [0, 11, 5],
      [0, 4_800_000, 4],
      [2.5, 3.25, 6],
      [-6.8, 1.5, 4],
      [0.0012, 0.0034, 5],
    ])
      expect(String(tickStep(lo, hi, count))).toMatch(/^(1|2|5)(0*|e[-+]?\d+)$|^0\.0*(1|2|5)$/);
  });

  it('decimals the same on every tick: 2.4, 2.6 … 3.0, not 3', () => {
    expect(labels([2.5, 3.25], column('number', 2), { ...phoneY, zero: 'auto' }).ticks).toEqual([
      '2.4',
      '2.6',
      '2.8',
      '3.0',
      '3.2',
      '3.4',
    ]);
    expect(labels([1.25, 1.75], column('decimal:2', 2), { ...phoneY, zero: 'never' }).ticks[0]).toBe('1.20');
  });

  it('percent and currency as the sidecar says, short only on a phone', () => {
    expect(labels([-6.8, 1.5], column('percent', 1), phoneY).ticks).toEqual(['-8%', '-6%', '-4%', '-2%', '0%', '2%']);
    const money = [12_800, 58_900];
    expect(labels(money, column('currency:USD'), { length: 250, along: 'x', width: 340, zero: 'never' }).ticks).toEqual(
      ['US$0', 'US$20k', 'US$40k', 'US$60k'],
    );
    expect(labels(money, column('currency:USD'), { length: 800, along: 'x', width: 960, zero: 'never' }).ticks).toEqual(
      ['US$10,000', 'US$20,000', 'US$30,000', 'US$40,000', 'US$50,000', 'US$60,000'],
    );
  });

  it('zero: always for bars, when near for lines, never forced on dots and points', () => {
    expect(valueScale([98, 125], column(), { ...phoneY, zero: 'auto' }).domain[0]).toBeGreaterThan(0);
    expect(valueScale([85_000, 4_800_000], column(), { ...phoneY, zero: 'auto' }).domain[0]).toBe(0);
    expect(valueScale([98, 125], column(), phoneY).domain[0]).toBe(0);
    expect(valueScale([49.9, 71], column(), { ...phoneY, zero: 'never' }).domain[0]).toBeGreaterThan(40);
    // Bars end at the data, so the longest reaches its label; ticks stay inside.
    const bars = valueScale([0, 2_764_500], column(), {
      length: 200,
      along: 'x',
      width: 340,
      zero: 'always',
      extend: false,
    });
    expect(bars.domain).toEqual([0, 2_764_500]);
    expect(Math.max(...bars.ticks)).toBeLessThanOrEqual(2_764_500);
  });

  it('all values equal, or all negative, still give an axis', () => {
    expect(labels([40, 40], column(), { ...phoneY, zero: 'auto' })).toEqual({
      domain: [0, 40],
      ticks: ['0', '10', '20', '30', '40'],
    });
    expect(labels([-5.1, -0.7], column('percent', 1), phoneY).domain).toEqual([-6, 0]);
  });
});

describe('time ticks', () => {
  const at = (from: string, to: string, length: number) => {
    const t = timeTicks([Date.parse(from), Date.parse(to)], length);
    return t.ticks.map((d, i) => t.format(d, i));
  };

  it('years for a span of years', () => {
    expect(at('2012-06-01', '2016-03-14', 250)).toEqual(['2013', '2014', '2015', '2016']);
    expect(at('1950-01-01', '2020-01-01', 250)).toEqual(['1960', '1980', '2000', '2020']);
  });

  it('months within a year, with the year on the first tick and on January', () => {
    expect(at('2022-01-01', '2023-01-01', 250)).toEqual(['2022', 'Apr', 'Jul', 'Oct', '2023']);
    expect(at('2022-03-01', '2022-12-01', 250)[0]).toBe('Apr 2022');
  });

  it('days within a month', () => {
    expect(at('2016-02-27', '2016-03-05', 300)).toEqual(['27 Feb 2016', '5 Mar']);
  });
});

describe('ticks in the drawings', () => {
  const tickTexts = (name: string, width: number) =>
    placedTexts(fixtureSvg(fixtureChart(CASES[name]), width)).map((t) => t.text);

  it('5 million reads 5m on a phone and 5,000,000 on a desktop', () => {
    expect(tickTexts('line-compare', 340)).toEqual(expect.arrayContaining(['0', '1m', '2m', '3m', '4m', '5m']));
    expect(tickTexts('line-compare', 340)).not.toContain('5,000,000');
    expect(tickTexts('line-compare', 960)).toEqual(expect.arrayContaining(['1,000,000', '5,000,000']));
  });

  it('a count of 11 gets ticks of 2', () => {
    // Columns carry their values; the story's figure brings an axis with it.
    const tag = { ...CASES.column, reference: { value: 10, quote: 'ten goals' } };
    const texts = placedTexts(fixtureSvg(fixtureChart(tag), 640)).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['0', '2', '4', '6', '8', '10', '12']));
    expect(texts).not.toContain('15');
  });

  it('values on the chart as written: 3.10, -6.8%, US$1,250,000,000', () => {
    expect(tickTexts('line', 640)).toContain('3.10');
    expect(tickTexts('column-negative', 640)).toContain('-6.8%');
    expect(tickTexts('bar-long-names', 640)).toContain('US$1,250,000,000');
  });
});
