import { area } from './area.ts';
import { bar } from './bar.ts';
import { column } from './column.ts';
import { dot } from './dot.ts';
import { line } from './line.ts';
import { arrow, range } from './range.ts';
import { scatter } from './scatter.ts';
import { chartTypes, type ChartForm, type ChartType } from '../types.ts';

/** Every chart form a journalist can name in <Chart type="…"/>. */
const forms: Record<ChartType, ChartForm> = { bar, column, line, area, dot, range, arrow, scatter };

export function chartForm(type: ChartType): ChartForm {
  return forms[type];
}

export function isChartType(type: string): type is ChartType {
  return (chartTypes as readonly string[]).includes(type);
}
