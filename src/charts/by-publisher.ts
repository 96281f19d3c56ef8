import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { splitByAsOf, utcDay } from './as-of.ts';
import { byPublisherNotes, byPublisherSummary, closestTo } from './by-publisher-text.ts';
import { pixelScales, type Frame } from './frame.ts';
import { keyHeight, keyMarks, type KeyItem } from './key.ts';
import { labelMarks, placeLabels, type LabelRequest } from './label-layout.ts';
import {
  FONT_SIZE,
  GRID,
  HALO,
  INK,
  KIND_LABEL,
  KIND_SYMBOL,
  MUTED,
  figureKind,
  groupBy,
  isSecondary,
  seriesColor,
  textWidth,
} from './theme.ts';
import type { ChartContext, ChartRow, ChartView } from './types.ts';
import { formatCompact, formatCount, formatQualified } from '../lib/format.ts';

/**
 * "It depends who is counting": every publisher's running total, placed on the day it covers to
 * (not the day it was announced), with the kind of number in the shape and the label. Given the
 * story's own figure (ctx.reference, from <Chart compare="…">), a dashed rule marks it.
 */

const KIND_WORD = { documented: 'documented', civilians: 'civilians', estimate: 'estimate' } as const;

function groupKey(row: ChartRow): string {
  return `${row.series}|${row.kind}|${row.scope}`;
}

function byDate(a: ChartRow, b: ChartRow): number {
  return a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.series.localeCompare(b.series);
}

const symbol = (r: ChartRow) => KIND_SYMBOL[figureKind(r)];
/** The estimate is one point among many counts; drawn larger so it is found. */
const size = (r: ChartRow) => (figureKind(r) === 'estimate' ? 7 : 5);

