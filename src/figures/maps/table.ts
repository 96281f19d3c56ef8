import type { DatasetMeta } from '../../schemas/chart-dataset.ts';
import type { SourceEntry } from '../../schemas/source.ts';
import { formatValue } from '../../format/numbers.ts';
import { provenanceColumns, rowProvenance, type ChartTable, type ChartTableColumn } from '../figure-table.ts';
import type { MapData, MapRole } from './types.ts';

/**
 * The rows a map draws, as a table: the place or area first, then its value or position, the
 * dataset's other columns, then where each row was read. The page's table shows `rows`; the CSV
 * download writes `raw` (the cells as written).
 */
const ORDER: MapRole[] = ['label', 'country', 'value', 'lat', 'lon', 'symbol'];

export function mapTable(
  map: MapData,
  columns: readonly string[],
  sources: ReadonlyMap<string, SourceEntry>,
  meta?: DatasetMeta,
): ChartTable {
  const named = ORDER.flatMap((role) => (map.columns[role] ? [{ role, column: map.columns[role]! }] : []));
  const seen = new Set(named.map((n) => n.column.name));
  const others = columns.filter((c) => !seen.has(c));
  const tableColumns: ChartTableColumn[] = [
    ...named.map(({ column }) => ({
      key: column.name,
      label: column.unit ? `${column.label} (${column.unit})` : column.label,
      ...(column.kind === 'number' ? { numeric: true } : {}),
    })),
    ...others.map((name) => ({ key: name, label: meta?.columns[name]?.label ?? name })),
    ...provenanceColumns,
  ];
  const rows = map.places.map((place) => ({
    ...Object.fromEntries(
      named.map(({ role, column }) => {
        const cell = place.row.cells[column.name];
        // Values read as their column writes them; degrees and names exactly as written.
        return [column.name, role === 'value' && place.value !== undefined ? formatValue(place.value, column) : cell];
      }),
    ),
    ...Object.fromEntries(others.map((name) => [name, place.row.cells[name]])),
    ...rowProvenance(place.row, sources),
  }));
  const raw = map.places.map((place) => ({ ...place.row.cells, ...rowProvenance(place.row, sources) }));
  return { columns: tableColumns, rows, raw };
}
