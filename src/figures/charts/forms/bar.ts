import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  axisLabel,
  colorOf,
  haloed,
  isFaded,
  referenceLabel,
  referenceMarks,
  roleText,
  valueScale,
  widestTick,
  axisTitleMark,
} from '../axes.ts';
import {
  bySeries,
  extremes,
  firstOf,
  labelOf,
  list,
  lowerFirst,
  markedSentences,
  referenceSentence,
  stacked,
} from '../describe.ts';
import { keyHeight, keyMarks, type KeyItem } from '../key.ts';
import { FADED, FONT_SIZE, GRID, INK, LINE_HEIGHT, MUTED, isNarrow, textWidth, wrap } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';

/** Horizontal bars: y a category (one bar each, in the data's order), x a value; series stacked or grouped. */

const cat = (d: Datum) => String(d.v.y);
const val = (d: Datum) => Number(d.v.x);

/** Category names in the left margin: wrapped onto two lines, then cut with "…"; the table has them whole. */
export function categoryNames(
  categories: string[],
  width: number,
): { margin: number; name: (c: string) => string; lines: number } {
  const most = Math.round(width * (isNarrow(width) ? 0.36 : 0.3)) - 8;
  const lines = new Map(categories.map((c) => [c, wrap(c, most, 2)]));
  const widest = Math.max(...[...lines.values()].flat().map((line) => textWidth(line)));
  return {
    margin: Math.ceil(widest) + 10,
    name: (c) => lines.get(c)!.join('\n'),
    lines: Math.max(...[...lines.values()].map((l) => l.length)),
  };
}

/** Series as coloured squares, or the highlight's label beside its colour. */
export function seriesKey(chart: ChartData, symbol: 'square' | 'circle'): KeyItem[] {
  if (chart.series.length > 1)
    return chart.series.map((s) => ({ symbol, hollow: false, label: s.name, color: s.color }));
  const h = chart.highlight;
  return h?.kind === 'categories' && h.label
    ? [{ symbol, hollow: false, label: h.label, color: chart.series[0].color }]
    : [];
}

/** The story's figure under the chart, beside its rule, on whichever side has room. */
export function referenceText(
  chart: ChartData,
  x: (v: number) => number,
  { width, left }: { width: number; left: number },
  extra: object = {},
): Markish[] {
  if (!chart.reference) return [];
  const text = referenceLabel(chart);
  const w = textWidth(text);
  const at = x(chart.reference.value);
  const start = at + 3 + w <= width ? at + 3 : at - 3 - w >= 0 ? at - 3 - w : Math.max(0, width - w);
  return [
    Plot.text([chart.reference.value], {
      ...extra,
      frameAnchor: 'bottom-left',
      text: () => text,
      textAnchor: 'start',
      lineAnchor: 'top',
      dx: start - left,
      dy: 6,
      fontSize: FONT_SIZE,
      fill: INK,
      ...haloed,
    }),
  ];
}