function plot(rows: ChartRow[], ctx: ChartContext): PlotOptions {
  const { width, reference } = ctx;
  const narrow = width < 480;
  const items = keyItems(rows, ctx);
  const marginTop = keyHeight(items, width) + 2 * FONT_SIZE + 6;
  const frame: Frame = {
    width,
    height: narrow ? 540 : Math.round(width * 0.6),
    marginTop,
    marginRight: narrow ? 6 : Math.round(width * 0.16),
    marginBottom: 26,
    marginLeft: 0,
  };
  // From the half-year of the first figure: nothing was counted on a line before it.
  const first = rows.reduce((min, r) => (r.asOf < min ? r.asOf : min), ctx.asOf);
  const xDomain: [number, number] = [
    Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) > 6 ? 6 : 0, 1),
    utcDay(ctx.asOf).getTime(),
  ];
  const highest = Math.max(reference?.value ?? 0, ...rows.map((r) => r.value));
  // Headroom over the highest point, and never a gridline at the very top, where its label would hit the axis title.
  const rounded = Math.ceil((highest * 1.06) / 50_000) * 50_000;
  const yMax = rounded % 100_000 === 0 ? rounded + 50_000 : rounded;
  const tickFormat = narrow ? formatCompact : formatCount;
  frame.marginLeft = Math.ceil(Math.max(...yTicks(yMax).map((t) => textWidth(tickFormat(t))))) + 12;
  const { px, py } = pixelScales(frame, xDomain, [0, yMax]);
  const x = (r: ChartRow) => utcDay(r.asOf);

  const groups = groupBy([...rows].sort(byDate), groupKey);
  const lines = [...groups.values()].filter((g) => g.length > 1);
  const secondary = rows.filter((r) => isSecondary(r, ctx));
  const confirmed = rows.filter((r) => !isSecondary(r, ctx));

  const closest = closestTo(rows, reference);
  const requests: LabelRequest[] = [];
  const ruleLines: [number, number][][] = [];
  if (reference) {
    const ruleY = py(reference.value);
    // Near the figure it most likely comes from, so the eye goes from one to the other.
    requests.push({
      px: closest ? px(x(closest).getTime()) : frame.marginLeft,
      py: ruleY,
      lines: [`The article: “${reference.quote}”`],
      fill: INK,
    });
    ruleLines.push([
      [frame.marginLeft, ruleY],
      [width - frame.marginRight, ruleY],
    ]);
  }
  const lastPoints = [...groups.values()].map((g) => g.at(-1)!);
  lastPoints.sort((a, b) => Number(b === closest) - Number(a === closest) || b.value - a.value);
  for (const row of lastPoints) {
    // On a phone the key carries "documented"; the label keeps the words that set a figure apart.
    const kind = figureKind(row);
    const words = narrow && kind === 'documented' ? row.series : `${row.series} ${KIND_WORD[kind]}`;
    requests.push({
      px: px(x(row).getTime()),
      py: py(row.value),
      lines: [words, formatQualified(row.value, row.qualifier)],
      fill: seriesColor(row.series),
    });
  }
  const placed = placeLabels(requests, {
    points: rows.map((r) => ({ px: px(x(r).getTime()), py: py(r.value), r: 5 })),
    lines: [...lines.map((g) => g.map((r) => [px(x(r).getTime()), py(r.value)] as [number, number])), ...ruleLines],
    bounds: { left: 0, top: marginTop, right: width, bottom: frame.height - frame.marginBottom },
  });

  const marks: Markish[] = [
    Plot.gridY(yTicks(yMax), { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisY(yTicks(yMax), { tickFormat, tickSize: 0, fontSize: FONT_SIZE, label: null, fill: MUTED }),
    Plot.axisX({
      ticks: 'year',
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    Plot.ruleY([0], { stroke: INK }),
    Plot.text(['Deaths, running total'], {
      frameAnchor: 'top-left',
      dx: -frame.marginLeft,
      dy: -FONT_SIZE,
      textAnchor: 'start',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    ...(reference ? [Plot.ruleY([reference.value], { stroke: INK, strokeDasharray: '5,4', strokeWidth: 1.25 })] : []),
    ...lines.map((g) =>
      Plot.line(g, {
        x,
        y: 'value',
        stroke: seriesColor(g[0].series),
        strokeWidth: 2,
        strokeDasharray: g.every((r) => isSecondary(r, ctx)) ? '4,3' : undefined,
      }),
    ),
    Plot.dot(confirmed, {
      x,
      y: 'value',
      symbol,
      r: size,
      fill: (r: ChartRow) => seriesColor(r.series),
      stroke: HALO,
      strokeWidth: 1,
    }),
    Plot.dot(secondary, {
      x,
      y: 'value',
      symbol,
      r: size,
      fill: HALO,
      stroke: (r: ChartRow) => seriesColor(r.series),
      strokeWidth: 1.75,
    }),
    ...labelMarks(placed, (p) => new Date(px.invert(p)), py.invert),
    ...keyMarks(items, width, frame.marginLeft, marginTop),
  ];
  return {
    ...frame,
    x: { type: 'utc', domain: xDomain.map((t) => new Date(t)) },
    y: { type: 'linear', domain: [0, yMax] },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    r: { type: 'identity' },
    marks,
  };
}

function yTicks(yMax: number): number[] {
  return Array.from({ length: Math.floor(yMax / 100_000) + 1 }, (_, i) => i * 100_000);
}

function keyItems(rows: ChartRow[], ctx: ChartContext): KeyItem[] {
  const kinds = new Set(rows.map(figureKind));
  const items: KeyItem[] = (['documented', 'civilians', 'estimate'] as const)
    .filter((kind) => kinds.has(kind))
    .map((kind) => ({ symbol: KIND_SYMBOL[kind], hollow: false, label: KIND_LABEL[kind] }));
  if (rows.some((r) => isSecondary(r, ctx)))
    items.push({ symbol: 'circle', hollow: true, label: 'second-hand report' });
  return items;
}

export const byPublisher: ChartView = {
  id: 'by-publisher',
  title: 'It depends who is counting',
  takeaway:
    'How many died depends on who is counting, and how: each publisher’s running total, on the last day it covers.',
  alt: 'Line chart of death tolls over time, one line per publisher; the shape of each point shows the kind of figure.',
  select: (rows, ctx) => splitByAsOf(rows, ctx.asOf, ctx.sources).known.sort(byDate),
  later: (rows, ctx) => splitByAsOf(rows, ctx.asOf, ctx.sources).later.sort(byDate),
  plot,
  summary: byPublisherSummary,
  notes: byPublisherNotes,
};
