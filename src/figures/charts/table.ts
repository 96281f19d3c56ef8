import { dateWords, roleText } from './axes.ts';
import type { ChartData, Role } from './types.ts';
import type { DataRow, DatasetMeta } from '../../schemas/chart-dataset.ts';
import type { SourceEntry } from '../../schemas/source.ts';
import { provenanceColumns, rowProvenance, type ChartTable, type ChartTableColumn } from '../figure-table.ts';

/**
 * The rows a chart draws, as a table: the columns the tag named first, then the dataset's other
 * columns, then where each figure was read. The page's <details> table shows `cells`; the CSV
 * download writes `raw` (the values as written, so a spreadsheet reads numbers as numbers).
 */

export type { ChartTable, ChartTableColumn } from '../figure-table.ts';

/** The category or time a reader looks a row up by, first. */
const HORIZONTAL: Role[] = ['y', 'x', 'x1', 'x2', 'series', 'label', 'symbol'];
const VERTICAL: Role[] = ['x', 'y', 'series', 'label', 'symbol'];
/** A scatter's points are looked up by their names. */
const POINTS: Role[] = ['label', 'x', 'y', 'series'];

export function chartTable(
  chart: ChartData,
  columns: readonly string[],
  sources: ReadonlyMap<string, SourceEntry>,
  /** The dataset's sidecar, for the labels of the columns the chart does not draw. */
  meta?: DatasetMeta,
): ChartTable {
  const order = ['bar', 'dot', 'range', 'arrow'].includes(chart.type)
    ? HORIZONTAL
    : chart.type === 'scatter'
      ? POINTS
      : VERTICAL;
  const ordered = order.flatMap((role) => (chart.columns[role] ? [{ role, column: chart.columns[role]! }] : []));
  const seen = new Set(ordered.map((n) => n.column.name));
  const others = columns.filter((c) => !seen.has(c));
  const tableColumns: ChartTableColumn[] = [
    ...ordered.map(({ column }) => ({
      key: column.name,
      label: column.unit ? `${column.label} (${column.unit})` : column.label,
      ...(column.kind === 'number' ? { numeric: true } : {}),
    })),
    ...others.map((name) => ({ key: name, label: meta?.columns[name]?.label ?? name })),
    ...provenanceColumns,
  ];
  const provenance = (row: DataRow) => rowProvenance(row, sources);
  const rows = chart.data.map((d) => ({
    ...Object.fromEntries(
      ordered.map(({ role, column }) => [
        column.name,
        column.kind === 'time'
          ? dateWords(d.row.cells[column.name])
          : roleText(chart, d, role).replace(/^(at least|more than|about|nearly) /, ''),
      ]),
    ),
    ...Object.fromEntries(others.map((name) => [name, d.row.cells[name]])),
    ...provenance(d.row),
  }));
  const raw = chart.data.map((d) => ({ ...d.row.cells, ...provenance(d.row) }));
  return { columns: tableColumns, rows, raw };
}
