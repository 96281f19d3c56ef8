import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { colorOf, isFaded, referenceLabel, referenceMarks, tickCount, tickFormat, valueDomain } from '../axes.ts';
import { labelOf } from '../describe.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { FADED, FONT_SIZE, GRID, HALO, INK, MUTED, groupBy } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { categoryMargin, categorySummary } from './bar.ts';

/** A dot plot: one row per category, one dot per series on it, joined by a thin rule from lowest to highest. */

const cat = (d: Datum) => String(d.v.y);
const val = (d: Datum) => Number(d.v.x);

function plot(chart: ChartData, width: number) {
  const categories = [...new Set(chart.data.map(cat))];
  const multi = chart.series.length > 1;
  const items = multi
    ? chart.series.map((s) => ({ symbol: 'circle', hollow: false, label: s.name, color: s.color }))
    : [];
  const marginTop = keyHeight(items, width) + FONT_SIZE * 3.5;
  const domain = valueDomain(chart.data.map(val), {
    zero: false,
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const { margin, name } = categoryMargin(categories, width);
  const spans = [...groupBy(chart.data, cat).values()].map((g) => ({
    category: cat(g[0]),
    lo: Math.min(...g.map(val)),
    hi: Math.max(...g.map(val)),
  }));
  const marks: Markish[] = [
    Plot.gridX({ ticks: tickCount(width - margin), stroke: GRID, strokeOpacity: 1 }),
    Plot.axisX({
      anchor: 'top',
      ticks: tickCount(width - margin),
      tickFormat: tickFormat(chart.columns.x!, width),
      tickSize: 0,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    Plot.ruleY(spans, { y: 'category', x1: 'lo', x2: 'hi', stroke: MUTED, strokeWidth: 1.5 }),
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
    Plot.dot(chart.data, {
      y: cat,
      x: val,
      r: 5.5,
      fill: (d: Datum) => (isFaded(chart, cat(d)) ? FADED : d.secondary ? HALO : colorOf(chart, d.series)),
      stroke: (d: Datum) => (d.secondary ? colorOf(chart, d.series) : HALO),
      strokeWidth: 1.5,
    }),
    Plot.axisY({ tickFormat: name, fontSize: FONT_SIZE, label: null, tickSize: 0, fill: INK }),
    Plot.text([labelOf(chart, 'x')], {
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
  return {
    width,
    height: Math.round(marginTop + categories.length * 30 + 8),
    marginTop,
    marginLeft: margin,
    marginRight: 14,
    marginBottom: 8,
    x: { domain, nice: false },
    y: { domain: categories, padding: 0.3 },
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
