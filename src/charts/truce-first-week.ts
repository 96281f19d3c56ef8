import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { splitByAsOf } from './as-of.ts';
import { FONT_SIZE, HALO, INK, originatorOf, seriesColor, textWidth } from './theme.ts';
import type { ChartContext, ChartRow, ChartView } from './types.ts';
import { period, sentence } from './words.ts';
import { formatCount, formatDecimal, formatQualified } from '../lib/format.ts';

/**
 * The first week of the 27 February 2016 cessation of hostilities: deaths in the areas it covered
 * against the areas it did not. Each row's `series` names the area. Only like with like: the
 * rows must share a source, a period and a method, or the build stops.
 */

/** "SOHR" from "Syrian Observatory for Human Rights (SOHR)", so the bars take SOHR's colour. */
function publisher(row: ChartRow, ctx: ChartContext): string {
  const originator = originatorOf(row, ctx);
  return /\(([^)]+)\)/.exec(originator)?.[1] ?? originator;
}

function select(rows: ChartRow[], ctx: ChartContext): ChartRow[] {
  const known = splitByAsOf(rows, ctx.asOf, ctx.sources).known;
  const ways = new Set(known.map((r) => `${publisher(r, ctx)}, ${r.date}, ${r.kind}, ${r.scope}`));
  if (ways.size > 1) {
    throw new Error(
      `truce-first-week compares like with like, but the rows differ in source, period or method: ${[...ways].join(' | ')}`,
    );
  }
  return known;
}

function plot(rows: ChartRow[], ctx: ChartContext): PlotOptions {
  const narrow = ctx.width < 480;
  const bar = narrow ? 28 : 32;
  const gap = FONT_SIZE * 2.2;
  const max = Math.max(...rows.map((r) => r.value));
  const longest = Math.max(...rows.map((r) => textWidth(formatQualified(r.value, r.qualifier))));
  const marginTop = gap;
  // Whole pixels: the viewBox is part of the output bytes, and 112.80000000000001 reads as noise.
  const height = Math.round(marginTop + rows.length * (bar + gap) - gap + 4);
  return {
    width: ctx.width,
    height,
    marginTop,
    marginBottom: 4,
    marginLeft: 1,
    // Room for the value written after the longest bar.
    marginRight: longest + 10,
    x: { domain: [0, max], axis: null },
    y: { type: 'band', domain: rows.map((r) => r.id), paddingInner: gap / (bar + gap), paddingOuter: 0, axis: null },
    marks: [
      Plot.barX(rows, { y: 'id', x: 'value', fill: seriesColor(publisher(rows[0], ctx)) }),
      Plot.text(rows, {
        y: 'id',
        x: 0,
        text: 'series',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: -bar / 2 - 5,
        fontSize: FONT_SIZE,
        fill: INK,
      }),
      Plot.text(rows, {
        y: 'id',
        x: 'value',
        text: (r: ChartRow) => formatQualified(r.value, r.qualifier),
        textAnchor: 'start',
        dx: 6,
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
        stroke: HALO,
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  };
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function summary(rows: ChartRow[], ctx: ChartContext): string {
  if (rows.length === 0) return 'No figures for the truce’s first week had been published by the story’s date.';
  const parts = rows.map(
    (r, i) => `${formatQualified(r.value, r.qualifier)}${i === 0 ? ' deaths' : ''} in ${lower(r.series)}`,
  );
  const counted = `${publisher(rows[0], ctx)} ${rows[0].kind === 'modelled estimate' ? 'estimated' : 'documented'}`;
  const text = `In the first week of the cessation of hostilities (${period(rows[0])}), ${counted} ${parts.join(' and ')}`;
  if (rows.length !== 2) return `${text}.`;
  const [low, high] = [...rows].sort((a, b) => a.value - b.value);
  return `${text}: ${formatDecimal(high.value / low.value)} times as many in ${lower(high.series)} as in ${lower(low.series)}.`;
}

function notes(rows: ChartRow[], ctx: ChartContext): string[] {
  if (rows.length === 0) return [];
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const out = [
    `Like with like: every bar is ${publisher(rows[0], ctx)}’s count for the same days (${period(rows[0])}), made the same way.`,
    'Not compared here: daily figures from before the truce, which cover all of Syria, against figures from its first days, which cover truce areas only. Set side by side they would exaggerate the drop.',
    // A note that only repeats the area's name says nothing new.
    ...rows
      .filter((r) => r.note && !lower(r.note).startsWith(lower(r.series)))
      .map((r) => `${r.series}: ${sentence(r.note)}`),
  ];
  if (rows.length === 2) {
    const [low, high] = [...rows].sort((a, b) => a.value - b.value);
    out.push(
      `Derived: ${formatCount(high.value)} ÷ ${formatCount(low.value)} = ${formatDecimal(high.value / low.value)}.`,
    );
  }
  const shares = rows.map(
    (r) => `${formatCount(r.value)} (${formatDecimal((100 * r.value) / total)}%) in ${lower(r.series)}`,
  );
  out.push(
    `Derived: of the ${formatCount(total)} deaths in ${rows.length === 2 ? 'both' : `all ${rows.length}`} areas, ${shares.join(' and ')}.`,
  );
  return out;
}

export const truceFirstWeek: ChartView = {
  id: 'truce-first-week',
  seriesLabel: 'Area',
  title: 'The truce’s first week',
  takeaway: 'In the first week of the cessation of hostilities, most deaths recorded were in areas it did not cover.',
  alt: 'Bar chart of deaths in the first week of the truce, in areas it covered and areas it did not.',
  select,
  later: (rows, ctx) => splitByAsOf(rows, ctx.asOf, ctx.sources).later,
  plot,
  summary,
  notes,
};
