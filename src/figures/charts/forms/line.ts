import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  axisLabel,
  colorOf,
  referenceLabel,
  referenceMarks,
  roleText,
  spanMarks,
  textColorOf,
  timeTicks,
  valueScale,
  widestTick,
  type ValueScale,
  axisTitleMark,
} from '../axes.ts';
import { firstOf, labelOf, lowerFirst, markedSentences, referenceSentence, trend } from '../describe.ts';
import { linear, type Frame } from '../frame.ts';
import { keyHeight, keyMarks, type KeyItem } from '../key.ts';
import { dodge, labelMarks, placeLabels, type Box, type LabelRequest } from '../label-layout.ts';
import { FONT_SIZE, GRID, HALO, INK, LINE_HEIGHT, MUTED, groupBy, isNarrow, textWidth, truncate } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { formatDate, parseDate } from '../../../dates/index.ts';

/**
 * Lines over time (or any number), one per series, each labelled at its end so no legend is
 * needed (the names stack in the right margin, as Datawrapper's do). With symbol="column" each
 * point's shape says what kind of figure it is, and a series is joined only between points of
 * one kind. Points read second-hand are hollow. Shared by area.
 */

const xv = (d: Datum) => (d.v.x instanceof Date ? d.v.x.getTime() : Number(d.v.x));
const yv = (d: Datum) => Number(d.v.y);
const LINE = FONT_SIZE * LINE_HEIGHT;
const DAY = 86_400_000;

function keyItems(chart: ChartData): KeyItem[] {
  const items: KeyItem[] = chart.symbols.map((s) => ({ symbol: s.shape, hollow: false, label: s.value }));
  if (chart.data.some((d) => d.secondary)) items.push({ symbol: 'circle', hollow: true, label: 'read second-hand' });
  return items;
}

interface EndLabel {
  series: string;
  /** The point it names, in pixels. */
  px: number;
  py: number;
  lines: string[];
}

/** The x domain: the data's and the highlight's; a single date or number gets room either side. */
function xDomainOf(chart: ChartData): [number, number] {
  const xs = chart.data.map(xv);
  const h = chart.highlight?.kind === 'span' ? [Number(chart.highlight.from), Number(chart.highlight.to)] : [];
  let [lo, hi] = [Math.min(...xs, ...h), Math.max(...xs, ...h)];
  if (lo === hi) {
    const pad = chart.columns.x!.kind === 'time' ? 183 * DAY : Math.max(1, Math.abs(lo) * 0.1);
    [lo, hi] = [lo - pad, hi + pad];
  }
  return [lo, hi];
}

