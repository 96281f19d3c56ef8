import type { ChartRow } from './types.ts';

/**
 * A story knows what was public on its date (DESIGN §4): a figure announced later goes into a
 * dated update, never into the chart, however useful it would be.
 */

/** The earliest day the announcement can have been: "about 2016-03-12" → 2016-03-12, "2016-03" → 2016-03-01. */
export function announcedOn(row: ChartRow): string {
  const written = row.announced.match(/\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0];
  if (!written) return row.asOf;
  return written.length === 4 ? `${written}-01-01` : written.length === 7 ? `${written}-01` : written;
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