function plot(chart: ChartData, width: number): PlotOptions {
  const categories = [...new Set(chart.data.map(cat))];
  const x = chart.columns.x!;
  const multi = chart.series.length > 1;
  const grouped = multi && chart.layout === 'grouped';
  const items = seriesKey(chart, 'square');
  const keyH = keyHeight(items, width);
  // Stacked bars need an axis; a bar per value carries its number instead (grouped bars too).
  const showAxis = (multi && !grouped) || Boolean(chart.reference);
  const labelRow = FONT_SIZE * 1.7;
  const marginTop = Math.round(keyH + labelRow + (showAxis ? FONT_SIZE * 1.4 : 0));
  const names = categoryNames(categories, width);
  const labelled = !multi || grouped;
  const widest = (negative: boolean) =>
    Math.max(0, ...chart.data.filter((d) => val(d) < 0 === negative).map((d) => textWidth(valueLabel(chart, d))));
  const [leftLabels, rightLabels] = labelled ? [widest(true), widest(false)] : [0, 0];
  const marginLeft = names.margin + (leftLabels ? Math.ceil(leftLabels) + 6 : 0);
  const values = multi && !grouped ? stackedExtents(chart) : chart.data.map(val);
  const extra = chart.reference ? [chart.reference.value] : [];
  const scaleFor = (right: number) =>
    valueScale(values, x, {
      length: width - marginLeft - right,
      along: 'x',
      width,
      zero: 'always',
      extra,
      extend: false,
    });
  let marginRight = labelled ? Math.max(10, Math.ceil(rightLabels) + 8) : 10;
  if (showAxis) marginRight = Math.max(marginRight, Math.ceil(widestTick(scaleFor(marginRight)) / 2) + 2);
  // The domain ends at the data, so the longest bar reaches its label; ticks fall inside.
  const scale = scaleFor(marginRight);
  const { domain } = scale;
  const lineH = FONT_SIZE * LINE_HEIGHT;
  const row = grouped ? chart.series.length * 14 + 14 : Math.max(28, names.lines * lineH + 10);
  const marginBottom = chart.reference ? Math.round(FONT_SIZE * 2.2) : 6;
  const fill = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  const bold = (d: Datum) => chart.annotations.some((a) => a.datum === d);
  const marks: Markish[] = [
    ...(showAxis
      ? [
          Plot.gridX(scale.ticks, { stroke: GRID, strokeOpacity: 1 }),
          Plot.axisX(scale.ticks, {
            anchor: 'top',
            tickFormat: scale.format,
            tickSize: 0,
            tickPadding: 4,
            fontSize: FONT_SIZE,
            label: null,
            fill: MUTED,
          }),
        ]
      : []),
    grouped
      ? Plot.barX(chart.data, { fy: cat, y: (d: Datum) => d.series, x: val, fill })
      : Plot.barX(chart.data, {
          y: cat,
          x: val,
          fill,
          z: (d: Datum) => d.series,
          order: chart.series.map((s) => s.name),
        }),
    grouped
      ? Plot.axisFy({
          tickFormat: names.name,
          fontSize: FONT_SIZE,
          label: null,
          tickSize: 0,
          fill: INK,
          anchor: 'left',
          lineHeight: LINE_HEIGHT,
        })
      : Plot.axisY({
          tickFormat: names.name,
          fontSize: FONT_SIZE,
          label: null,
          tickSize: 0,
          fill: INK,
          dx: -(leftLabels ? leftLabels + 6 : 0),
          lineHeight: LINE_HEIGHT,
        }),
    // One text mark per side and weight: Plot takes anchors and weights as constants, not channels.
    ...(labelled
      ? [false, true].flatMap((negative) =>
          [false, true].map((strong) =>
            Plot.text(
              chart.data.filter((d) => val(d) < 0 === negative && bold(d) === strong),
              {
                ...(grouped ? { fy: cat, y: (d: Datum) => d.series } : { y: cat }),
                x: val,
                text: (d: Datum) => valueLabel(chart, d),
                textAnchor: negative ? 'end' : 'start',
                dx: negative ? -4 : 4,
                fontSize: FONT_SIZE,
                fontWeight: strong ? 'bold' : 'normal',
                fill: INK,
                ...haloed,
              },
            ),
          ),
        )
      : []),
    Plot.ruleX([0], { stroke: INK }),
    ...referenceMarks(chart, 'x'),
    ...referenceText(
      chart,
      (v) => marginLeft + ((v - domain[0]) / (domain[1] - domain[0])) * (width - marginLeft - marginRight),
      { width, left: marginLeft },
      grouped ? { fy: () => categories.at(-1) } : {},
    ),
    axisTitleMark(axisLabel(chart, 'x'), marginLeft, -marginTop + keyH + labelRow / 2 - 1, { facetSuper: true }),
    ...keyMarks(items, width, marginLeft, marginTop),
  ];
  return {
    width,
    height: Math.round(marginTop + categories.length * row + marginBottom),
    marginTop,
    marginLeft,
    marginRight,
    marginBottom,
    x: { domain, nice: false, axis: null },
    y: {
      domain: grouped ? chart.series.map((s) => s.name) : categories,
      padding: grouped ? 0.12 : 0.22,
      axis: null,
    },
    ...(grouped ? { fy: { domain: categories, padding: 0.18, axis: null } } : {}),
    color: { type: 'identity' },
    marks,
  };
}

/** The value beside a bar; an annotated bar adds its note ("2,764,500 Most"). */
function valueLabel(chart: ChartData, d: Datum): string {
  const note = chart.annotations.find((a) => a.datum === d);
  return note ? `${roleText(chart, d, 'x')} ${note.text}` : roleText(chart, d, 'x');
}

/** Each category's stack: the sum of its positive values and of its negative ones. */
function stackedExtents(chart: ChartData): number[] {
  const sums = new Map<string, { pos: number; neg: number }>();
  for (const d of chart.data) {
    const s = sums.get(cat(d)) ?? { pos: 0, neg: 0 };
    if (val(d) >= 0) s.pos += val(d);
    else s.neg += val(d);
    sums.set(cat(d), s);
  }
  return [...sums.values()].flatMap((s) => [s.pos, s.neg]);
}

/** For bar and dot: each series' extremes across the categories. */
export function categorySummary(chart: ChartData, value: 'x'): string {
  const label = labelOf(chart, value);
  const place = (d: Datum) => cat(d);
  const multi = chart.series.length > 1;
  const sentences = bySeries(chart).map((points) =>
    multi
      ? `${points[0].series}: ${extremes(chart, points, value, place)}.`
      : `${label}: ${extremes(chart, points, value, place)}.`,
  );
  const intro = multi
    ? `${label} by ${lowerFirst(labelOf(chart, 'y'))}, for each ${lowerFirst(labelOf(chart, 'series'))} (${list(chart.series.map((s) => s.name))})${chart.type === 'bar' ? `, ${chart.layout}` : ''}. `
    : '';
  // Stacked bars: the totals the stacks show, and the story's figure set against a whole stack, not a segment.
  const stacks = multi && chart.type === 'bar' && chart.layout === 'stacked' ? stacked(chart, cat, value) : undefined;
  const totals = stacks ? ` Added together: ${extremes(stacks, stacks.data, value, place)}.` : '';
  return `${intro}${firstOf(sentences, 4)}${totals}${markedSentences(chart, place)}${referenceSentence(stacks ?? chart, place)}`;
}

export const bar: ChartForm = {
  type: 'bar',
  value: 'x',
  name: 'Bar chart',
  needs: { y: 'category', x: 'number' },
  accepts: { series: 'category' },
  plot,
  summary: (chart) => categorySummary(chart, 'x'),
};
