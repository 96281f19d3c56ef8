import type { FixtureTag } from '../fixtures/charts/load.ts';

/**
 * Every chart the snapshots draw, each a <Chart> tag on a fixture dataset: each form plainly,
 * with series, with the tag's options (compare, highlight, annotate), and the shapes of data that
 * break charts (long names, many bars, many lines, one row, equal values, all negative).
 */

export const WIDTHS = [340, 640, 960] as const;

const year = (y: string) => (row: { cells: Readonly<Record<string, string>> }) => row.cells.year === y;

export const CASES: Record<string, FixtureTag> = {
  bar: { dataset: 'refugees', type: 'bar', columns: { y: 'country', x: 'refugees' }, rows: year('2016') },
  'bar-stacked': { dataset: 'commute', type: 'bar', columns: { y: 'city', x: 'share', series: 'mode' } },
  // Six long series names: the key wraps onto rows that must not overlap each other or the axis.
  'bar-stacked-key': { dataset: 'homes', type: 'bar', columns: { y: 'region', x: 'households', series: 'tenure' } },
  'bar-grouped': {
    dataset: 'refugees',
    type: 'bar',
    columns: { y: 'country', x: 'refugees', series: 'year' },
    layout: 'grouped',
  },
  'bar-compare': {
    dataset: 'refugees',
    type: 'bar',
    columns: { y: 'country', x: 'refugees' },
    rows: year('2016'),
    reference: { value: 2_000_000, quote: 'some two million' },
  },
  'bar-highlight': {
    dataset: 'refugees',
    type: 'bar',
    columns: { y: 'country', x: 'refugees' },
    rows: year('2016'),
    highlight: 'Sudria; Westeria: Neighbours',
  },
  'bar-long-names': { dataset: 'agencies', type: 'bar', columns: { y: 'agency', x: 'spending' } },
  'bar-many': { dataset: 'trees', type: 'bar', columns: { y: 'tree', x: 'count' } },
  'bar-single': { dataset: 'single', type: 'bar', columns: { y: 'place', x: 'visitors' } },
  'bar-equal': { dataset: 'equal', type: 'bar', columns: { y: 'team', x: 'members' } },
  'bar-negative': { dataset: 'losses', type: 'bar', columns: { y: 'quarter', x: 'change' } },
  column: {
    dataset: 'goals',
    type: 'column',
    columns: { x: 'season', y: 'goals' },
    annotate: 'max: Best season',
  },
  'column-negative': { dataset: 'budget', type: 'column', columns: { x: 'year', y: 'balance' } },
  'column-all-negative': { dataset: 'losses', type: 'column', columns: { x: 'quarter', y: 'change' } },
  'column-stacked': { dataset: 'energy', type: 'column', columns: { x: 'year', y: 'output', series: 'fuel' } },
  'column-grouped': {
    dataset: 'energy',
    type: 'column',
    columns: { x: 'year', y: 'output', series: 'fuel' },
    layout: 'grouped',
  },
  'column-many': { dataset: 'trees', type: 'column', columns: { x: 'tree', y: 'count' } },
  'column-single': { dataset: 'single', type: 'column', columns: { x: 'place', y: 'visitors' } },
  line: { dataset: 'rates', type: 'line', columns: { x: 'date', y: 'rate' } },
  'line-series': {
    dataset: 'prices',
    type: 'line',
    columns: { x: 'date', y: 'index', series: 'region' },
    rows: (row) => ['North', 'Capital', 'Highlands'].includes(row.cells.region),
  },
  'line-many': { dataset: 'prices', type: 'line', columns: { x: 'date', y: 'index', series: 'region' } },
  'line-symbol': {
    dataset: 'counts',
    type: 'line',
    columns: { x: 'date', y: 'birds', series: 'group', symbol: 'method' },
  },
  'line-compare': {
    dataset: 'refugees-total',
    type: 'line',
    columns: { x: 'date', y: 'refugees' },
    reference: { value: 5_000_000, quote: 'about 5 million' },
  },
  'line-highlight': {
    dataset: 'rates',
    type: 'line',
    columns: { x: 'date', y: 'rate' },
    highlight: '2022-04/2022-10: Three rises',
    annotate: 'max: Highest',
  },
  'line-single': {
    dataset: 'refugees-total',
    type: 'line',
    columns: { x: 'date', y: 'refugees' },
    rows: (row) => row.id === 'total-2014-06',
  },
  area: { dataset: 'refugees-total', type: 'area', columns: { x: 'date', y: 'refugees' } },
  'area-stacked': { dataset: 'energy', type: 'area', columns: { x: 'year', y: 'output', series: 'fuel' } },
  dot: { dataset: 'pay', type: 'dot', columns: { y: 'sector', x: 'pay', series: 'group' } },
  'dot-single': { dataset: 'trees', type: 'dot', columns: { y: 'tree', x: 'count' }, rows: (row) => row.line <= 9 },
  range: { dataset: 'temperatures', type: 'range', columns: { y: 'city', x1: 'low', x2: 'high' } },
  // Two equal ends (both estimates agree): a visible mark, not a bar of no width.
  'range-equal': { dataset: 'estimates', type: 'range', columns: { y: 'count', x1: 'low', x2: 'high' } },
  arrow: { dataset: 'turnout', type: 'arrow', columns: { y: 'region', x1: 'before', x2: 'after' } },
  scatter: { dataset: 'cities', type: 'scatter', columns: { x: 'income', y: 'life', label: 'city' } },
  'scatter-annotate': {
    dataset: 'cities',
    type: 'scatter',
    columns: { x: 'income', y: 'life' },
    annotate: 'min: Shortest lives; max: Longest lives',
  },
};
