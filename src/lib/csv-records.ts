import { parse } from 'csv-parse/sync';
import { ContentError } from './content-error.ts';
import { cleanText, type Located } from './located.ts';

/**
 * Reads a CSV into one object per row, keyed by the header, checking the header
 * against the columns the dataset needs so a renamed or missing column is named.
 */
export function readCsvRecords(
  text: string,
  file: string,
  columns: readonly string[],
): Located<Record<string, string>[]> {
  const clean = cleanText(text);
  if (clean.trim() === '')
    throw new ContentError(file, 1, 'file', 'is empty: a CSV needs a header line and at least one row');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1);
    throw new ContentError(file, line, 'csv', String((error as Error).message).split('\n')[0]);
  }
  // Excel saves emptied rows as ",,,,"; like blank lines, they hold nothing to check.
  records = records.filter(({ record }) => record.some((cell) => cell.trim() !== ''));
  if (records.length === 0)
    throw new ContentError(file, 1, 'file', 'is empty: a CSV needs a header line and at least one row');
  const header = records[0].record.map((name) => name.trim());
  for (const column of columns) {
    if (!header.includes(column)) {
      throw new ContentError(file, 1, column, `missing column "${column}": the header must have ${columns.join(',')}`);
    }
  }
  for (const name of header) {
    if (!columns.includes(name)) {
      throw new ContentError(
        file,
        1,
        name || '(empty)',
        `unknown column "${name}": the columns are ${columns.join(',')}`,
      );
    }
  }
  const rows = records.slice(1);
  if (rows.length === 0) throw new ContentError(file, 1, 'file', 'has a header but no rows');
  const lines = rows.map((row) => row.info.lines);
  const data = rows.map(({ record, info }) => {
    if (record.length !== header.length) {
      throw new ContentError(
        file,
        info.lines,
        'row',
        `has ${record.length} cells but the header has ${header.length} columns`,
      );
    }
    return Object.fromEntries(header.map((name, i) => [name, record[i].trim()]));
  });
  return { data, lineOf: (path) => (typeof path[0] === 'number' ? lines[path[0]] : 1) };
}
