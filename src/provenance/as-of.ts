import type { DataRow } from '../schemas/chart-dataset.ts';
import { firstDay, parseDate } from '../dates/index.ts';

/**
 * A story knows what was public on its date (DESIGN §4): a figure that came out later goes into
 * a dated update, never into a chart or a sentence, however useful it would be. Charts and
 * <Fact> ask the same question here, so they cannot disagree about what the story knew.
 *
 * A figure is public once it has been announced (when the data gives a date) AND the source we
 * read it in has been published: either may be the later one. A date written loosely ("2016-03",
 * "about 2016-03-12") counts from its first day, the earliest it can mean. Rows reach here with
 * their source filled in (the dataset's one source when the row names none).
 */

/** Only the source's publication date matters here; the registry's other fields are not needed. */
export type PublishedDates = ReadonlyMap<string, { readonly published: string }>;

const earliest = (written: string) => firstDay(parseDate(written));

/** The first day the figure can have been public: the later of its announcement and its source's publication. */
export function publicFrom(row: DataRow, sources: PublishedDates): string {
  const source = sources.get(row.source);
  // The content loader refuses unknown ids; this guards a caller that passes the wrong registry.
  if (!source)
    throw new Error(
      `row "${row.id}" (line ${row.line}) cites source "${row.source}", which is not in the sources registry`,
    );
  const days = [earliest(source.published)];
  if (row.announced) days.push(earliest(row.announced));
  return days.reduce((latest, day) => (day > latest ? day : latest));
}

/** Public on `asOf` (YYYY-MM-DD): announced, when a date is given, and published by then. */
export function publicBy(row: DataRow, asOf: string, sources: PublishedDates): boolean {
  return publicFrom(row, sources) <= asOf;
}

/** Rows the story could know (`known`) and rows that came out after it (`later`), each row once, in the order given. */
export function splitByAsOf(
  rows: readonly DataRow[],
  asOf: string,
  sources: PublishedDates,
): { known: DataRow[]; later: DataRow[] } {
  const known: DataRow[] = [];
  const later: DataRow[] = [];
  for (const row of rows) (publicBy(row, asOf, sources) ? known : later).push(row);
  return { known, later };
}
