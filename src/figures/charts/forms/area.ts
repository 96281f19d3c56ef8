import { lineSummary, plotLines } from './line.ts';
import type { ChartForm } from '../types.ts';

/** Filled areas over time: one per series, stacked when there are several, each labelled at its end. */
export const area: ChartForm = {
  type: 'area',
  value: 'y',
  name: 'Area chart',
  needs: { x: 'time', y: 'number' },
  accepts: { series: 'category' },
  plot: (chart, width) => plotLines(chart, width, true),
  summary: lineSummary,
};
