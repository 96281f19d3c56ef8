import { roleText } from './axes.ts';
import type { ChartData, Datum, Role } from './types.ts';

/**
 * Summary sentences from the data, in words that fit any subject: the extremes, the change over a
 * series, the gap between two values. Column labels (from the sidecar, else the header) carry the
 * subject; nothing here names one.
 */

const num = (d: Datum, role: Role) => Number(d.v[role]);

/** "Refugees", or "Value" when the header says only "value". */
export function labelOf(chart: ChartData, role: Role): string {
  const label = chart.columns[role]?.label ?? role;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "is highest for Turkey (2,715,789) and lowest for Egypt (118,512)". */
export function extremes(chart: ChartData, data: Datum[], value: Role, place: (d: Datum) => string): string {
  if (data.length === 1) return `is ${roleText(chart, data[0], value)} for ${place(data[0])}`;
  const high = data.reduce((a, b) => (num(b, value) > num(a, value) ? b : a));
  const low = data.reduce((a, b) => (num(b, value) < num(a, value) ? b : a));
  return `is highest for ${place(high)} (${roleText(chart, high, value)}) and lowest for ${place(low)} (${roleText(chart, low, value)})`;
}

/** Over an ordered series: "rose from 7,841 in 2011 to a peak of 76,021 in 2014, then fell to 55,219 in 2015". */
export function trend(chart: ChartData, points: Datum[], value: Role, at: (d: Datum) => string): string {
  const first = points[0];
  const last = points.at(-1)!;
  const v = (d: Datum) => `${roleText(chart, d, value)} ${at(d)}`;
  if (points.length === 1) return `was ${v(first)}`;
  const peak = points.reduce((a, b) => (num(b, value) > num(a, value) ? b : a));
  const trough = points.reduce((a, b) => (num(b, value) < num(a, value) ? b : a));
  const rose = num(last, value) >= num(first, value);
  if (peak !== first && peak !== last) return `rose from ${v(first)} to a peak of ${v(peak)}, then fell to ${v(last)}`;
  if (trough !== first && trough !== last)
    return `fell from ${v(first)} to a low of ${v(trough)}, then rose to ${v(last)}`;
  if (num(last, value) === num(first, value))
    return `was ${roleText(chart, first, value)} ${at(first)} and ${at(last)}`;
  return `${rose ? 'rose' : 'fell'} from ${v(first)} to ${v(last)}`;
}

/** The story's figure against the data: the dashed line, and the value drawn closest to it. */
export function referenceSentence(chart: ChartData, where: (d: Datum) => string): string {
  const reference = chart.reference;
  if (!reference) return '';
  const closest = chart.data.reduce((a, b) =>
    Math.abs(num(b, chart.value) - reference.value) < Math.abs(num(a, chart.value) - reference.value) ? b : a,
  );
  return ` The dashed line marks the story’s “${reference.quote}”; the value drawn closest to it is ${roleText(chart, closest, chart.value)} (${where(closest)}).`;
}

/** "A, B and C". */
export function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Each series' rows, in the order the series first appear. */
export function bySeries(chart: ChartData): Datum[][] {
  return chart.series.map((s) => chart.data.filter((d) => d.series === s.name)).filter((g) => g.length > 0);
}
