import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import {
  colorOf,
  isFaded,
  referenceLabel,
  referenceMarks,
  roleText,
  tickCount,
  tickFormat,
  valueDomain,
} from '../axes.ts';
import { bySeries, extremes, labelOf, list, referenceSentence } from '../describe.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { FADED, FONT_SIZE, GRID, HALO, INK, MUTED, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';

/** Horizontal bars: y a category (one bar each, in the data's order), x a value; series stacked or grouped. */

const cat = (d: Datum) => String(d.v.y);
const val = (d: Datum) => Number(d.v.x);
const ROW = 28;

/** Category names that fit the left margin, shortened with an ellipsis; the table has them whole. */
export function categoryMargin(categories: string[], width: number): { margin: number; name: (c: string) => string } {
  const most = Math.round(width * 0.38);
  const widest = Math.max(...categories.map((c) => textWidth(c)));
  const margin = Math.min(most, Math.ceil(widest) + 10);
  const chars = Math.floor((margin - 10) / (FONT_SIZE * 0.62));
  return { margin, name: (c) => (c.length > chars ? `${c.slice(0, Math.max(1, chars - 1))}…` : c) };
}

function plot(chart: ChartData, width: number) {
  const categories = [...new Set(chart.data.map(cat))];
  const x = chart.columns.x!;
  const multi = chart.series.length > 1;
  const grouped = multi && chart.layout === 'grouped';
  const items = multi
    ? chart.series.map((s) => ({ symbol: 'square', hollow: false, label: s.name, color: s.color }))
    : [];
  const axisRoom = multi || chart.reference ? FONT_SIZE * 2 : 0;
  const marginTop = keyHeight(items, width) + FONT_SIZE * 1.5 + axisRoom;
  const values = multi && !grouped ? stackedExtents(chart) : chart.data.map(val);
  const domain = valueDomain(values, { zero: true, extra: chart.reference ? [chart.reference.value] : [] });
  const { margin, name } = categoryMargin(categories, width);
  const widestValue = multi ? 0 : Math.max(...chart.data.map((d) => textWidth(valueLabel(chart, d))));
  const rows = grouped ? categories.length * (chart.series.length * 12 + 10) : categories.length * ROW;
  const fill = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  const marks: Markish[] = [
    ...(multi || chart.reference
      ? [
          Plot.gridX({ ticks: tickCount(width - margin), stroke: GRID, strokeOpacity: 1 }),
          Plot.axisX({
            anchor: 'top',
            ticks: tickCount(width - margin),
            tickFormat: tickFormat(x, width),
            tickSize: 0,
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
      ? Plot.axisFy({ tickFormat: name, fontSize: FONT_SIZE, label: null, tickSize: 0, fill: INK, anchor: 'left' })
      : Plot.axisY({ tickFormat: name, fontSize: FONT_SIZE, label: null, tickSize: 0, fill: INK }),
    ...(grouped ? [Plot.axisY({ ticks: [] })] : []),
    // One text mark per side and weight: Plot takes anchors and weights as constants, not channels.
    ...(!multi
      ? [false, true].flatMap((negative) =>
          [false, true].map((bold) =>
            Plot.text(
              chart.data.filter(
                (d) => val(d) < 0 === negative && chart.annotations.some((a) => a.datum === d) === bold,
              ),
              {
                y: cat,
                x: val,
                text: (d: Datum) => valueLabel(chart, d),
                textAnchor: negative ? 'end' : 'start',
                dx: negative ? -4 : 4,
                fontSize: FONT_SIZE,
                fontWeight: bold ? 'bold' : 'normal',
                fill: INK,
              },
            ),
          ),
        )
      : []),
    Plot.ruleX([0], { stroke: INK }),
    ...referenceMarks(chart, 'x'),
    ...(chart.reference
      ? [
          Plot.text([chart.reference.value], {
            ...(grouped ? { fy: () => categories[0] } : {}),
            x: (v: number) => v,
            frameAnchor: 'top',
            text: () => referenceLabel(chart),
            textAnchor: 'start',
            lineAnchor: 'bottom',
            dx: 3,
            dy: -2,
            fontSize: FONT_SIZE,
            fill: INK,
            stroke: HALO,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ]
      : []),
    Plot.text([labelOf(chart, 'x')], {
      facet: 'super',
      frameAnchor: 'top-left',
      dx: -margin,
      dy: -marginTop + keyHeight(items, width) + 2,
      textAnchor: 'start',
      lineAnchor: 'top',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    ...keyMarks(items, width, margin, marginTop),
  ];
  const negative = chart.data.some((d) => val(d) < 0);
  return {
    width,
    height: Math.round(marginTop + rows + 8),
    marginTop,
    marginLeft: margin + (negative && !multi ? widestValue + 6 : 0),
    marginRight: multi ? 8 : Math.ceil(widestValue) + 8,
    marginBottom: 8,
    x: { domain, nice: false, ...(multi || chart.reference ? {} : { axis: null }) },
    y: {
      domain: grouped ? chart.series.map((s) => s.name) : categories,
      padding: 0.22,
      ...(grouped ? { axis: null } : {}),
    },
    ...(grouped ? { fy: { domain: categories, padding: 0.15 } } : {}),
    marks,
  };
}

function valueLabel(chart: ChartData, d: Datum): string {
  const note = chart.annotations.find((a) => a.datum === d);
  return note ? `${roleText(chart, d, 'x')} ${note.text}` : roleText(chart, d, 'x');
}

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
  const lines = bySeries(chart).map((points) =>
    chart.series.length > 1
      ? `${points[0].series}: ${label.toLowerCase()} ${extremes(chart, points, value, cat)}.`
      : `${label} ${extremes(chart, points, value, cat)}.`,
  );
  const shown = lines.slice(0, 4).join(' ');
  const more = lines.length > 4 ? ` ${lines.length - 4} more series are in the table.` : '';
  const series = chart.series.length > 1 ? `${list(chart.series.map((s) => s.name))}. ` : '';
  return `${series}${shown}${more}${referenceSentence(chart, cat)}`;
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
