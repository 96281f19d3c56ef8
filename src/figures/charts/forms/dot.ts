import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  axisLabel,
  colorOf,
  haloed,
  isFaded,
  referenceMarks,
  roleText,
  valueScale,
  widestTick,
  axisTitleMark,
} from '../axes.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { FADED, FONT_SIZE, GRID, HALO, INK, LINE_HEIGHT, MUTED, groupBy, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { categoryNames, categorySummary, referenceText, seriesKey } from './bar.ts';

/** A dot plot: one row per category, one dot per series on it, joined by a thin rule from lowest to highest. */

const cat = (d: Datum) => String(d.v.y);
const val = (d: Datum) => Number(d.v.x);

function plot(chart: ChartData, width: number): PlotOptions {
  const categories = [...new Set(chart.data.map(cat))];
  const items = seriesKey(chart, 'circle');
  const keyH = keyHeight(items, width);
  const labelRow = FONT_SIZE * 1.7;
  const marginTop = Math.round(keyH + labelRow + FONT_SIZE * 1.4);
  const names = categoryNames(categories, width);
  const extra = chart.reference ? [chart.reference.value] : [];
  const spans = [...groupBy(chart.data, cat).values()].map((g) => {
    const low = g.reduce((a, b) => (val(b) < val(a) ? b : a));
    const high = g.reduce((a, b) => (val(b) > val(a) ? b : a));
    return { category: cat(g[0]), lo: val(low), hi: val(high), low, high };
  });
  // With one or two dots a row, each carries its value: the lower on the left, the higher on the right.
  const labelled = chart.series.length <= 2;
  const lowText = (s: (typeof spans)[number]) => (s.low === s.high ? '' : roleText(chart, s.low, 'x'));
  const highText = (s: (typeof spans)[number]) => roleText(chart, s.high, 'x');
  const widest = (text: (s: (typeof spans)[number]) => string) =>
    Math.ceil(Math.max(0, ...spans.map((s) => textWidth(text(s)))));
  const leftRoom = labelled && spans.some((s) => lowText(s)) ? widest(lowText) + 12 : 8;
  const marginLeft = names.margin + leftRoom;
  const scaleFor = (right: number) =>
    valueScale(chart.data.map(val), chart.columns.x!, {
      length: width - marginLeft - right,
      along: 'x',
      width,
      zero: 'never',
      extra,
      extend: false,
    });
  const rightRoom = labelled ? widest(highText) + 12 : 10;
  const marginRight = Math.max(rightRoom, Math.ceil(widestTick(scaleFor(rightRoom)) / 2) + 2);
  const scale = scaleFor(marginRight);
  const row = Math.max(30, names.lines * FONT_SIZE * LINE_HEIGHT + 12);
  const marginBottom = chart.reference ? Math.round(FONT_SIZE * 2.2) : 6;
  const { domain } = scale;
  const marks: Markish[] = [
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
    Plot.ruleY(spans, { y: 'category', x1: 'lo', x2: 'hi', stroke: MUTED, strokeWidth: 1.5 }),
    ...referenceMarks(chart, 'x'),
    ...referenceText(
      chart,
      (v) => marginLeft + ((v - domain[0]) / (domain[1] - domain[0])) * (width - marginLeft - marginRight),
      { width, left: marginLeft },
    ),
    Plot.dot(chart.data, {
      y: cat,
      x: val,
      r: 5.5,
      fill: (d: Datum) => (isFaded(chart, cat(d)) ? FADED : d.secondary ? HALO : colorOf(chart, d.series)),
      stroke: (d: Datum) => (d.secondary ? colorOf(chart, d.series) : HALO),
      strokeWidth: 1.5,
    }),
    ...(labelled
      ? [
          Plot.text(spans, {
            y: 'category',
            x: 'lo',
            text: lowText,
            textAnchor: 'end',
            dx: -9,
            fontSize: FONT_SIZE,
            fill: INK,
            ...haloed,
          }),
          Plot.text(spans, {
            y: 'category',
            x: 'hi',
            text: highText,
            textAnchor: 'start',
            dx: 9,
            fontSize: FONT_SIZE,
            fill: INK,
            ...haloed,
          }),
        ]
      : []),
    Plot.axisY({
      tickFormat: names.name,
      fontSize: FONT_SIZE,
      label: null,
      tickSize: 0,
      fill: INK,
      dx: -leftRoom,
      lineHeight: LINE_HEIGHT,
    }),
    axisTitleMark(axisLabel(chart, 'x'), marginLeft, -marginTop + keyH + labelRow / 2 - 1),
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
    y: { domain: categories, padding: 0.3, axis: null },
    color: { type: 'identity' },
    marks,
  };
}

export const dot: ChartForm = {
  type: 'dot',
  value: 'x',
  name: 'Dot plot',
  needs: { y: 'category', x: 'number' },
  accepts: { series: 'category' },
  plot,
  summary: (chart) => categorySummary(chart, 'x'),
};
