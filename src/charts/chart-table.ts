import type { ChartContext, ChartRow, ChartTable, TableColumn } from './types.ts';
import { formatCount } from '../lib/format.ts';

/**
 * The rows a chart draws, as text: the same cells feed the <details> table on the page and the
 * CSV download, so the two cannot disagree. One row per drawn figure, with where it was read.
 */

const SCOPE_WORDS: Record<ChartRow['scope'], string> = { all: 'all', civilians: 'civilians only' };

export function chartTable(rows: readonly ChartRow[], ctx: ChartContext, seriesLabel = 'Publisher'): ChartTable {
  const columns: TableColumn[] = [
    { key: 'series', label: seriesLabel },
    { key: 'kind', label: 'Kind' },
    { key: 'scope', label: 'People counted' },
    { key: 'date', label: 'Period (as written)' },
    { key: 'asOf', label: 'As of' },
    { key: 'announced', label: 'Announced' },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'value', label: 'Value', numeric: true },
    { key: 'source', label: 'Source' },
    { key: 'outlet', label: 'Read at' },
    { key: 'url', label: 'Address' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'note', label: 'Note' },
    { key: 'id', label: 'Row id' },
  ];
  return {
    columns,
    rows: rows.map((row) => {
      const source = ctx.sources.get(row.source);
      // The content loader already refuses unknown ids; this guards a view that invents rows.
      if (!source)
        throw new Error(
          `chart row "${row.id}" (line ${row.line}) cites source "${row.source}", which is not in the sources registry`,
        );
      return {
        series: row.series,
        kind: row.kind,
        scope: SCOPE_WORDS[row.scope],
        date: row.date,
        asOf: row.asOf,
        announced: row.announced,
        qualifier: row.qualifier,
        value: formatCount(row.value),
        source: source.originator,
        outlet: source.outlet,
        url: source.url ?? '',
        confidence: source.confidence,
        note: row.note,
        id: row.id,
      };
    }),
  };
}
