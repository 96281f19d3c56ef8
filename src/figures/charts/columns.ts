import { firstDay, lastDay, parseDate, DateError } from '../../dates/index.ts';
import { notANumber, parseNumber, writtenDecimals } from '../../format/numbers.ts';
import type { DatasetMeta, DataRow } from '../../schemas/chart-dataset.ts';
import type { Column, ColumnKind } from './types.ts';

/**
 * A column named on a tag, checked against what its role needs: every cell of a number column a
 * number, of a time column a date (or a number), each mistake reported at the CSV's own line.
 */

export type CellProblem = (row: DataRow, column: string, message: string) => Error;

/** The column as the chart will read it; the kind is what the role needs, narrowed by the cells for time. */
export function resolveColumn(
  meta: DatasetMeta | undefined,
  name: string,
  kind: ColumnKind,
  rows: readonly DataRow[],
  problemAt: CellProblem,
): Column {
  const said = meta?.columns[name];
  const cells = rows.map((row) => row.cells[name]).filter((cell) => cell !== '');
  if (kind !== 'number') {
    // A cell written as a date must be a real one, whatever the role: "2013-02-29" is a mistake, not a label.
    for (const row of rows) {
      const problem = dateProblem(row.cells[name]);
      if (problem) throw problemAt(row, name, problem);
    }
  }
  let resolved = kind;
  if (kind === 'time') {
    // Years, months, days and ranges are dates; anything else must then be a plain number (an age, a rank).
    resolved = cells.every((cell) => isDate(cell)) ? 'time' : 'number';
  }
  if (resolved === 'number') {
    for (const row of rows) {
      const cell = row.cells[name];
      if (cell !== '' && parseNumber(cell) === undefined) {
        const dates = kind === 'time' && !/,/.test(cell);
        const hint = dates
          ? ': the column holds dates, so every cell must be a date (YYYY, YYYY-MM, YYYY-MM-DD) or every cell a number'
          : '';
        throw problemAt(row, name, `${notANumber(cell)}${hint}`);
      }
    }
  }
  return {
    name,
    label: said?.label ?? name,
    ...(said?.unit ? { unit: said.unit } : {}),
    ...(said?.scale && resolved === 'number' ? { scale: said.scale } : {}),
    kind: resolved,
    format: said?.format ?? 'number',
    decimals: resolved === 'number' ? Math.max(0, ...cells.map(writtenDecimals)) : 0,
  };
}

/** A cell as the role reads it; undefined when empty (missing). */
export function cellValue(row: DataRow, column: Column): number | Date | string | undefined {
  const cell = row.cells[column.name];
  if (cell === '') return undefined;
  if (column.kind === 'number') return parseNumber(cell);
  if (column.kind === 'time') return dateValue(cell);
  return cell;
}

/**
 * Where a date sits on a time axis: a day on its day, a month or year on its first day (as
 * Datawrapper does), a range on its last day ("to 5 March"), "about" on the day it is about.
 */
export function dateValue(text: string): Date {
  const date = parseDate(text);
  return new Date(`${date.precision === 'range' ? lastDay(date) : firstDay(date)}T00:00:00Z`);
}

/** Written like a date (2016, 2016-02, 2016-02-27, about …, a range): what the date grammar must accept. */
const DATE_LIKE = /^(about |before )?\d{4}-\d{1,2}(-\d{1,2})?(\/.*)?$|^\d{4}\/\d{4}|^about \d{4}/;

function dateProblem(text: string): string | undefined {
  if (!DATE_LIKE.test(text)) return undefined;
  try {
    parseDate(text);
    return undefined;
  } catch (error) {
    if (error instanceof DateError) return error.message;
    throw error;
  }
}

function isDate(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch (error) {
    if (error instanceof DateError) return false;
    throw error;
  }
}