export function plotLines(chart: ChartData, width: number, area = false): PlotOptions {
  const narrow = isNarrow(width);
  const multi = chart.series.length > 1;
  const stacked = area && multi;
  const totals = stacked ? stackTotals(chart) : new Map<Datum, number>();
  const top = (d: Datum) => totals.get(d) ?? yv(d);
  // A stacked area is named in the middle of its band; a line at its point.
  const labelY = (d: Datum) => (stacked ? top(d) - yv(d) / 2 : yv(d));
  const items = keyItems(chart);
  const keyH = keyHeight(items, width);
  const marginTop = Math.round(keyH + FONT_SIZE * 1.7 + 10);
  const plotHeight = narrow ? 260 : width < 800 ? 320 : 400;
  const marginBottom = 30;
  const x = chart.columns.x!;
  const time = x.kind === 'time';
  const yScale: ValueScale = valueScale(chart.data.map(top), chart.columns.y!, {
    length: plotHeight,
    along: 'y',
    width,
    zero: area ? 'always' : 'auto',
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const xDomain = xDomainOf(chart);
  const lastX = xDomain[1];

  // End labels: every series' last point; those ending at the chart's right edge stack in the margin.
  const sorted = [...chart.data].sort((a, b) => xv(a) - xv(b));
  const ends = chart.series
    .map((s) => sorted.filter((d) => d.series === s.name).at(-1))
    .filter((d): d is Datum => d !== undefined);
  const atEdge = ends.filter((d) => xv(d) === lastX);
  const budget = Math.round(width * (narrow ? 0.36 : 0.24));
  const value = (d: Datum) => roleText(chart, d, 'y');
  const oneLine = (d: Datum) => (multi ? `${d.series} ${value(d)}` : value(d));
  const layout: 'one' | 'two' | 'name' = !multi
    ? 'one'
    : atEdge.every((d) => textWidth(oneLine(d)) <= budget) && atEdge.length * LINE * 1.1 <= plotHeight
      ? 'one'
      : atEdge.length * LINE * 2.2 <= plotHeight
        ? 'two'
        : 'name';
  // On a phone "about 4,800,000" takes two lines, so the plot keeps its width.
  const single = (d: Datum) =>
    narrow && d.row.qualifier ? [d.row.qualifier, value(d).slice(d.row.qualifier.length + 1)] : [value(d)];
  const linesOf = (d: Datum): string[] =>
    !multi
      ? single(d)
      : layout === 'one'
        ? [oneLine(d)]
        : layout === 'two'
          ? [truncate(d.series, budget), value(d)]
          : [truncate(d.series, budget)];
  const marginRight = Math.max(
    narrow ? 14 : 20,
    ...atEdge.map((d) => Math.ceil(Math.max(...linesOf(d).map((l) => textWidth(l)))) + 10),
  );

  // Ticks along x, then the left margin: the y ticks' labels, or half the first x label where it overhangs.
  const plotWidthGuess = width - marginRight - (widestTick(yScale) + 10);
  const xTicks = time ? timeTicks(xDomain, plotWidthGuess) : undefined;
  const xNumber = time
    ? undefined
    : valueScale(chart.data.map(xv), x, { length: plotWidthGuess, along: 'x', width, zero: 'auto' });
  const distinct = [...new Set(chart.data.map(xv))];
  const xLabels =
    distinct.length === 1
      ? // One date or number: named as written, at its point.
        [{ at: distinct[0], text: roleText(chart, chart.data[0], 'x') }]
      : time
        ? xTicks!.ticks.map((t, i) => ({ at: t.getTime(), text: xTicks!.format(t, i) }))
        : xNumber!.ticks.map((t) => ({ at: t, text: xNumber!.format(t) }));
  const xText = new Map(xLabels.map((l) => [l.at, l.text]));
  const domainX: [number, number] = time
    ? xDomain
    : [Math.min(xDomain[0], xNumber!.domain[0]), Math.max(xDomain[1], xNumber!.domain[1])];
  const overhang = (at: number, text: string, length: number) =>
    textWidth(text) / 2 - ((at - domainX[0]) / (domainX[1] - domainX[0])) * length;
  const yAxisWidth = Math.ceil(widestTick(yScale)) + 10;
  const marginLeft = Math.max(
    yAxisWidth,
    Math.ceil(Math.max(0, ...xLabels.slice(0, 1).map((l) => overhang(l.at, l.text, plotWidthGuess)))) + 2,
  );
  const frame: Frame = {
    width,
    height: marginTop + plotHeight + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
  };
  const px = linear(domainX, [marginLeft, width - marginRight]);
  const py = linear(yScale.domain, [marginTop + plotHeight, marginTop]);
  const xOf = (d: Datum) => (d.v.x instanceof Date ? d.v.x : Number(d.v.x));
  const invertX = (p: number) => (time ? new Date(px.invert(p)) : px.invert(p));

  // The margin column, each name as near its line's end as the others allow.
  const column: EndLabel[] = atEdge.map((d) => ({
    series: d.series,
    px: px(xv(d)),
    py: py(labelY(d)),
    lines: linesOf(d),
  }));
  const centres = dodge(
    column.map((l) => ({ y: l.py, height: l.lines.length * LINE })),
    marginTop - FONT_SIZE / 2,
    marginTop + plotHeight + FONT_SIZE / 2,
  );
  const columnX = width - marginRight + 6;
  const columnBoxes: Box[] = column.map((l, i) => ({
    left: columnX,
    top: centres[i] - (l.lines.length * LINE) / 2,
    right: columnX + Math.max(...l.lines.map((t) => textWidth(t))),
    bottom: centres[i] + (l.lines.length * LINE) / 2,
  }));

  // Everything else is placed where it covers the least: the reference, notes, early-ending series.
  const groups = [...groupBy(sorted, (d) => `${d.series}|${String(d.v.symbol ?? '')}`).values()];
  const lines = groups.filter((g) => g.length > 1);
  const requests: LabelRequest[] = [];
  if (chart.reference) {
    const ry = py(chart.reference.value);
    const text = referenceLabel(chart);
    const [l, r] = [marginLeft + 2, width - marginRight - 2];
    requests.push({
      px: l,
      py: ry,
      lines: [text],
      fill: INK,
      spots: [
        { ax: l, ay: ry - 3, textAnchor: 'start', lineAnchor: 'bottom' },
        { ax: l, ay: ry + 3, textAnchor: 'start', lineAnchor: 'top' },
        { ax: r, ay: ry - 3, textAnchor: 'end', lineAnchor: 'bottom' },
        { ax: r, ay: ry + 3, textAnchor: 'end', lineAnchor: 'top' },
      ],
    });
  }
  for (const note of chart.annotations)
    requests.push({
      px: px(xv(note.datum)),
      py: py(top(note.datum)),
      lines: [note.text],
      fill: INK,
      fontWeight: 'bold',
    });
  for (const end of ends.filter((d) => xv(d) !== lastX))
    requests.push({
      px: px(xv(end)),
      py: py(labelY(end)),
      lines: multi ? [end.series, value(end)] : [value(end)],
      fill: textColorOf(chart, end.series),
    });
  const placed = placeLabels(requests, {
    points: chart.data.map((d) => ({ px: px(xv(d)), py: py(top(d)), r: 5 })),
    lines: [
      ...lines.map((g) => g.map((d) => [px(xv(d)), py(top(d))] as [number, number])),
      ...(chart.reference
        ? [
            [
              [marginLeft, py(chart.reference.value)],
              [width - marginRight, py(chart.reference.value)],
            ] as [number, number][],
          ]
        : []),
    ],
    // Inside the plot, clear of the y axis's labels; the right margin belongs to the names at the lines' ends.
    bounds: { left: marginLeft, top: marginTop - FONT_SIZE, right: width, bottom: marginTop + plotHeight },
    boxes: columnBoxes,
  });

  const shape = (d: Datum) => chart.symbols.find((s) => s.value === d.v.symbol)?.shape ?? 'circle';
  // Dots where they say something (a kind of figure) or where a line has few points; not on busy charts.
  const perSeries = chart.data.length / Math.max(1, chart.series.length);
  const allDots = !area && (chart.symbols.length > 0 || (perSeries <= 12 && chart.series.length <= 3));
  const dotted = (d: Datum) => allDots || d.secondary || lines.every((g) => !g.includes(d));
  const marks: Markish[] = [
    ...spanMarks(chart),
    Plot.gridY(yScale.ticks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisY(yScale.ticks, {
      tickFormat: yScale.format,
      tickSize: 0,
      tickPadding: 6,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    Plot.axisX(
      xLabels.map((l) => (time ? new Date(l.at) : l.at)),
      {
        tickFormat: (t: Date | number) => xText.get(Number(t)) ?? '',
        tickSize: 4,
        tickPadding: 3,
        fontSize: FONT_SIZE,
        label: null,
        fill: MUTED,
        stroke: MUTED,
      },
    ),
    Plot.ruleY([yScale.domain[0] <= 0 && yScale.domain[1] >= 0 ? 0 : yScale.domain[0]], { stroke: INK }),
    axisTitleMark(axisLabel(chart, 'y'), marginLeft, -marginTop + keyH + FONT_SIZE * 0.85),
    ...(area
      ? [
          Plot.areaY(sorted, {
            x: xOf,
            y: yv,
            z: (d: Datum) => d.series,
            fill: (d: Datum) => colorOf(chart, d.series),
            fillOpacity: multi ? 0.45 : 0.3,
            order: chart.series.map((s) => s.name),
          }),
        ]
      : []),
    ...referenceMarks(chart, 'y'),
    ...lines.map((g) =>
      Plot.line(g, {
        x: xOf,
        y: top,
        stroke: colorOf(chart, g[0].series),
        strokeWidth: area ? 1.5 : 2,
        strokeDasharray: g.every((d) => d.secondary) ? '4,3' : undefined,
      }),
    ),
    Plot.dot(
      chart.data.filter((d) => dotted(d) && !d.secondary),
      {
        x: xOf,
        y: top,
        symbol: shape,
        r: 4,
        fill: (d: Datum) => colorOf(chart, d.series),
        stroke: HALO,
        strokeWidth: 1,
      },
    ),
    Plot.dot(
      chart.data.filter((d) => d.secondary),
      {
        x: xOf,
        y: top,
        symbol: shape,
        r: 4,
        fill: HALO,
        stroke: (d: Datum) => colorOf(chart, d.series),
        strokeWidth: 1.75,
      },
    ),
    // The margin column: a short tick from each line's end when its name had to move away.
    Plot.link(
      column.filter((l, i) => Math.abs(centres[i] - l.py) > 4),
      {
        x1: (l: EndLabel) => invertX(l.px + 2),
        y1: (l: EndLabel) => py.invert(l.py),
        x2: () => invertX(columnX - 1),
        y2: (l: EndLabel) => py.invert(centres[column.indexOf(l)]),
        stroke: (l: EndLabel) => colorOf(chart, l.series),
        strokeWidth: 1,
      },
    ),
    Plot.text(column, {
      x: () => invertX(columnX),
      y: (l: EndLabel) => py.invert(centres[column.indexOf(l)]),
      text: (l: EndLabel) => l.lines.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'middle',
      lineHeight: LINE_HEIGHT,
      fontSize: FONT_SIZE,
      fill: (l: EndLabel) => textColorOf(chart, l.series),
      stroke: HALO,
      strokeWidth: 3,
      paintOrder: 'stroke',
    }),
    ...labelMarks(placed, invertX, py.invert),
    ...keyMarks(items, width, marginLeft, marginTop),
  ];
  return {
    ...frame,
    x: time
      ? { type: 'utc', domain: domainX.map((t) => new Date(t)), axis: null }
      : { type: 'linear', domain: domainX, axis: null },
    y: { type: 'linear', domain: yScale.domain, axis: null },
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

/** "on 14 March 2016", "in June 2012", "to 31 December 2015": when a point is, in words, at the precision written. */
export function when(chart: ChartData, d: Datum): string {
  const x = chart.columns.x!;
  if (x.kind !== 'time') return `at ${lowerFirst(x.label)} ${roleText(chart, d, 'x')}`;
  const date = parseDate(d.row.cells[x.name]);
  if (date.precision === 'range') return `to ${formatDate(parseDate(date.end))}`;
  return `${date.precision === 'day' || date.precision === 'about' ? 'on' : 'in'} ${formatDate(date)}`;
}

export function lineSummary(chart: ChartData): string {
  const y = labelOf(chart, 'y');
  const multi = chart.series.length > 1;
  const sorted = [...chart.data].sort((a, b) => xv(a) - xv(b));
  // A series drawn as several lines (one per symbol) is described line by line: kinds of figure are never joined.
  const groups = [...groupBy(sorted, (d) => `${d.series}\u0000${String(d.v.symbol ?? '')}`).values()];
  const sentences = groups.map((points) => {
    const kind = chart.columns.symbol ? String(points[0].v.symbol ?? '') : '';
    const name = [multi ? points[0].series : '', kind].filter(Boolean).join(', ');
    const who = name ? `${name}: ${lowerFirst(y)}` : y;
    return `${who} ${trend(chart, points, 'y', (d) => when(chart, d))}.`;
  });
  const where = (d: Datum) => [multi ? d.series : '', when(chart, d)].filter(Boolean).join(', ');
  const stacked =
    chart.type === 'area' && multi
      ? ` The areas are stacked: the top line is all ${chart.series.length} added together.`
      : '';
  return `${firstOf(sentences, 5)}${stacked}${markedSentences(chart, where)}${referenceSentence(chart, where)}`;
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
