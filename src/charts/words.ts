import { originatorOf } from './theme.ts';
import type { ChartContext, ChartRow } from './types.ts';
import { formatDate, parseDate } from '../lib/dates.ts';
import { formatQualified } from '../lib/format.ts';

/** Shared phrasing for generated summaries and notes, so every chart words dates and names alike. */

/**
 * "Syrian Observatory for Human Rights (SOHR)": the registry's originator up to any aside
 * (", Rami Abdel-Rahman to dpa"), with the short name added if it does not give one.
 */
export function publisherName(row: ChartRow, ctx: ChartContext): string {
  const full = originatorOf(row, ctx).split(/[,;]/)[0].trim();
  return full === row.series || /\([^)]+\)$/.test(full) ? full : `${full} (${row.series})`;
}

/** "to 31 December 2015", "to about 11 February 2016": the end of the period, at the precision written. */
export function upTo(row: ChartRow): string {
  const date = parseDate(row.date);
  return `to ${formatDate(date.precision === 'range' ? parseDate(date.end) : date)}`;
}

/** The period as written, in words: "27 February – 5 March 2016". */
export function period(row: ChartRow): string {
  return formatDate(parseDate(row.date));
}

/** YYYY-MM-DD in words: "14 March 2016". */
export function day(isoDay: string): string {
  return formatDate(parseDate(isoDay));
}

/** A note as a sentence: capitalised, ending in a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…"”)]$/.test(capital) ? capital : `${capital}.`;
}

/** One figure published after the story, for its dated update: what, how much, to when, and when it came out. */
export function laterLine(row: ChartRow): string {
  const kind =
    row.kind === 'modelled estimate'
      ? 'modelled estimate'
      : row.scope === 'civilians'
        ? 'documented count, civilians only'
        : 'documented count';
  const announced = row.announced
    ? `published ${formatDate(parseDate(row.announced))}`
    : 'publication date not recorded';
  return `${row.series}, ${kind}: ${formatQualified(row.value, row.qualifier)} ${upTo(row)} (${announced})`;
}
