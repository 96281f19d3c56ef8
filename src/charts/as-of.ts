import type { ChartRow } from './types.ts';
import { firstDay, parseDate } from '../lib/dates.ts';

/**
 * A story knows what was public on its date (DESIGN §4): a figure announced later goes into a
 * dated update, never into the chart, however useful it would be.
 */

/** The earliest day the figure can have been public; with no announcement date, the day it runs to. */
export function announcedOn(row: ChartRow): string {
  return row.announced ? firstDay(parseDate(row.announced)) : row.asOf;
}

/** Public on `asOf`: announced by then and covering nothing after it. */
export function knownBy(row: ChartRow, asOf: string): boolean {
  return announcedOn(row) <= asOf && row.asOf <= asOf;
}

export function splitByAsOf(rows: readonly ChartRow[], asOf: string): { known: ChartRow[]; later: ChartRow[] } {
  const known: ChartRow[] = [];
  const later: ChartRow[] = [];
  for (const row of rows) (knownBy(row, asOf) ? known : later).push(row);
  return { known, later };
}

/** A YYYY-MM-DD day as a Date at UTC midnight, so the machine's time zone cannot shift it. */
export function utcDay(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`"${isoDay}" is not a YYYY-MM-DD day`);
  return new Date(`${isoDay}T00:00:00Z`);
}
