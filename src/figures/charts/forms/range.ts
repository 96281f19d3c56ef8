import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { colorOf, haloed, isFaded, referenceMarks, roleText, valueScale, widestTick, axisTitleMark } from '../axes.ts';
import { labelOf, lowerFirst, markedSentences, referenceSentence, valueWords } from '../describe.ts';
import { FADED, FONT_SIZE, GRID, INK, LINE_HEIGHT, MUTED, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { categoryNames, referenceText } from './bar.ts';

/** Two values per category: a bar between them (range), or an arrow from x1 to x2 (arrow). */

const cat = (d: Datum) => String(d.v.y);
const from = (d: Datum) => Number(d.v.x1);
const to = (d: Datum) => Number(d.v.x2);

export function plotSpan(chart: ChartData, width: number, arrow: boolean): PlotOptions {
  const categories = [...new Set(chart.data.map(cat))];
  const labelRow = FONT_SIZE * 1.7;
  const marginTop = Math.round(labelRow + FONT_SIZE * 1.4);
  const names = categoryNames(categories, width);
  const color = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  const left = (d: Datum) => Math.min(from(d), to(d));
  const right = (d: Datum) => Math.max(from(d), to(d));
  // Equal ends are one value: written once, at the right.
  const leftText = (d: Datum) => (from(d) === to(d) ? '' : roleText(chart, d, from(d) <= to(d) ? 'x1' : 'x2'));
  const rightText = (d: Datum) => roleText(chart, d, from(d) <= to(d) ? 'x2' : 'x1');
  const values = [...chart.data.map(from), ...chart.data.map(to)];
  const extra = chart.reference ? [chart.reference.value] : [];
  // Value labels sit outside the bar's ends: the plot keeps room for them on both sides.
  const leftRoom = Math.ceil(Math.max(...chart.data.map((d) => textWidth(leftText(d))))) + 8;
  const rightRoom = Math.ceil(Math.max(...chart.data.map((d) => textWidth(rightText(d))))) + 8;
  const scaleFor = (r: number) =>
    valueScale(values, chart.columns.x1!, {
      length: width - names.margin - leftRoom - r,
      along: 'x',
      width,
      zero: 'never',
      extra,
      extend: false,
    });
  const marginRight = Math.max(rightRoom, Math.ceil(widestTick(scaleFor(rightRoom)) / 2) + 2);
  const scale = scaleFor(marginRight);
  // The domain runs from the lowest value, not the tick below it, so the left labels keep their room.
  const domain: [number, number] = [Math.min(...values, ...extra), scale.domain[1]];
  const ticks = scale.ticks.filter((t) => t >= domain[0]);
  const marginLeft = names.margin + leftRoom;
  const row = Math.max(30, names.lines * FONT_SIZE * LINE_HEIGHT + 12);
  const marginBottom = chart.reference ? Math.round(FONT_SIZE * 2.2) : 6;
  const marks: Markish[] = [
    Plot.gridX(ticks, { stroke: GRID, strokeOpacity: 1 }),
    Plot.axisX(ticks, {
      anchor: 'top',
      tickFormat: scale.format,
      tickSize: 0,
      tickPadding: 4,
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
    // A range whose two ends are equal has no length: a short upright bar shows where it is.
    ...(arrow
      ? []
      : [
          Plot.tickX(
            chart.data.filter((d) => from(d) === to(d)),
            { y: cat, x: from, stroke: color, strokeWidth: 4, insetTop: 2, insetBottom: 2 },
          ),
        ]),
    ...(arrow ? [Plot.dot(chart.data, { y: cat, x: from, r: 3, fill: color })] : []),
    Plot.text(chart.data, {
      y: cat,
      x: left,
      text: leftText,
      textAnchor: 'end',
      dx: -5,
      fontSize: FONT_SIZE,
      fill: INK,
      ...haloed,
    }),
    Plot.text(chart.data, {
      y: cat,
      x: right,
      text: rightText,
      textAnchor: 'start',
      dx: 5,
      fontSize: FONT_SIZE,
      fill: INK,
      ...haloed,
    }),
    ...referenceMarks(chart, 'x'),
    ...referenceText(
      chart,
      (v) => marginLeft + ((v - domain[0]) / (domain[1] - domain[0])) * (width - marginLeft - marginRight),
      { width, left: marginLeft },
    ),
    Plot.axisY({
      tickFormat: names.name,
      fontSize: FONT_SIZE,
      label: null,
      tickSize: 0,
      fill: INK,
      dx: -leftRoom,
      lineHeight: LINE_HEIGHT,
    }),
    axisTitleMark(spanLabel(chart, arrow), marginLeft, -marginTop + labelRow / 2 - 1),
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

/** "Coldest month to warmest month, °C", or with an arrow for change. */
function spanLabel(chart: ChartData, arrow: boolean): string {
  const unit = chart.columns.x1?.unit;
  return `${labelOf(chart, 'x1')} ${arrow ? '→' : 'to'} ${lowerFirst(labelOf(chart, 'x2'))}${unit ? `, ${unit}` : ''}`;
}

/** The gap between two values: widest and narrowest, or for arrows, how many rose and fell and the largest change. */
export function spanSummary(chart: ChartData, arrow: boolean): string {
  const a = lowerFirst(labelOf(chart, 'x1'));
  const b = lowerFirst(labelOf(chart, 'x2'));
  const gap = (d: Datum) => to(d) - from(d);
  const pair = (d: Datum) =>
    from(d) === to(d)
      ? `${cat(d)} (${valueWords(chart, d, 'x2')} at both ends)`
      : `${cat(d)} (${valueWords(chart, d, 'x1')} to ${valueWords(chart, d, 'x2')})`;
  const widest = chart.data.reduce((p, q) => (Math.abs(gap(q)) > Math.abs(gap(p)) ? q : p));
  const narrowest = chart.data.reduce((p, q) => (Math.abs(gap(q)) < Math.abs(gap(p)) ? q : p));
  let text: string;
  if (chart.data.length === 1) text = `From ${a} to ${b}: ${pair(widest)}.`;
  else if (arrow) {
    const up = chart.data.filter((d) => gap(d) > 0).length;
    const down = chart.data.filter((d) => gap(d) < 0).length;
    const same = chart.data.length - up - down;
    const counts = [`${up} of ${chart.data.length} rose`, `${down} fell`, ...(same ? [`${same} did not change`] : [])];
    text = `From ${a} to ${b}: ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}; the largest change was for ${pair(widest)}.`;
  } else {
    text = `The gap between ${a} and ${b} is widest for ${pair(widest)} and narrowest for ${pair(narrowest)}.`;
  }
  return `${text}${markedSentences(chart, cat, 'x2')}${referenceSentence(chart, cat, 'x2')}`;
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
