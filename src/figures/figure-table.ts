import type { DataRow } from '../schemas/chart-dataset.ts';
import type { SourceEntry } from '../schemas/source.ts';

/**
 * The one table shape every data figure (chart, map, table) gives its "show the data" table and its CSV,
 * and the one provenance definition: the columns that say where each row was read, always last.
 */
export interface ChartTableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface ChartTable {
  columns: ChartTableColumn[];
  rows: Record<string, string>[];
  raw: Record<string, string>[];
}

/** Where each row's figure was read, after its data: a table's and a CSV's last columns (every figure kind's). */
export const provenanceColumns: ChartTableColumn[] = [
  { key: 'qualifier', label: 'Qualifier' },
  { key: 'announced', label: 'Announced' },
  { key: 'source', label: 'Source' },
  { key: 'outlet', label: 'Read at' },
  { key: 'url', label: 'Address' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'note', label: 'Note' },
  { key: 'id', label: 'Row id' },
];

/** One row's provenance cells, by the keys of provenanceColumns. */
export function rowProvenance(row: DataRow, sources: ReadonlyMap<string, SourceEntry>): Record<string, string> {
  const source = sources.get(row.source);
  // Rows reach here with a registry id (src/story/datasets.ts); this guards a caller that passes another registry.
  if (!source)
    throw new Error(
      `row "${row.id}" (line ${row.line}) cites source "${row.source}", which is not in the sources registry`,
    );
  return {
    qualifier: row.qualifier,
    announced: row.announced,
    source: source.originator,
    outlet: source.outlet,
    url: source.url ?? '',
    confidence: source.confidence,
    note: row.note,
    id: row.id,
  };
}
