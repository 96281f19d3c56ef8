import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
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
import { labelOf, referenceSentence } from '../describe.ts';
import { FADED, FONT_SIZE, GRID, HALO, INK, MUTED, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { categoryMargin } from './bar.ts';

/** Two values per category: a bar between them (range), or an arrow from x1 to x2 (arrow). */

const cat = (d: Datum) => String(d.v.y);
const from = (d: Datum) => Number(d.v.x1);
const to = (d: Datum) => Number(d.v.x2);

export function plotSpan(chart: ChartData, width: number, arrow: boolean): PlotOptions {
  const categories = [...new Set(chart.data.map(cat))];
  const marginTop = FONT_SIZE * 3.5;
  const domain = valueDomain([...chart.data.map(from), ...chart.data.map(to)], {
    zero: false,
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const { margin, name } = categoryMargin(categories, width);
  const color = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  const left = (d: Datum) => Math.min(from(d), to(d));
  const right = (d: Datum) => Math.max(from(d), to(d));
  const leftText = (d: Datum) => roleText(chart, d, from(d) <= to(d) ? 'x1' : 'x2');
  const rightText = (d: Datum) => roleText(chart, d, from(d) <= to(d) ? 'x2' : 'x1');
  const room = Math.max(...chart.data.map((d) => textWidth(rightText(d)))) + 8;
  const leftRoom = Math.max(...chart.data.map((d) => textWidth(leftText(d)))) + 8;
  const marks: Markish[] = [
    Plot.gridX({ ticks: tickCount(width - margin), stroke: GRID, strokeOpacity: 1 }),
    Plot.axisX({
      anchor: 'top',
      ticks: tickCount(width - margin),
      tickFormat: tickFormat(chart.columns.x1!, width),
      tickSize: 0,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    arrow
      ? Plot.arrow(chart.data, {
          y1: cat,
          y2: cat,
          x1: from,
          x2: to,
          stroke: color,
          strokeWidth: 2.5,
          headLength: 10,
          inset: 0,
        })
      : Plot.barX(chart.data, { y: cat, x1: from, x2: to, fill: color, insetTop: 4, insetBottom: 4 }),
    ...(arrow ? [Plot.dot(chart.data, { y: cat, x: from, r: 3, fill: color })] : []),
    Plot.text(chart.data, {
      y: cat,
      x: left,
      text: leftText,
      textAnchor: 'end',
      dx: -5,
      fontSize: FONT_SIZE,
      fill: INK,
    }),
    Plot.text(chart.data, {
      y: cat,
      x: right,
      text: rightText,
      textAnchor: 'start',
      dx: 5,
      fontSize: FONT_SIZE,
      fill: INK,
    }),
    ...referenceMarks(chart, 'x'),
    ...(chart.reference
      ? [
          Plot.text([chart.reference.value], {
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
    Plot.axisY({ tickFormat: name, fontSize: FONT_SIZE, label: null, tickSize: 0, fill: INK, dx: -leftRoom }),
    Plot.text([`${labelOf(chart, 'x1')} ${arrow ? '→' : 'to'} ${labelOf(chart, 'x2').toLowerCase()}`], {
      frameAnchor: 'top-left',
      dx: -margin - leftRoom,
      dy: -marginTop + 2,
      textAnchor: 'start',
      lineAnchor: 'top',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
  ];
  return {
    width,
    height: Math.round(marginTop + categories.length * 30 + 8),
    marginTop,
    marginLeft: margin + leftRoom,
    marginRight: room,
    marginBottom: 8,
    x: { domain, nice: false },
    y: { domain: categories, padding: 0.3 },
    marks,
  };
}

/** The gap between two values: widest and narrowest, or for arrows, the biggest rise and fall. */
export function spanSummary(chart: ChartData, arrow: boolean): string {
  const a = labelOf(chart, 'x1');
  const b = labelOf(chart, 'x2').toLowerCase();
  const gap = (d: Datum) => to(d) - from(d);
  const pair = (d: Datum) => `${cat(d)} (${roleText(chart, d, 'x1')} to ${roleText(chart, d, 'x2')})`;
  const widest = chart.data.reduce((p, q) => (Math.abs(gap(q)) > Math.abs(gap(p)) ? q : p));
  const narrowest = chart.data.reduce((p, q) => (Math.abs(gap(q)) < Math.abs(gap(p)) ? q : p));
  let text: string;
  if (arrow) {
    const up = chart.data.filter((d) => gap(d) > 0).length;
    const down = chart.data.filter((d) => gap(d) < 0).length;
    text = `From ${a.toLowerCase()} to ${b}: ${up} of ${chart.data.length} rose and ${down} fell; the largest change was for ${pair(widest)}.`;
  } else {
    text =
      chart.data.length === 1
        ? `${a} to ${b}: ${pair(widest)}.`
        : `The gap between ${a.toLowerCase()} and ${b} is widest for ${pair(widest)} and narrowest for ${pair(narrowest)}.`;
  }
  return `${text}${referenceSentence({ ...chart, value: 'x2' }, cat)}`;
}

export const range: ChartForm = {
  type: 'range',
  value: 'x2',
  name: 'Range chart',
  needs: { y: 'category', x1: 'number', x2: 'number' },
  accepts: { series: 'category' },
  plot: (chart, width) => plotSpan(chart, width, false),
  summary: (chart) => spanSummary(chart, false),
};

export const arrow: ChartForm = {
  type: 'arrow',
  value: 'x2',
  name: 'Arrow chart',
  needs: { y: 'category', x1: 'number', x2: 'number' },
  accepts: { series: 'category' },
  plot: (chart, width) => plotSpan(chart, width, true),
  summary: (chart) => spanSummary(chart, true),
};
