import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import {
  axisLabel,
  colorOf,
  dateWords,
  haloed,
  isFaded,
  referenceLabel,
  referenceMarks,
  roleText,
  valueScale,
  widestTick,
  axisTitleMark,
} from '../axes.ts';
import {
  bySeries,
  categoryPlace,
  extremes,
  firstOf,
  labelOf,
  list,
  lowerFirst,
  markedSentences,
  referenceSentence,
  stacked,
  trend,
} from '../describe.ts';
import { keyHeight, keyMarks } from '../key.ts';
import { FADED, FONT_SIZE, GRID, INK, LINE_HEIGHT, MUTED, isNarrow, textWidth, truncate } from '../theme.ts';
import type { ChartData, ChartForm, Datum } from '../types.ts';
import { seriesKey } from './bar.ts';

/** Vertical bars: x a category or a date (one bar each, in the data's order), y a value; series stacked or grouped. */

const cat = (d: Datum) => String(d.v.x);
const val = (d: Datum) => Number(d.v.y);
/** Columns wider than this look like blocks, not bars. */
const WIDEST_BAR = 64;
/** Room for a value label over (or under) its bar. */
const LABEL_ROOM = FONT_SIZE + 8;

/** Dates read as a change over time: every k-th one named on a crowded axis is enough. Other categories need every name. */
const isDateLike = (categories: string[]) => categories.every((c) => /^\d{4}(-\d\d(-\d\d)?)?$|^\d{4} Q[1-4]$/.test(c));

interface CategoryAxis {
  /** The text under each category ("" to skip one). */
  name: (c: string) => string;
  rotate: boolean;
  /** Pixels the names need below (or above) the bars. */
  depth: number;
}

/** Names across when they fit, every k-th date when dates crowd, names turned upright when other names crowd. */
function categoryAxis(categories: string[], band: number): CategoryAxis {
  const words = new Map(categories.map((c) => [c, dateWords(c)]));
  const widest = Math.max(...[...words.values()].map((w) => textWidth(w)));
  if (widest + 8 <= band) return { name: (c) => words.get(c)!, rotate: false, depth: FONT_SIZE + 10 };
  if (isDateLike(categories) || band < FONT_SIZE + 2) {
    const every = Math.ceil((widest + 8) / band);
    // Count back from the last, so the latest date is always named.
    const last = categories.length - 1;
    return {
      name: (c) => ((last - categories.indexOf(c)) % every === 0 ? words.get(c)! : ''),
      rotate: false,
      depth: FONT_SIZE + 10,
    };
  }
  const most = 110;
  const cut = new Map([...words].map(([c, w]) => [c, truncate(w, most)]));
  const depth = Math.ceil(Math.max(...[...cut.values()].map((w) => textWidth(w)))) + 10;
  return { name: (c) => cut.get(c)!, rotate: true, depth };
}

