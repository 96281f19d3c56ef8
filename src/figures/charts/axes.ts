import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { formatDate, parseDate } from '../../dates/index.ts';
import { formatTick, formatValue } from '../../format/numbers.ts';
import { FONT_SIZE, HALO, HIGHLIGHT, INK, MUTED, isNarrow, textColor, textWidth } from './theme.ts';
import type { ChartData, Column, Datum, Role } from './types.ts';

/**
 * Pieces the forms share: value scales whose ticks follow the data and fit their labels, time
 * ticks, value words, the reference line, the highlight.
 */

export interface ValueScale {
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
}

export interface ScaleOptions {
  /** The axis length in pixels. */
  length: number;
  /** Ticks along x need room for their labels' width; along y, for their height. */
  along: 'x' | 'y';
  /** The drawing's width: narrow drawings write big numbers short (250k). */
  width: number;
  /**
   * always: bars and areas start at zero; auto (lines): when zero is nearer than the data's own
   * span; never: dots, ranges and points compare positions, so the axis hugs the data.
   */
  zero: 'always' | 'auto' | 'never';
  /** Values to keep in view besides the data (the story's figure). */
  extra?: number[];
  /**
   * End the domain on a tick (lines, columns: the top gridline is labelled), or at the data
   * (bars, dots, ranges: the longest bar reaches its label, ticks fall inside).
   */
  extend?: boolean;
}

/**
 * Nice ticks (steps of 1, 2 or 5 times a power of ten) as many as fit their labels, and a domain
 * that ends on them: 0–12 for 11, 0–5m for 4.8 million. Pure arithmetic: the forms fix their
 * geometry up front, so labels can be placed in the pixels Plot will draw.
 */
export function valueScale(values: number[], column: Column, options: ScaleOptions): ValueScale {
  const all = [...values, ...(options.extra ?? [])];
  let [lo, hi] = [Math.min(...all), Math.max(...all)];
  const span = hi - lo;
  const near = options.zero === 'auto' && ((lo >= 0 && lo <= span) || (hi <= 0 && -hi <= span));
  if (options.zero === 'always' || near) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const ideal = Math.max(3, Math.floor(options.length / (options.along === 'x' ? 130 : 60)));
  const at = (count: number): ValueScale & { fits: boolean } => {
    const step = tickStep(lo, hi, count);
    const round = (v: number) => Number(v.toPrecision(12));
    const nice: [number, number] = [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
    const domain: [number, number] = options.extend === false ? [lo, hi] : nice;
    const ticks = range(nice, step).filter((t) => t >= domain[0] - step / 1e6 && t <= domain[1] + step / 1e6);
    const format = tickFormat(column, options.width, ticks);
    const gap = (options.length * step) / (domain[1] - domain[0]);
    const room = options.along === 'x' ? Math.max(...ticks.map((t) => textWidth(format(t)))) + 14 : FONT_SIZE * 2.2;
    return { domain, ticks, format, fits: gap >= room };
  };
  // About one tick per 130 px across (60 px up), fewer where labels would touch; but three at
  // least inside a domain that ends at the data, when they fit.
  let chosen = at(1);
  for (let count = ideal; count >= 1; count--) {
    const scale = at(count);
    if (scale.fits) {
      chosen = scale;
      break;
    }
  }
  for (let count = ideal + 1; chosen.ticks.length < 3 && count <= ideal + 4; count++) {
    const scale = at(count);
    if (scale.fits && scale.ticks.length > chosen.ticks.length) chosen = scale;
  }
  const { domain, ticks, format } = chosen;
  return { domain, ticks, format };
}

/** 1, 2 or 5 times a power of ten, for about `count` steps from lo to hi (rounded as d3's ticks are). */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.sqrt(2) ? 2 : 1) * power;
}

function range([lo, hi]: [number, number], step: number): number[] {
  const out: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) out.push(Number((lo + i * step).toPrecision(12)));
  return out;
}

/** One format for every tick on an axis: 250k beside 1m on a phone, the same decimals throughout. */
export function tickFormat(column: Column, width: number, ticks: number[]): (value: number) => string {
  const short = isNarrow(width) && Math.max(...ticks.map(Math.abs)) >= 10_000;
  if (short) return (value) => formatTick(value, column, true);
  const decimals = column.format.startsWith('decimal:')
    ? Number(column.format.split(':')[1])
    : Math.max(0, ...ticks.map((t) => String(t).split('.')[1]?.length ?? 0));
  if (column.scale) return (value) => formatTick(value, column, true);
  return (value) => formatValue(value, { format: column.format, decimals });
}

