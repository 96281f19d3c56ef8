import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  axisLabel,
  colorOf,
  referenceLabel,
  referenceMarks,
  roleText,
  valueScale,
  widestTick,
  axisTitleMark,
} from '../axes.ts';
import { labelOf, lowerFirst, markedSentences, referenceSentence, valueWords } from '../describe.ts';
import { linear } from '../frame.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { labelMarks, placeLabels, type LabelRequest } from '../label-layout.ts';
import { FONT_SIZE, GRID, HALO, INK, MUTED, isNarrow, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';

/** Points for two numbers; each labelled from the label column where a spot is free (the table has every one). */

const xv = (d: Datum) => Number(d.v.x);
const yv = (d: Datum) => Number(d.v.y);

function plot(chart: ChartData, width: number): PlotOptions {
  const narrow = isNarrow(width);
  const multi = chart.series.length > 1;
  const items = multi
    ? chart.series.map((s) => ({ symbol: 'circle', hollow: false, label: s.name, color: s.color }))
    : [];
  const keyH = keyHeight(items, width);
  const marginTop = Math.round(keyH + FONT_SIZE * 1.7 + 10);
  const plotHeight = narrow ? 300 : width < 800 ? 360 : 440;
  const marginBottom = 44;
  const yScale = valueScale(chart.data.map(yv), chart.columns.y!, {
    length: plotHeight,
    along: 'y',
    width,
    zero: 'never',
    extra: chart.reference ? [chart.reference.value] : [],
  });
  const guess = width - widestTick(yScale) - 30;
  const xScale = valueScale(chart.data.map(xv), chart.columns.x!, { length: guess, along: 'x', width, zero: 'never' });
  const [firstTick, lastTick] = [xScale.ticks[0], xScale.ticks.at(-1)!];
  // Half of the first and last x labels hangs past the plot: the margins hold them.
  const marginLeft = Math.ceil(Math.max(widestTick(yScale) + 10, textWidth(xScale.format(firstTick)) / 2 + 2));
  const marginRight = Math.ceil(Math.max(12, textWidth(xScale.format(lastTick)) / 2 + 2));
  const px = linear(xScale.domain, [marginLeft, width - marginRight]);
  const py = linear(yScale.domain, [marginTop + plotHeight, marginTop]);
  const requests: LabelRequest[] = [];
  for (const note of chart.annotations)
    requests.push({
      px: px(xv(note.datum)),
      py: py(yv(note.datum)),
      lines: [note.text],
      fill: INK,
      fontWeight: 'bold',
    });
  if (chart.columns.label) {
    // The most extreme points first: they are the ones a reader looks for. Names that fit nowhere are left out.
    const centre = [(xScale.domain[0] + xScale.domain[1]) / 2, (yScale.domain[0] + yScale.domain[1]) / 2];
    const far = (d: Datum) => Math.hypot(px(xv(d)) - px(centre[0]), py(yv(d)) - py(centre[1]));
    const noted = new Set(chart.annotations.map((a) => a.datum));
    const ranked = [...chart.data].filter((d) => !noted.has(d)).sort((a, b) => far(b) - far(a));
    for (const d of ranked.slice(0, narrow ? 12 : 30))
      requests.push({ px: px(xv(d)), py: py(yv(d)), lines: [String(d.v.label)], fill: INK, optional: true });
  }
  const placed = placeLabels(requests, {
    points: chart.data.map((d) => ({ px: px(xv(d)), py: py(yv(d)), r: 5 })),
    lines: [],
    bounds: { left: marginLeft, top: marginTop - FONT_SIZE, right: width, bottom: marginTop + plotHeight },
  });
  const marks: Markish[] = [
    Plot.gridY(yScale.ticks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.gridX(xScale.ticks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisY(yScale.ticks, {
      tickFormat: yScale.format,
      tickSize: 0,
      tickPadding: 6,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    Plot.axisX(xScale.ticks, {
      tickFormat: xScale.format,
      tickSize: 0,
      tickPadding: 6,
      fontSize: FONT_SIZE,
      label: null,
      fill: MUTED,
    }),
    axisTitleMark(axisLabel(chart, 'y'), marginLeft, -marginTop + keyH + FONT_SIZE * 0.85),
    Plot.text([`${axisLabel(chart, 'x')} →`], {
      frameAnchor: 'bottom-right',
      dx: marginRight,
      dy: marginBottom - 4,
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
            dx: 2,
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
    ...keyMarks(items, width, marginLeft, marginTop),
  ];
  return {
    width,
    height: marginTop + plotHeight + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    x: { type: 'linear', domain: xScale.domain, axis: null },
    y: { type: 'linear', domain: yScale.domain, axis: null },
    color: { type: 'identity' },
    marks,
  };
}

/** Pearson's r, for the words only ("tend to"): no number derived from the data is printed. */
function correlation(chart: ChartData): number {
  const n = chart.data.length;
  const mx = chart.data.reduce((s, d) => s + xv(d), 0) / n;
  const my = chart.data.reduce((s, d) => s + yv(d), 0) / n;
  let [sxy, sxx, syy] = [0, 0, 0];
  for (const d of chart.data) {
    sxy += (xv(d) - mx) * (yv(d) - my);
    sxx += (xv(d) - mx) ** 2;
    syy += (yv(d) - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function summary(chart: ChartData): string {
  const x = lowerFirst(labelOf(chart, 'x'));
  const y = lowerFirst(labelOf(chart, 'y'));
  const name = (d: Datum) => (chart.columns.label ? String(d.v.label) : `the point at ${x} ${roleText(chart, d, 'x')}`);
  const at = (d: Datum) =>
    chart.columns.label
      ? `for ${name(d)} (${valueWords(chart, d, 'y')}; ${x} ${valueWords(chart, d, 'x')})`
      : `at ${valueWords(chart, d, 'y')} (${x} ${valueWords(chart, d, 'x')})`;
  const high = chart.data.reduce((a, b) => (yv(b) > yv(a) ? b : a));
  const low = chart.data.reduce((a, b) => (yv(b) < yv(a) ? b : a));
  const r = correlation(chart);
  const pattern =
    chart.data.length < 3
      ? ''
      : Math.abs(r) >= 0.5
        ? ` Points with a higher ${x} tend to have a ${r > 0 ? 'higher' : 'lower'} ${y}.`
        : Math.abs(r) >= 0.3
          ? ` Points with a higher ${x} somewhat tend to have a ${r > 0 ? 'higher' : 'lower'} ${y}.`
          : ` There is no clear pattern between ${x} and ${y}.`;
  const extremes =
    chart.data.length === 1
      ? `${labelOf(chart, 'y')}: ${at(high).replace(/^(for|at) /, '')}.`
      : `${labelOf(chart, 'y')}: highest ${at(high)}, lowest ${at(low)}.`;
  return `${chart.data.length} ${chart.data.length === 1 ? 'point' : 'points'}, ${y} against ${x}. ${extremes}${pattern}${markedSentences(chart, name)}${referenceSentence(chart, name)}`;
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
