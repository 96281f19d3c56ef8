import { formatDate, parseDate } from '../../dates/index.ts';
import { formatValue, withUnit } from '../../format/numbers.ts';
import { dateWords, roleText } from './axes.ts';
import type { ChartData, Datum, Role } from './types.ts';

/**
 * Summary sentences from the data, in words that fit any subject: the extremes, the change over a
 * series, the gap between two values. Column labels (from the sidecar, else the header) and units
 * carry the subject; nothing here names one. Verbs that agree with any label ("rose", "stood at")
 * or a colon after it, so "Refugees" and "Interest rate" read equally well.
 */

const num = (d: Datum, role: Role) => Number(d.v[role]);

/** "Refugees", or "Value" when the header says only "value". */
export function labelOf(chart: ChartData, role: Role): string {
  const label = chart.columns[role]?.label ?? role;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "price index" inside a sentence, but "GDP" and "UN estimate" stay as written. */
export function lowerFirst(text: string): string {
  return /^.[\p{Lu}\d]/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A value as a sentence says it: qualifier, number as the column writes it, and its unit ("about 41.2 TWh"). */
export function valueWords(chart: ChartData, d: Datum, role: Role): string {
  const text = roleText(chart, d, role);
  const column = chart.columns[role];
  return column ? withUnit(text, column) : text;
}

/** "highest for Norland (2,764,500), lowest for Kalvia (118,512)"; ties and equal values said as such. */
export function extremes(chart: ChartData, data: Datum[], value: Role, place: (d: Datum) => string): string {
  const words = (d: Datum) => valueWords(chart, d, value);
  if (data.length === 1) return `${words(data[0])} for ${place(data[0])}`;
  const values = data.map((d) => num(d, value));
  const [hi, lo] = [Math.max(...values), Math.min(...values)];
  if (hi === lo) return `${words(data[0])} for all ${data.length} (${list(data.map(place))})`;
  const at = (v: number) => data.filter((d) => num(d, value) === v);
  const side = (v: number) => `${list(at(v).map(place))} (${words(at(v)[0])})`;
  return `highest for ${side(hi)}, lowest for ${side(lo)}`;
}

/** Over an ordered series: "rose from 7,841 in 2011 to a peak of 76,021 in 2014, then fell to 55,219 in 2015". */
export function trend(chart: ChartData, points: Datum[], value: Role, at: (d: Datum) => string): string {
  const first = points[0];
  const last = points.at(-1)!;
  const v = (d: Datum) => `${valueWords(chart, d, value)} ${at(d)}`;
  if (points.length === 1) return `stood at ${v(first)}`;
  const values = points.map((d) => num(d, value));
  if (Math.max(...values) === Math.min(...values))
    return `stood at ${valueWords(chart, first, value)} throughout, from ${at(first).replace(/^(in|on) /, '')} to ${at(last).replace(/^(in|on|to) /, '')}`;
  const peak = points.reduce((a, b) => (num(b, value) > num(a, value) ? b : a));
  const trough = points.reduce((a, b) => (num(b, value) < num(a, value) ? b : a));
  if (peak !== first && peak !== last && num(peak, value) > Math.max(num(first, value), num(last, value)))
    return `rose from ${v(first)} to a peak of ${v(peak)}, then fell to ${v(last)}`;
  if (trough !== first && trough !== last && num(trough, value) < Math.min(num(first, value), num(last, value)))
    return `fell from ${v(first)} to a low of ${v(trough)}, then rose to ${v(last)}`;
  if (num(last, value) === num(first, value)) return `stood at ${v(first)} and again ${at(last)}`;
  return `${num(last, value) > num(first, value) ? 'rose' : 'fell'} from ${v(first)} to ${v(last)}`;
}

/** The story's figure against the data: the dashed line, and the value drawn closest to it. */
export function referenceSentence(chart: ChartData, where: (d: Datum) => string, value: Role = chart.value): string {
  const reference = chart.reference;
  if (!reference) return '';
  const closest = chart.data.reduce((a, b) =>
    Math.abs(num(b, value) - reference.value) < Math.abs(num(a, value) - reference.value) ? b : a,
  );
  return ` The dashed line marks the story’s “${reference.quote}”; the value drawn closest to it is ${valueWords(chart, closest, value)} (${where(closest)}).`;
}

/** What the reader sees marked on the chart: the highlight and the notes on points. */
export function markedSentences(chart: ChartData, where: (d: Datum) => string, value: Role = chart.value): string {
  const out: string[] = [];
  const h = chart.highlight;
  if (h?.kind === 'categories') out.push(`Highlighted${h.label ? ` (${h.label})` : ''}: ${list(h.names)}.`);
  if (h?.kind === 'span') {
    const when = (at: number | Date) =>
      at instanceof Date ? spanDate(at) : formatValue(at, chart.columns.x ?? { format: 'number', decimals: 0 });
    const [from, to] = h.written ? h.written.map((t) => formatDate(parseDate(t))) : [when(h.from), when(h.to)];
    out.push(`The shaded band${h.label ? `, “${h.label}”,` : ''} runs from ${from} to ${to}.`);
  }
  for (const note of chart.annotations)
    out.push(`Marked “${note.text}”: ${valueWords(chart, note.datum, value)} (${where(note.datum)}).`);
  return out.map((s) => ` ${s}`).join('');
}

/** A span's end as the tag most likely wrote it: a month when it falls on the 1st, else a day. */
function spanDate(date: Date): string {
  const iso = date.toISOString().slice(0, 10);
  return formatDate(parseDate(iso.endsWith('-01') ? iso.slice(0, 7) : iso));
}

/**
 * A stacked chart as its stacks: one datum per category holding the sum of its segments, the
 * length the reader sees. A total of qualified parts ("about 40") is itself "about".
 */
export function stacked(chart: ChartData, category: (d: Datum) => string, value: Role): ChartData {
  const totals = new Map<string, Datum>();
  for (const d of chart.data) {
    const total = totals.get(category(d));
    if (!total) totals.set(category(d), { ...d, series: '', v: { ...d.v } });
    else {
      total.v[value] = Number(total.v[value]) + Number(d.v[value]);
      if (d.row.qualifier && !total.row.qualifier) total.row = { ...total.row, qualifier: 'about' };
    }
  }
  return { ...chart, data: [...totals.values()] };
}

/** "A, B and C". */
export function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Each series' rows, in the order the series first appear. */
export function bySeries(chart: ChartData): Datum[][] {
  return chart.series.map((s) => chart.data.filter((d) => d.series === s.name)).filter((g) => g.length > 0);
}

/** "in 2014" for a year-like category, "for Norland" otherwise. */
export function categoryPlace(written: string): string {
  return /^\d{4}(\b|-)/.test(written) ? `in ${dateWords(written)}` : `for ${written}`;
}

/** At most `shown` sentences (one per series), then a pointer to the table. */
export function firstOf(sentences: string[], shown: number): string {
  const more = sentences.length - shown;
  return `${sentences.slice(0, shown).join(' ')}${more > 0 ? ` ${more} more series ${more === 1 ? 'is' : 'are'} in the table.` : ''}`;
}