function plot(chart: ChartData, width: number): PlotOptions {
  const narrow = isNarrow(width);
  const categories = [...new Set(chart.data.map(cat))];
  const y = chart.columns.y!;
  const multi = chart.series.length > 1;
  const grouped = multi && chart.layout === 'grouped';
  const items = seriesKey(chart, 'square');
  const keyH = keyHeight(items, width);
  const labelRow = FONT_SIZE * 1.7;
  const plotHeight = narrow ? 240 : width < 800 ? 280 : 320;
  const values = multi && !grouped ? stackedExtents(chart) : chart.data.map(val);
  const allNegative = values.every((v) => v <= 0);
  const extra = chart.reference ? [chart.reference.value] : [];
  const scale = valueScale(values, y, { length: plotHeight, along: 'y', width, zero: 'always', extra });
  // Each bar carries its value where every value fits over its bar; otherwise an axis reads them.
  const labels = multi ? [] : labelledBars(chart, width / categories.length);
  const showAxis = multi || Boolean(chart.reference) || labels.length < chart.data.length;
  const marginLeft = showAxis ? Math.ceil(widestTick(scale)) + 8 : 0;
  const band = (width - marginLeft) / categories.length;
  const axis = categoryAxis(categories, band);
  // Value labels need room beyond the tallest and the deepest bar.
  const lo = Math.min(0, ...values, ...extra);
  const hi = Math.max(0, ...values, ...extra);
  // An annotated bar's note sits on a line of its own above the value.
  const room = chart.annotations.length > 0 ? LABEL_ROOM + FONT_SIZE * LINE_HEIGHT : LABEL_ROOM;
  const perPixel = (hi - lo || 1) / (plotHeight - (hi > 0 ? room : 0) - (lo < 0 ? room : 0));
  const domain: [number, number] = showAxis
    ? [
        Math.min(scale.domain[0], lo < 0 && labels.length ? lo - room * perPixel : scale.domain[0]),
        Math.max(scale.domain[1], hi > 0 && labels.length ? hi + room * perPixel : scale.domain[1]),
      ]
    : [lo < 0 ? lo - room * perPixel : 0, hi > 0 ? hi + room * perPixel : 0];
  const top = allNegative ? axis.depth : 0;
  const marginTop = Math.round(keyH + labelRow + top + (showAxis && !allNegative ? FONT_SIZE / 2 : 0));
  const marginBottom = allNegative ? 6 : axis.depth;
  const padding = Math.max(narrow ? 0.2 : 0.3, 1 - WIDEST_BAR / (grouped ? band / chart.series.length : band));
  const label = (d: Datum) => {
    const note = chart.annotations.find((a) => a.datum === d);
    return note ? `${note.text}\n${roleText(chart, d, 'y')}` : roleText(chart, d, 'y');
  };
  const fill = (d: Datum) => (isFaded(chart, cat(d)) ? FADED : colorOf(chart, d.series));
  const bold = (d: Datum) => chart.annotations.some((a) => a.datum === d);
  const categoryTicks = {
    tickFormat: axis.name,
    label: null,
    fontSize: FONT_SIZE,
    tickSize: 0,
    tickPadding: 6,
    fill: MUTED,
    anchor: allNegative ? ('top' as const) : ('bottom' as const),
    ...(axis.rotate ? { tickRotate: -90, textAnchor: allNegative ? ('start' as const) : ('end' as const) } : {}),
  };
  const marks: Markish[] = [
    ...(showAxis
      ? [
          Plot.gridY(scale.ticks, { stroke: GRID, strokeOpacity: 1 }),
          Plot.axisY(scale.ticks, {
            tickFormat: scale.format,
            tickSize: 0,
            tickPadding: 6,
            fontSize: FONT_SIZE,
            label: null,
            fill: MUTED,
          }),
        ]
      : []),
    grouped
      ? Plot.barY(chart.data, { fx: cat, x: (d: Datum) => d.series, y: val, fill })
      : Plot.barY(chart.data, {
          x: cat,
          y: val,
          fill,
          order: chart.series.map((s) => s.name),
          z: (d: Datum) => d.series,
        }),
    // One text mark per side and weight: Plot takes offsets and weights as constants, not channels.
    ...[false, true].flatMap((negative) =>
      [false, true].map((strong) =>
        Plot.text(
          labels.filter((d) => val(d) < 0 === negative && bold(d) === strong),
          {
            x: cat,
            y: val,
            text: label,
            dy: negative ? 5 : -5,
            lineAnchor: negative ? 'top' : 'bottom',
            lineHeight: LINE_HEIGHT,
            fontSize: FONT_SIZE,
            fontWeight: strong ? 'bold' : 'normal',
            fill: INK,
            ...haloed,
          },
        ),
      ),
    ),
    grouped ? Plot.axisFx(categoryTicks) : Plot.axisX(categoryTicks),
    Plot.ruleY([0], { stroke: INK }),
    ...referenceMarks(chart, 'y'),
    ...(chart.reference
      ? [
          Plot.text([chart.reference.value], {
            ...(grouped ? { fx: () => categories[0] } : {}),
            y: (v: number) => v,
            frameAnchor: 'left',
            text: () => referenceLabel(chart),
            textAnchor: 'start',
            lineAnchor: 'bottom',
            dx: 2,
            dy: -3,
            fontSize: FONT_SIZE,
            fill: INK,
            ...haloed,
          }),
        ]
      : []),
    axisTitleMark(axisLabel(chart, 'y'), marginLeft, -marginTop + keyH + labelRow / 2 - 1, { facetSuper: true }),
    ...keyMarks(items, width, marginLeft, marginTop),
  ];
  return {
    width,
    height: Math.round(marginTop + plotHeight + marginBottom),
    marginTop,
    marginRight: 0,
    marginLeft,
    marginBottom,
    x: {
      type: 'band',
      domain: grouped ? chart.series.map((s) => s.name) : categories,
      padding: grouped ? 0.1 : padding,
      axis: null,
    },
    ...(grouped ? { fx: { domain: categories, padding: Math.max(0.2, padding / 2), axis: null } } : {}),
    y: { domain, nice: false, axis: null },
    color: { type: 'identity' },
    marks,
  };
}

/** Bars that get a value label: all of them where each fits over its bar, else the extremes, the last and the annotated. */
function labelledBars(chart: ChartData, band: number): Datum[] {
  const widest = Math.max(...chart.data.map((d) => textWidth(roleText(chart, d, 'y'))));
  if (widest + 4 <= band) return chart.data;
  const high = chart.data.reduce((a, b) => (val(b) > val(a) ? b : a));
  const low = chart.data.reduce((a, b) => (val(b) < val(a) ? b : a));
  return chart.data.filter(
    (d) => d === high || d === low || d === chart.data.at(-1) || chart.annotations.some((a) => a.datum === d),
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
  const label = labelOf(chart, 'y');
  const categories = [...new Set(chart.data.map(cat))];
  const overTime = isDateLike(categories);
  const place = (d: Datum) => cat(d);
  const at = (d: Datum) => categoryPlace(cat(d));
  const multi = chart.series.length > 1;
  // Dates read as a change over time; categories as a ranking.
  const sentences = bySeries(chart).map((points) => {
    const who = multi ? `${points[0].series}: ${lowerFirst(label)}` : label;
    return overTime
      ? `${who} ${trend(chart, points, 'y', at)}.`
      : `${multi ? points[0].series : label}: ${extremes(chart, points, 'y', place)}.`;
  });
  const intro = multi
    ? `${label} by ${lowerFirst(labelOf(chart, 'x'))}, for each ${lowerFirst(labelOf(chart, 'series'))} (${list(chart.series.map((s) => s.name))}), ${chart.layout}. `
    : '';
  const where = (d: Datum) => (overTime ? `in ${dateWords(cat(d))}` : cat(d));
  // Stacked columns: the totals the stacks show, and the story's figure set against a whole stack, not a segment.
  const stacks = multi && chart.layout === 'stacked' ? stacked(chart, cat, 'y') : undefined;
  const totals = !stacks
    ? ''
    : overTime
      ? ` Added together, the total ${trend(stacks, stacks.data, 'y', at)}.`
      : ` Added together: ${extremes(stacks, stacks.data, 'y', place)}.`;
  return `${intro}${firstOf(sentences, 4)}${totals}${markedSentences(chart, where)}${referenceSentence(stacks ?? chart, where)}`;
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
