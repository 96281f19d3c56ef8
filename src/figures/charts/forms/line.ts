import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  colorOf,
  referenceLabel,
  referenceMarks,
  roleText,
  spanMarks,
  tickCount,
  tickFormat,
  valueDomain,
} from '../axes.ts';
import { bySeries, labelOf, referenceSentence, trend } from '../describe.ts';
import { pixelScales, type Frame } from '../frame.ts';
import { keyHeight, keyMarks, type KeyItem } from '../key.ts';
import { labelMarks, placeLabels, type LabelRequest } from '../label-layout.ts';
import { FONT_SIZE, GRID, HALO, INK, MUTED, groupBy, isNarrow, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { formatDate, parseDate } from '../../../lib/dates.ts';

/**
 * Lines over time (or any number), one per series, each labelled at its end so no legend is
 * needed. With symbol="column" each point's shape says what kind of figure it is, and a series
 * is joined only between points of one kind. Points read second-hand are hollow. Shared by area.
 */

const xv = (d: Datum) => (d.v.x instanceof Date ? d.v.x.getTime() : Number(d.v.x));
const yv = (d: Datum) => Number(d.v.y);
const shapeOf = (chart: ChartData) => (d: Datum) =>
  chart.symbols.find((s) => s.value === d.v.symbol)?.shape ?? 'circle';

export interface LineFrame {
  frame: Frame;
  xDomain: [number, number];
  yDomain: [number, number];
  items: KeyItem[];
}

/** Geometry fixed up front, so labels can be placed in the pixels Plot will draw. */
export function lineFrame(chart: ChartData, width: number, yValues: number[]): LineFrame {
  const narrow = isNarrow(width);
  const items = keyItems(chart);
  const marginTop = keyHeight(items, width) + 2 * FONT_SIZE + 6;
  const xs = chart.data.map(xv);
  const h = chart.highlight?.kind === 'span' ? [Number(chart.highlight.from), Number(chart.highlight.to)] : [];
  const xDomain: [number, number] = [Math.min(...xs, ...h), Math.max(...xs, ...h)];
  if (xDomain[0] === xDomain[1]) xDomain[1] = xDomain[0] + 1;
  const yDomain = valueDomain(yValues, {
    zero: yValues.every((v) => v >= 0),
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const format = tickFormat(chart.columns.y!, width);
  const height = narrow ? 380 : Math.min(520, Math.round(width * 0.56));
  const ticks = Plot.scale({ y: { domain: yDomain } }).domain as number[];
  const widest = Math.max(...[...ticks, ...niceTicks(yDomain, tickCount(height))].map((t) => textWidth(format(t))));
  const longestEnd = Math.max(...chart.series.map((s) => textWidth(s.name)), 0);
  const frame: Frame = {
    width,
    height: height + marginTop,
    marginTop,
    // Room for the last tick's label, and on wider drawings for the series names at the lines' ends.
    marginRight: narrow ? 24 : Math.min(Math.round(width * 0.2), Math.max(28, longestEnd + 16)),
    marginBottom: 34,
    marginLeft: Math.ceil(widest) + 10,
  };
  return { frame, xDomain, yDomain, items };
}

/** Nice ticks inside a domain; Plot would choose the same from the same count. */
export function niceTicks([lo, hi]: [number, number], count: number): number[] {
  const step = niceStep((hi - lo) / count);
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step / 1e6; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m >= 5 ? 10 : m >= 2 ? 5 : m >= 1 ? 2 : 1) * power;
}

function keyItems(chart: ChartData): KeyItem[] {
  const items: KeyItem[] = chart.symbols.map((s) => ({ symbol: s.shape, hollow: false, label: s.value }));
  if (chart.data.some((d) => d.secondary)) items.push({ symbol: 'circle', hollow: true, label: 'read second-hand' });
  return items;
}

/** The x axis: years for a long span of time, months and days when short; numbers as the column writes them. */
export function xAxis(chart: ChartData, width: number): Markish {
  const x = chart.columns.x!;
  if (x.kind !== 'time')
    return Plot.axisX({
      ticks: tickCount(width),
      tickFormat: tickFormat(x, width),
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    });
  const xs = chart.data.map(xv);
  const years = (Math.max(...xs) - Math.min(...xs)) / (365.25 * 86_400_000);
  // Over two years or more, a tick a year (or every few on a phone), labelled with the year alone.
  if (years >= 2) {
    const every = Math.max(1, Math.ceil(years / (isNarrow(width) ? 4 : tickCount(width))));
    return Plot.axisX({
      ticks: `${every} years`,
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    });
  }
  return Plot.axisX({
    ticks: isNarrow(width) ? 3 : tickCount(width * 0.6),
    tickFormat: '%b %Y',
    fontSize: FONT_SIZE,
    label: null,
    fill: MUTED,
  });
}

export function plotLines(chart: ChartData, width: number, area = false): PlotOptions {
  const stacked = area && chart.series.length > 1;
  const stackedTotals = stacked ? stackTotals(chart) : new Map<Datum, number>();
  const top = (d: Datum) => stackedTotals.get(d) ?? yv(d);
  const { frame, xDomain, yDomain, items } = lineFrame(chart, width, chart.data.map(top));
  const { px, py } = pixelScales(frame, xDomain, yDomain);
  const x = (d: Datum) => (d.v.x instanceof Date ? d.v.x : Number(d.v.x));
  const shape = shapeOf(chart);
  const sorted = [...chart.data].sort((a, b) => xv(a) - xv(b));
  const groups = [...groupBy(sorted, (d) => `${d.series}|${String(d.v.symbol ?? '')}`).values()];
  const lines = groups.filter((g) => g.length > 1);
  const dots = chart.symbols.length > 0 || chart.data.length <= 40;

  const requests: LabelRequest[] = [];
  if (chart.reference) {
    const closest = chart.data.reduce((a, b) =>
      Math.abs(yv(b) - chart.reference!.value) < Math.abs(yv(a) - chart.reference!.value) ? b : a,
    );
    requests.push({ px: px(xv(closest)), py: py(chart.reference.value), lines: [referenceLabel(chart)], fill: INK });
  }
  for (const note of chart.annotations) {
    requests.push({ px: px(xv(note.datum)), py: py(top(note.datum)), lines: [note.text], fill: INK });
  }
  const ends = bySeries(chart)
    .map((points) => points.reduce((a, b) => (xv(b) >= xv(a) ? b : a)))
    .sort((a, b) => top(b) - top(a));
  for (const end of ends) {
    const words = chart.series.length > 1 ? [end.series, roleText(chart, end, 'y')] : [roleText(chart, end, 'y')];
    requests.push({ px: px(xv(end)), py: py(top(end)), lines: words, fill: colorOf(chart, end.series) });
  }
  const placed = placeLabels(requests, {
    points: chart.data.map((d) => ({ px: px(xv(d)), py: py(top(d)), r: 5 })),
    lines: [
      ...lines.map((g) => g.map((d) => [px(xv(d)), py(top(d))] as [number, number])),
      ...(chart.reference
        ? [
            [
              [frame.marginLeft, py(chart.reference.value)],
              [width - frame.marginRight, py(chart.reference.value)],
            ] as [number, number][],
          ]
        : []),
    ],
    bounds: { left: 0, top: frame.marginTop, right: width, bottom: frame.height - frame.marginBottom },
  });
  const ticks = niceTicks(yDomain, tickCount(frame.height - frame.marginTop));
  const stroke = (g: Datum[]) => colorOf(chart, g[0].series);
  const invertX = (p: number) => (chart.columns.x!.kind === 'time' ? new Date(px.invert(p)) : px.invert(p));
  const marks: Markish[] = [
    ...spanMarks(chart),
    Plot.gridY(ticks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisY(ticks, {
      tickFormat: tickFormat(chart.columns.y!, width),
      tickSize: 0,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    xAxis(chart, width),
    Plot.ruleY([yDomain[0] <= 0 && yDomain[1] >= 0 ? 0 : yDomain[0]], { stroke: INK }),
    Plot.text([labelOf(chart, 'y')], {
      frameAnchor: 'top-left',
      dx: -frame.marginLeft,
      dy: -FONT_SIZE - 4,
      textAnchor: 'start',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    ...(area
      ? [
          Plot.areaY(sorted, {
            x,
            y: yv,
            z: (d: Datum) => d.series,
            fill: (d: Datum) => colorOf(chart, d.series),
            fillOpacity: 0.35,
            order: chart.series.map((s) => s.name),
          }),
        ]
      : []),
    ...referenceMarks(chart, 'y'),
    ...lines.map((g) =>
      Plot.line(g, {
        x,
        y: top,
        stroke: stroke(g),
        strokeWidth: 2,
        strokeDasharray: g.every((d) => d.secondary) ? '4,3' : undefined,
      }),
    ),
    ...(dots
      ? [
          Plot.dot(
            chart.data.filter((d) => !d.secondary),
            {
              x,
              y: top,
              symbol: shape,
              r: 4.5,
              fill: (d: Datum) => colorOf(chart, d.series),
              stroke: HALO,
              strokeWidth: 1,
            },
          ),
          Plot.dot(
            chart.data.filter((d) => d.secondary),
            {
              x,
              y: top,
              symbol: shape,
              r: 4.5,
              fill: HALO,
              stroke: (d: Datum) => colorOf(chart, d.series),
              strokeWidth: 1.75,
            },
          ),
        ]
      : []),
    ...labelMarks(placed, invertX, py.invert),
    ...keyMarks(items, width, frame.marginLeft, frame.marginTop),
  ];
  return {
    ...frame,
    x:
      chart.columns.x!.kind === 'time'
        ? { type: 'utc', domain: xDomain.map((t) => new Date(t)) }
        : { type: 'linear', domain: xDomain },
    y: { type: 'linear', domain: yDomain },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks,
  };
}

/** Each datum's top in a stack of series at the same x, in series order. */
function stackTotals(chart: ChartData): Map<Datum, number> {
  const out = new Map<Datum, number>();
  const byX = groupBy(chart.data, (d) => String(xv(d)));
  for (const group of byX.values()) {
    let sum = 0;
    for (const s of chart.series) for (const d of group.filter((g) => g.series === s.name)) out.set(d, (sum += yv(d)));
  }
  return out;
}

/** "to 31 December 2015": when a point is, in words, at the precision written. */
export function when(chart: ChartData, d: Datum): string {
  const x = chart.columns.x!;
  if (x.kind !== 'time') return `at ${x.label} ${roleText(chart, d, 'x')}`;
  const date = parseDate(d.row.cells[x.name]);
  return date.precision === 'range' ? `to ${formatDate(parseDate(date.end))}` : `in ${formatDate(date)}`;
}

export function lineSummary(chart: ChartData): string {
  const y = labelOf(chart, 'y');
  const sentences = bySeries(chart).map((points) => {
    const sorted = [...points].sort((a, b) => xv(a) - xv(b));
    const who = chart.series.length > 1 ? `${sorted[0].series}: ${y.toLowerCase()}` : y;
    return `${who} ${trend(chart, sorted, 'y', (d) => when(chart, d))}.`;
  });
  const shown = sentences.slice(0, 5).join(' ');
  const more = sentences.length > 5 ? ` ${sentences.length - 5} more series are in the table.` : '';
  return `${shown}${more}${referenceSentence(chart, (d) => [d.series, when(chart, d)].filter(Boolean).join(', '))}`;
}

export const line: ChartForm = {
  type: 'line',
  value: 'y',
  name: 'Line chart',
  needs: { x: 'time', y: 'number' },
  accepts: { series: 'category', symbol: 'category' },
  plot: (chart, width) => plotLines(chart, width),
  summary: lineSummary,
};
