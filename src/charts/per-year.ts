import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { splitByAsOf } from './as-of.ts';
import { FONT_SIZE, HALO, INK, MUTED, seriesColor } from './theme.ts';
import type { ChartContext, ChartRow, ChartView } from './types.ts';
import { publisherName, sentence } from './words.ts';
import { parseDate } from '../lib/dates.ts';
import { formatCount, formatQualified } from '../lib/format.ts';

/**
 * Deaths per year from one publisher, counted one way throughout: a second publisher's yearly
 * totals would mix methods in one set of bars, so the dataset may hold only one series.
 */

/** The calendar year a row counts; per-year rows are written "2014". */
export function yearOf(row: ChartRow): string {
  const date = parseDate(row.date);
  if (date.precision !== 'year')
    throw new Error(
      `per-year: row "${row.id}" (line ${row.line}) has date "${row.date}"; write the year alone, e.g. 2014`,
    );
  return date.start;
}

function select(rows: ChartRow[], ctx: ChartContext): ChartRow[] {
  const known = splitByAsOf(rows, ctx.asOf, ctx.sources).known.sort((a, b) => yearOf(a).localeCompare(yearOf(b)));
  const methods = new Set(known.map((r) => `${r.series} (${r.kind}, ${r.scope})`));
  if (methods.size > 1)
    throw new Error(`per-year draws one publisher counted one way, but the rows mix ${[...methods].join(' and ')}`);
  const years = known.map(yearOf);
  const twice = years.find((year, i) => years.indexOf(year) !== i);
  if (twice) throw new Error(`per-year: ${twice} appears twice; one figure per year`);
  return known;
}

function peakOf(rows: ChartRow[]): ChartRow {
  return rows.reduce((peak, row) => (row.value > peak.value ? row : peak));
}

function plot(rows: ChartRow[], ctx: ChartContext): PlotOptions {
  const narrow = ctx.width < 480;
  const peak = peakOf(rows);
  const fill = seriesColor(rows[0].series);
  const value = (r: ChartRow) => formatQualified(r.value, r.qualifier);
  return {
    width: ctx.width,
    height: narrow ? 300 : Math.min(340, Math.round(ctx.width * 0.42)),
    marginTop: FONT_SIZE * 3,
    marginRight: 0,
    marginLeft: 0,
    marginBottom: 28,
    x: { type: 'band', domain: rows.map(yearOf), padding: narrow ? 0.25 : 0.35 },
    y: { domain: [0, peak.value], nice: false, axis: null },
    marks: [
      Plot.barY(rows, { x: yearOf, y: 'value', fill }),
      // The value sits on the bar it belongs to, so no y axis is needed to read it.
      Plot.text(
        rows.filter((r) => r !== peak),
        {
          x: yearOf,
          y: 'value',
          text: value,
          dy: -6,
          lineAnchor: 'bottom',
          fontSize: FONT_SIZE,
          fill: INK,
          stroke: HALO,
          strokeWidth: 3,
          paintOrder: 'stroke',
        },
      ),
      // The peak says so in words as well as in height.
      Plot.text([peak], {
        x: yearOf,
        y: 'value',
        text: (r: ChartRow) => `Peak\n${value(r)}`,
        dy: -6,
        lineAnchor: 'bottom',
        lineHeight: 1.15,
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
        stroke: HALO,
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.axisX({ fontSize: FONT_SIZE, label: null, tickSize: 0, fill: MUTED }),
      Plot.ruleY([0], { stroke: INK }),
    ],
  };
}

function summary(rows: ChartRow[], ctx: ChartContext): string {
  if (rows.length === 0) return 'No yearly figures had been published by the story’s date.';
  const who = `Deaths ${rows[0].kind === 'modelled estimate' ? 'estimated' : 'documented'} by ${rows[0].series}`;
  const first = rows[0];
  const last = rows.at(-1)!;
  const peak = peakOf(rows);
  const at = (r: ChartRow) => `${formatQualified(r.value, r.qualifier)} in ${yearOf(r)}`;
  const name = publisherName(first, ctx);
  const intro = name === first.series ? '' : ` ${first.series} is the ${name.replace(/\s*\([^)]*\)$/, '')}.`;
  if (rows.length === 1) return `${who}: ${at(first)}.${intro}`;
  if (peak === last) return `${who} rose from ${at(first)} to ${at(last)}, the highest.${intro}`;
  if (peak === first) return `${who} fell from ${at(first)}, the highest, to ${at(last)}.${intro}`;
  return `${who} rose from ${at(first)} to a peak of ${at(peak)}, then fell to ${at(last)}.${intro}`;
}

function notes(rows: ChartRow[]): string[] {
  if (rows.length === 0) return [];
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  return [
    `One publisher, one method: every bar is ${rows[0].series}’s own total for the year.`,
    ...rows.filter((r) => r.note).map((r) => `${yearOf(r)}: ${sentence(r.note)}`),
    `Derived: the ${rows.length} yearly totals add up to ${formatCount(total)} (${rows.map((r) => formatCount(r.value)).join(' + ')}).`,
  ];
}

export const perYear: ChartView = {
  id: 'per-year',
  title: 'Deaths per year',
  takeaway: 'Deaths documented each year by one monitoring group, counted the same way throughout.',
  alt: 'Bar chart of deaths documented in Syria each year.',
  select,
  later: (rows, ctx) => splitByAsOf(rows, ctx.asOf, ctx.sources).later,
  plot,
  summary,
  notes,
};
