import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { formatDate, parseDate } from '../../lib/dates.ts';
import { formatTick, formatValue } from '../../lib/format.ts';
import { FONT_SIZE, HIGHLIGHT, INK, MUTED, isNarrow } from './theme.ts';
import type { ChartData, Column, Datum, Role } from './types.ts';

/** Pieces the forms share: domains that follow the data, tick and value formats, the reference line, the highlight. */

/** A value domain from the data (and the story's figure), made nice, with zero in it for bars. */
export function valueDomain(
  values: number[],
  { zero, extra = [] }: { zero: boolean; extra?: number[] },
): [number, number] {
  const all = [...values, ...extra, ...(zero ? [0] : [])];
  let [lo, hi] = [Math.min(...all), Math.max(...all)];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  const scale = Plot.scale({ y: { type: 'linear', domain: [lo, hi], nice: true } });
  return scale.domain as [number, number];
}

/** A column's value as text, with its qualifier: "about 470,000", "12.5%". */
export function valueText(column: Column, value: number, qualifier = ''): string {
  const text = formatValue(value, column);
  return qualifier ? `${qualifier} ${text}` : text;
}

/** The value a datum holds for a role, as text for people (dates in words, numbers formatted). */
export function roleText(chart: ChartData, d: Datum, role: Role): string {
  const column = chart.columns[role];
  if (!column) return '';
  const value = d.v[role];
  if (column.kind === 'number' && typeof value === 'number')
    return valueText(column, value, role === chart.value ? d.row.qualifier : '');
  if (column.kind === 'time') return dateWords(d.row.cells[column.name]);
  return String(value ?? '');
}

/** "27 February 2016", "March 2014", "2014" as written; a plain number stays as written. */
export function dateWords(written: string): string {
  try {
    return formatDate(parseDate(written));
  } catch {
    return written;
  }
}

export function tickFormat(column: Column, width: number): (value: number) => string {
  return (value) => formatTick(value, column, isNarrow(width));
}

/** Ticks for a value axis: about one per 70 px, never crowded on a phone. */
export function tickCount(length: number): number {
  return Math.max(2, Math.round(length / 70));
}

/** The story's own figure as a dashed rule across the value axis ("y" for columns and lines, "x" for bars). */
export function referenceMarks(chart: ChartData, axis: 'x' | 'y'): Markish[] {
  const reference = chart.reference;
  if (!reference) return [];
  const rule = { stroke: INK, strokeDasharray: '5,4', strokeWidth: 1.25 };
  return [axis === 'y' ? Plot.ruleY([reference.value], rule) : Plot.ruleX([reference.value], rule)];
}

/** The words drawn beside the reference rule. */
export function referenceLabel(chart: ChartData): string {
  return chart.reference ? `The story: “${chart.reference.quote}”` : '';
}

/** A highlighted span on a time or number x axis, drawn behind the data, with its label at the top. */
export function spanMarks(chart: ChartData): Markish[] {
  const h = chart.highlight;
  if (!h || h.kind !== 'span') return [];
  return [
    Plot.rectX([h], { x1: 'from', x2: 'to', fill: HIGHLIGHT, fillOpacity: 1 }),
    ...(h.label
      ? [
          Plot.text([h], {
            x: 'from',
            frameAnchor: 'top',
            text: () => h.label,
            textAnchor: 'start',
            lineAnchor: 'top',
            dx: 3,
            dy: 2,
            fontSize: FONT_SIZE,
            fill: MUTED,
          }),
        ]
      : []),
  ];
}

/** Highlighted categories (highlight="A; B"): others are drawn faded. */
export function isFaded(chart: ChartData, category: string): boolean {
  const h = chart.highlight;
  return h?.kind === 'categories' && !h.names.includes(category);
}

export function colorOf(chart: ChartData, series: string): string {
  return chart.series.find((s) => s.name === series)?.color ?? chart.series[0].color;
}
