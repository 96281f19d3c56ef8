import { formatValue, parseNumber } from '../../format/numbers.ts';
import type { DataRow, DatasetMeta } from '../../schemas/chart-dataset.ts';
import { resolveColumn, type CellProblem } from '../charts/columns.ts';
import type { Column } from '../charts/types.ts';
import type { TableSummaryFacts } from './words.ts';

/**
 * A <Table> tag and its dataset's rows to what the table shows (DESIGN §4b): the columns named (or
 * every data column, in file order) with the sidecar's labels, the rows sorted, each number
 * written as its column says, a bar or a shade where the tag asks, and how many rows show before
 * the fold. Pure: no I/O, no words beyond the data's own (see words.ts).
 */

export interface TableSpec {
  /** Comma-separated column names; undefined: every data column. */
  columns?: string;
  /** A column; "-name" sorts descending. */
  sort?: string;
  bars?: string;
  heat?: string;
  /** Rows shown before the fold, as written on the tag. */
  rows?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
  bars?: true;
  heat?: true;
}

export interface TableCell {
  text: string;
  /** A bars column: the bar's length, 0 to 1 of the longest (its magnitude), and whether it is below zero. */
  bar?: { length: number; negative: boolean };
  /** A heat column: the shade, 0 (lowest) to 4 (highest). */
  heat?: number;
}

export interface TableRow {
  row: DataRow;
  cells: TableCell[];
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
  /** Rows shown at first sight; the rest are folded. */
  shown: number;
  /** What the summary says: the ranked column and its extremes; undefined when no column holds numbers. */
  summary?: TableSummaryFacts;
}

export type TagProblem = (field: string, message: string) => Error;

const HEAT_SHADES = 5;

export function buildTable(input: {
  spec: TableSpec;
  /** Every data column of the file, in order (for the default and for messages). */
  fileColumns: readonly string[];
  path: string;
  meta?: DatasetMeta;
  rows: readonly DataRow[];
  tagProblem: TagProblem;
  cellProblem: CellProblem;
}): TableModel {
  const { spec, fileColumns, path, meta, rows, tagProblem, cellProblem } = input;
  const known = fileColumns.map((c) => `"${c}"`).join(', ');
  const checkColumn = (field: string, name: string) => {
    if (!fileColumns.includes(name))
      throw tagProblem(field, `"${name}" is not a column of ${path}: use one of ${known}`);
  };
  const names =
    spec.columns === undefined
      ? [...fileColumns]
      : spec.columns
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
  if (names.length === 0)
    throw tagProblem(
      'columns',
      `is empty: name columns of ${path}, e.g. columns="${fileColumns.slice(0, 2).join(',')}"`,
    );
  for (const name of names) checkColumn('columns', name);

  // A bars or heat column is drawn, so every cell must be a number; other columns are numbers when every cell is one.
  const drawn = (field: 'bars' | 'heat') => {
    const name = spec[field];
    if (name === undefined) return undefined;
    checkColumn(field, name);
    if (!names.includes(name))
      throw tagProblem(field, `"${name}" is not among columns="${spec.columns}": add it there to draw it`);
    const problem: CellProblem = (row, column, message) =>
      cellProblem(row, column, `${message} (<Table ${field}="${column}"> draws every cell of it)`);
    return resolveColumn(meta, name, 'number', rows, problem);
  };
  const barsColumn = drawn('bars');
  const heatColumn = drawn('heat');
  const isNumeric = (name: string) =>
    rows.some((r) => r.cells[name] !== '') &&
    rows.every((r) => r.cells[name] === '' || parseNumber(r.cells[name]) !== undefined);
  const resolved = new Map<string, Column>();
  const columnOf = (name: string): Column => {
    let column = resolved.get(name);
    if (!column) {
      column = resolveColumn(meta, name, isNumeric(name) ? 'number' : 'category', rows, cellProblem);
      resolved.set(name, column);
    }
    return column;
  };

  const sorted = sortRows(rows, spec.sort, (field, name) => (checkColumn(field, name), columnOf(name)));
  const columns: TableColumn[] = names.map((name) => {
    const column = columnOf(name);
    return {
      key: name,
      label: column.unit ? `${column.label} (${column.unit})` : column.label,
      numeric: column.kind === 'number',
      ...(name === barsColumn?.name ? { bars: true as const } : {}),
      ...(name === heatColumn?.name ? { heat: true as const } : {}),
    };
  });
  const barMax = barsColumn ? Math.max(0, ...values(rows, barsColumn.name).map(Math.abs)) : 0;
  const heatRange = heatColumn ? extent(values(rows, heatColumn.name)) : undefined;
  const tableRows = sorted.map((row) => ({
    row,
    cells: columns.map((c): TableCell => {
      const cell = row.cells[c.key];
      const value = parseNumber(cell);
      const text = c.numeric && value !== undefined ? formatValue(value, columnOf(c.key)) : cell;
      return {
        text,
        ...(c.bars && value !== undefined
          ? { bar: { length: barMax === 0 ? 0 : Math.abs(value) / barMax, negative: value < 0 } }
          : {}),
        ...(c.heat && value !== undefined && heatRange ? { heat: shade(value, heatRange) } : {}),
      };
    }),
  }));
  return {
    columns,
    rows: tableRows,
    shown: shownRows(spec.rows, tableRows.length, tagProblem),
    ...summaryFacts(tableRows, columns, spec, barsColumn ?? heatColumn),
  };
}

