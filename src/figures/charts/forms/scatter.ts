import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { colorOf, referenceLabel, referenceMarks, roleText, tickCount, tickFormat, valueDomain } from '../axes.ts';
import { labelOf, referenceSentence } from '../describe.ts';
import { pixelScales, type Frame } from '../frame.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { labelMarks, placeLabels, type LabelRequest } from '../label-layout.ts';
import { FONT_SIZE, GRID, HALO, INK, MUTED, isNarrow, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { niceTicks } from './line.ts';

/** Points for two numbers; each labelled from the label column where a spot is free (the table has every one). */

const xv = (d: Datum) => Number(d.v.x);
const yv = (d: Datum) => Number(d.v.y);

function plot(chart: ChartData, width: number) {
  const narrow = isNarrow(width);
  const multi = chart.series.length > 1;
  const items = multi
    ? chart.series.map((s) => ({ symbol: 'circle', hollow: false, label: s.name, color: s.color }))
    : [];
  const marginTop = keyHeight(items, width) + 2 * FONT_SIZE + 6;
  const xDomain = valueDomain(chart.data.map(xv), { zero: false });
  const yDomain = valueDomain(chart.data.map(yv), {
    zero: false,
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const height = narrow ? 340 : Math.min(520, Math.round(width * 0.6));
  const yTicks = niceTicks(yDomain, tickCount(height));
  const xTicks = niceTicks(xDomain, tickCount(width));
  const yFormat = tickFormat(chart.columns.y!, width);
  const frame: Frame = {
    width,
    height: height + marginTop,
    marginTop,
    marginRight: 12,
    marginBottom: 40,
    marginLeft: Math.ceil(Math.max(...yTicks.map((t) => textWidth(yFormat(t))))) + 10,
  };
  const { px, py } = pixelScales(frame, xDomain, yDomain);
  const requests: LabelRequest[] = [];
  if (chart.columns.label) {
    // The most extreme points first: they are the ones a reader looks for.
    const centre = [(xDomain[0] + xDomain[1]) / 2, (yDomain[0] + yDomain[1]) / 2];
    const far = (d: Datum) => Math.hypot(px(xv(d)) - px(centre[0]), py(yv(d)) - py(centre[1]));
    const ranked = [...chart.data].sort((a, b) => far(b) - far(a)).slice(0, narrow ? 6 : 12);
    for (const d of ranked) requests.push({ px: px(xv(d)), py: py(yv(d)), lines: [String(d.v.label)], fill: INK });
  }
  for (const note of chart.annotations)
    requests.push({ px: px(xv(note.datum)), py: py(yv(note.datum)), lines: [note.text], fill: INK });
  const placed = placeLabels(requests, {
    points: chart.data.map((d) => ({ px: px(xv(d)), py: py(yv(d)), r: 5 })),
    lines: [],
    bounds: { left: 0, top: frame.marginTop, right: width, bottom: frame.height - frame.marginBottom },
  });
  const marks: Markish[] = [
    Plot.gridY(yTicks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.gridX(xTicks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisY(yTicks, { tickFormat: yFormat, tickSize: 0, fontSize: FONT_SIZE, label: null, fill: MUTED }),
    Plot.axisX(xTicks, {
      tickFormat: tickFormat(chart.columns.x!, width),
      tickSize: 0,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    Plot.text([labelOf(chart, 'y')], {
      frameAnchor: 'top-left',
      dx: -frame.marginLeft,
      dy: -FONT_SIZE - 4,
      textAnchor: 'start',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    Plot.text([`${labelOf(chart, 'x')} →`], {
      frameAnchor: 'bottom-right',
      dy: frame.marginBottom - 4,
      textAnchor: 'end',
      lineAnchor: 'bottom',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    ...referenceMarks(chart, 'y'),
    ...(chart.reference
      ? [
          Plot.text([chart.reference.value], {
            y: (v: number) => v,
            frameAnchor: 'left',
            text: () => referenceLabel(chart),
            textAnchor: 'start',
            lineAnchor: 'bottom',
            dy: -3,
            fontSize: FONT_SIZE,
            fill: INK,
            stroke: HALO,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ]
      : []),
    Plot.dot(chart.data, {
      x: xv,
      y: yv,
      r: 5,
      fill: (d: Datum) => (d.secondary ? HALO : colorOf(chart, d.series)),
      stroke: (d: Datum) => (d.secondary ? colorOf(chart, d.series) : HALO),
      strokeWidth: 1.25,
    }),
    ...labelMarks(placed, px.invert, py.invert),
    ...keyMarks(items, width, frame.marginLeft, frame.marginTop),
  ];
  return {
    ...frame,
    x: { type: 'linear' as const, domain: xDomain },
    y: { type: 'linear' as const, domain: yDomain },
    marks,
  };
}

function summary(chart: ChartData): string {
  const x = labelOf(chart, 'x');
  const y = labelOf(chart, 'y');
  const name = (d: Datum) => (chart.columns.label ? String(d.v.label) : `the point at ${roleText(chart, d, 'x')}`);
  const top = (key: (d: Datum) => number) => chart.data.reduce((a, b) => (key(b) > key(a) ? b : a));
  const highY = top(yv);
  const highX = top(xv);
  const at = (d: Datum) =>
    `${x.toLowerCase()} ${roleText(chart, d, 'x')}, ${y.toLowerCase()} ${roleText(chart, d, 'y')}`;
  return `${chart.data.length} points, ${y.toLowerCase()} against ${x.toLowerCase()}. Highest ${y.toLowerCase()}: ${name(highY)} (${at(highY)}). Highest ${x.toLowerCase()}: ${name(highX)} (${at(highX)}).${referenceSentence(chart, name)}`;
}

export const scatter: ChartForm = {
  type: 'scatter',
  value: 'y',
  name: 'Scatter plot',
  needs: { x: 'number', y: 'number' },
  accepts: { label: 'category', series: 'category' },
  plot,
  summary,
};