/** The widest tick label, for the margin that holds them. */
export function widestTick(scale: ValueScale): number {
  return Math.max(...scale.ticks.map((t) => textWidth(scale.format(t))));
}

export interface TimeTicks {
  ticks: Date[];
  format: (date: Date, index: number) => string;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Dates along an axis of this length: every few years for long spans (the year alone), months
 * (the year on January and on the first tick), or days; as many as fit their labels.
 */
export function timeTicks([start, end]: [number, number], length: number): TimeTicks {
  const steps: { unit: 'year' | 'month' | 'day'; n: number }[] = [
    ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n })),
    ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n })),
    ...[1, 2, 5, 10, 20, 25, 50, 100].map((n) => ({ unit: 'year' as const, n })),
  ];
  let last: TimeTicks = { ticks: [new Date(start)], format: (d) => String(d.getUTCFullYear()) };
  // Years read best over years, months over months: the finest step that fits, but never finer than that.
  const years = (end - start) / (365.25 * DAY);
  const coarsest = years > 2.5 ? 'year' : end - start > 90 * DAY ? 'month' : 'day';
  for (const step of steps.filter(
    (s) => coarsest === 'day' || s.unit === 'year' || (coarsest === 'month' && s.unit === 'month'),
  )) {
    const ticks = dates(start, end, step.unit, step.n);
    if (ticks.length === 0) continue;
    const format = dateFormat(step.unit);
    const widest = Math.max(...ticks.map((t, i) => textWidth(format(t, i))));
    last = { ticks, format };
    const gap = ticks.length > 1 ? ((ticks[1].getTime() - ticks[0].getTime()) / (end - start)) * length : length;
    if (gap >= widest + 14 && ticks.length <= Math.max(2, length / 40)) return last;
  }
  return last;
}

function dates(start: number, end: number, unit: 'year' | 'month' | 'day', n: number): Date[] {
  const out: Date[] = [];
  const from = new Date(start);
  if (unit === 'day') {
    for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= end; t += n * DAY)
      if (t >= start) out.push(new Date(t));
    return out;
  }
  if (unit === 'month') {
    for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; m++) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (t > end) break;
      if (t >= start && (m % 12) % n === 0) out.push(new Date(t));
    }
    return out;
  }
  for (let y = Math.ceil(from.getUTCFullYear() / n) * n; Date.UTC(y, 0, 1) <= end; y += n)
    if (Date.UTC(y, 0, 1) >= start) out.push(new Date(Date.UTC(y, 0, 1)));
  return out;
}

function dateFormat(unit: 'year' | 'month' | 'day'): (date: Date, index: number) => string {
  if (unit === 'year') return (d) => String(d.getUTCFullYear());
  if (unit === 'month')
    return (d, i) =>
      d.getUTCMonth() === 0
        ? String(d.getUTCFullYear())
        : i === 0
          ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
          : MONTHS[d.getUTCMonth()];
  return (d, i) =>
    `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7) ? ` ${d.getUTCFullYear()}` : ''}`;
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

/** What an axis says its values are: the column's label, and its unit when the sidecar gives one. */
export function axisLabel(chart: ChartData, role: Role): string {
  const column = chart.columns[role];
  if (!column) return '';
  const label = column.label.charAt(0).toUpperCase() + column.label.slice(1);
  return column.unit ? `${label}, ${column.unit}` : label;
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
            dx: 4,
            dy: 3,
            fontSize: FONT_SIZE,
            fill: MUTED,
            stroke: HIGHLIGHT,
            strokeWidth: 3,
            paintOrder: 'stroke',
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

/** The colour of text drawn in a series' colour, readable on the page (theme.ts). */
export function textColorOf(chart: ChartData, series: string): string {
  return textColor(colorOf(chart, series));
}

/** Text with a halo of the page colour, so it reads where it crosses a mark. */
export const haloed = { stroke: HALO, strokeWidth: 3, paintOrder: 'stroke' } as const;

/** The value axis's title in the top-left corner, `dy` from the frame's top to its middle. */
export function axisTitleMark(text: string, marginLeft: number, dy: number, { facetSuper = false } = {}): Markish {
  return Plot.text([text], {
    ...(facetSuper ? { facet: 'super' as const } : {}),
    frameAnchor: 'top-left',
    dx: -marginLeft,
    dy,
    textAnchor: 'start',
    lineAnchor: 'middle',
    fontSize: FONT_SIZE,
    fill: MUTED,
  });
}