function sortRows(
  rows: readonly DataRow[],
  sort: string | undefined,
  column: (field: string, name: string) => Column,
): DataRow[] {
  if (sort === undefined) return [...rows];
  const descending = sort.startsWith('-');
  const by = column('sort', descending ? sort.slice(1) : sort);
  const key = (row: DataRow) => row.cells[by.name];
  const compare = (a: DataRow, b: DataRow) => {
    const [x, y] = [key(a), key(b)];
    // Empty cells last, whichever the direction: a missing value is not the smallest.
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    const order = by.kind === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'en');
    return descending ? -order : order;
  };
  return [...rows].sort(compare);
}

function values(rows: readonly DataRow[], name: string): number[] {
  return rows.flatMap((r) => {
    const v = parseNumber(r.cells[name]);
    return v === undefined ? [] : [v];
  });
}

function extent(numbers: number[]): [number, number] | undefined {
  return numbers.length === 0 ? undefined : [Math.min(...numbers), Math.max(...numbers)];
}

function shade(value: number, [lo, hi]: [number, number]): number {
  if (hi === lo) return HEAT_SHADES - 1;
  return Math.min(HEAT_SHADES - 1, Math.floor(((value - lo) / (hi - lo)) * HEAT_SHADES));
}

function shownRows(written: string | undefined, count: number, tagProblem: TagProblem): number {
  if (written === undefined) return count;
  if (!/^[1-9]\d*$/.test(written))
    throw tagProblem('rows', `"${written}" is not a number of rows: write a whole number, e.g. rows="8"`);
  return Math.min(Number(written), count);
}

/**
 * The column a reader ranks by (the sort column when it holds numbers, else the drawn one, else the
 * first column of numbers) and the rows highest and lowest in it, named by the first column of words.
 */
function summaryFacts(
  rows: TableRow[],
  columns: TableColumn[],
  spec: TableSpec,
  drawn: Column | undefined,
): { summary?: TableSummaryFacts } {
  const sortName = spec.sort?.replace(/^-/, '');
  const ranked =
    columns.find((c) => c.numeric && c.key === sortName) ??
    columns.find((c) => c.key === drawn?.name) ??
    columns.find((c) => c.numeric);
  const index = ranked ? columns.indexOf(ranked) : -1;
  const withValue = rows.filter((r) => index >= 0 && parseNumber(r.row.cells[ranked!.key]) !== undefined);
  if (!ranked || withValue.length === 0) return {};
  const nameIndex = columns.findIndex((c) => !c.numeric);
  const name = (r: TableRow) => (nameIndex >= 0 ? r.cells[nameIndex].text : '') || r.row.id || `line ${r.row.line}`;
  const value = (r: TableRow) => Number(r.row.cells[ranked.key]);
  // The first of equal values, in the table's order.
  const highest = withValue.reduce((best, r) => (value(r) > value(best) ? r : best));
  const lowest = withValue.reduce((best, r) => (value(r) < value(best) ? r : best));
  return {
    summary: {
      count: rows.length,
      column: ranked.label,
      highest: { name: name(highest), value: highest.cells[index].text },
      lowest: { name: name(lowest), value: lowest.cells[index].text },
    },
  };
}
