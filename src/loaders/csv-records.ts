import { parse } from 'csv-parse/sync';
import { ContentError } from '../problems/content-error.ts';
import { cleanText, type Located } from './located.ts';

/** Rows keyed by the header, and the header itself, in order. */
export type CsvRecords = Located<Record<string, string>[]> & { header: string[] };

/**
 * Reads a CSV into one object per row, keyed by the header. Any header will do, as long as every
 * column has a name, used once: a tidy dataset's columns are the journalist's to name.
 */
export function readCsvRecords(text: string, file: string): CsvRecords {
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
  header.forEach((name, i) => {
    if (name === '')
      throw new ContentError(file, 1, '(empty)', `column ${i + 1} has no name: give every column a name`);
    if (header.indexOf(name) !== i)
      throw new ContentError(file, 1, name, `the column "${name}" appears twice: name each column once`);
  });
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
  return {
    data,
    header,
    lineOf: (path) => (typeof path[0] === 'number' ? lines[path[0]] : 1),
  };
}
