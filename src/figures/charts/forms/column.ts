import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import {
  colorOf,
  dateWords,
  isFaded,
  referenceLabel,
  referenceMarks,
  roleText,
  tickCount,
  tickFormat,
  valueDomain,
} from '../axes.ts';
import { bySeries, extremes, labelOf, list, referenceSentence, trend } from '../describe.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { FADED, FONT_SIZE, HALO, INK, MUTED, isNarrow, textWidth } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { niceTicks } from './line.ts';

/** Vertical bars: x a category or a date (one bar each, in the data's order), y a value; series stacked or grouped. */

const cat = (d: Datum) => String(d.v.x);
const val = (d: Datum) => Number(d.v.y);

function plot(chart: ChartData, width: number) {
  const narrow = isNarrow(width);
  const categories = [...new Set(chart.data.map(cat))];
  const y = chart.columns.y!;
  const multi = chart.series.length > 1;
  const items = multi
    ? chart.series.map((s) => ({ symbol: 'square', hollow: false, label: s.name, color: s.color }))
    : [];
  const marginTop = keyHeight(items, width) + FONT_SIZE * 3;
  const totals = multi && chart.layout === 'stacked' ? stackedExtents(chart) : chart.data.map(val);
  const nice = valueDomain(totals, { zero: true, extra: chart.reference ? [chart.reference.value] : [] });
  // Room for the value labels above positive bars and below negative ones.
  const pad = (nice[1] - nice[0]) * 0.1;
  const domain: [number, number] = multi ? nice : [nice[0] < 0 ? nice[0] - pad : 0, nice[1] > 0 ? nice[1] + pad : 0];
  const yTickFormat = tickFormat(y, width);
  const axisWidth = Math.ceil(Math.max(...niceTicks(nice, tickCount(300)).map((t) => textWidth(yTickFormat(t))))) + 8;
  const height = narrow ? 300 : Math.min(360, Math.round(width * 0.45));
  const plotHeight = height + marginTop;
  const band = (width / categories.length) * 0.7;
  const labelled = labelledBars(chart, band, width);
  const label = (d: Datum) => {
    const note = chart.annotations.find((a) => a.datum === d);
    return note ? `${note.text}\n${roleText(chart, d, 'y')}` : roleText(chart, d, 'y');
  };
  const fill = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  // Every k-th category named on a crowded axis; the table names them all.
  const every = Math.max(
    1,
    Math.ceil((Math.max(...categories.map((c) => textWidth(dateWords(c)))) + 8) / (width / categories.length)),
  );
  const marks: Markish[] = [
    ...(multi || chart.reference
      ? [
          Plot.gridY({ ticks: tickCount(height), stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
          Plot.axisY({
            ticks: tickCount(height),
            tickFormat: tickFormat(y, width),
            tickSize: 0,
            fontSize: FONT_SIZE,
            label: null,
            fill: MUTED,
          }),
        ]
      : []),
    multi && chart.layout === 'grouped'
      ? Plot.barY(chart.data, { fx: cat, x: (d: Datum) => d.series, y: val, fill })
      : Plot.barY(chart.data, {
          x: cat,
          y: val,
          fill,
          order: chart.series.map((s) => s.name),
          z: (d: Datum) => d.series,
        }),
    // One text mark per side and weight: Plot takes offsets and weights as constants, not channels.
    ...(!multi
      ? [false, true].flatMap((negative) =>
          [false, true].map((bold) =>
            Plot.text(
              labelled.filter((d) => val(d) < 0 === negative && chart.annotations.some((a) => a.datum === d) === bold),
              {
                x: cat,
                y: val,
                text: label,
                dy: negative ? 6 : -6,
                lineAnchor: negative ? 'top' : 'bottom',
                fontSize: FONT_SIZE,
                fontWeight: bold ? 'bold' : 'normal',
                fill: INK,
                stroke: HALO,
                strokeWidth: 3,
                paintOrder: 'stroke',
              },
            ),
          ),
        )
      : []),
    ...(multi && chart.layout === 'grouped'
      ? [
          Plot.axisFx({
            tickFormat: (c: string) => (categories.indexOf(c) % every === 0 ? dateWords(c) : ''),
            fontSize: FONT_SIZE,
            label: null,
            tickSize: 0,
            fill: MUTED,
          }),
          Plot.axisX({ ticks: [] }),
        ]
      : [
          Plot.axisX({
            tickFormat: (c: string) => (categories.indexOf(c) % every === 0 ? dateWords(c) : ''),
            fontSize: FONT_SIZE,
            label: null,
            tickSize: 0,
            fill: MUTED,
          }),
        ]),
    Plot.ruleY([0], { stroke: INK }),
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
    Plot.text([labelOf(chart, 'y')], {
      facet: 'super',
      frameAnchor: 'top-left',
      dy: -marginTop + keyHeight(items, width) + 2,
      textAnchor: 'start',
      lineAnchor: 'top',
      fontSize: FONT_SIZE,
      fill: MUTED,
    }),
    ...keyMarks(items, width, 0, marginTop),
  ];
  return {
    width,
    height: plotHeight,
    marginTop,
    marginRight: 0,
    marginLeft: multi || chart.reference ? axisWidth : 0,
    marginBottom: 28,
    x: {
      type: 'band' as const,
      domain: multi && chart.layout === 'grouped' ? chart.series.map((s) => s.name) : categories,
      padding: narrow ? 0.2 : 0.3,
    },
    ...(multi && chart.layout === 'grouped' ? { fx: { domain: categories, padding: 0.2 } } : {}),
    y: { domain, nice: false, ...(multi || chart.reference ? {} : { axis: null }) },
    marks,
  };
}

/** Bars that get a value label: all of them where each fits over its bar, else the annotated and the extremes. */
function labelledBars(chart: ChartData, band: number, width: number): Datum[] {
  const widest = Math.max(...chart.data.map((d) => textWidth(roleText(chart, d, 'y'))));
  if (widest <= band + 4 || chart.data.length <= Math.floor(width / 60)) return chart.data;
  const high = chart.data.reduce((a, b) => (val(b) > val(a) ? b : a));
  return chart.data.filter(
    (d) => d === high || d === chart.data.at(-1) || chart.annotations.some((a) => a.datum === d),
  );
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

function summary(chart: ChartData): string {
  const y = labelOf(chart, 'y');
  const x = chart.columns.x!;
  const at = (d: Datum) =>
    x.kind === 'category' && /^\d{4}/.test(d.row.cells[x.name]) ? `in ${dateWords(cat(d))}` : `for ${cat(d)}`;
  const groups = bySeries(chart);
  const lines = groups.map((points) => {
    const who = chart.series.length > 1 ? `${points[0].series}: ${y.toLowerCase()} ` : `${y} `;
    // Dates read as a change over time; categories as a ranking.
    return /^\d{4}/.test(points[0].row.cells[x.name])
      ? `${who}${trend(chart, points, 'y', at)}.`
      : `${who}${extremes(chart, points, 'y', cat)}.`;
  });
  const shown = lines.slice(0, 4);
  const more = lines.length > 4 ? ` ${lines.length - 4} more series are in the table.` : '';
  const series = chart.series.length > 1 ? `${list(chart.series.map((s) => s.name))}, ${chart.layout}. ` : '';
  return `${series}${shown.join(' ')}${more}${referenceSentence(chart, (d) => cat(d))}`;
}

export const column: ChartForm = {
  type: 'column',
  value: 'y',
  name: 'Column chart',
  needs: { x: 'category', y: 'number' },
  accepts: { series: 'category' },
  plot,
  summary,
};
