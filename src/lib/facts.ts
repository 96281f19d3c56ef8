import { ContentError } from './content-error.ts';
import type { ChartRow } from '../charts/types.ts';

export interface FactRecord {
  row: ChartRow;
  /** The dataset file, for messages. */
  path: string;
}

/** The last index built and the datasets it was built from (see factIndex). */
let last: { datasets: readonly object[]; index: Map<string, FactRecord> } | undefined;

/**
 * Every chart row by id, so `<Fact id>` and `{{id}}` in key points read the very number the chart draws.
 * Every page asks for the same index: the content layer hands out the same data objects for the
 * whole build, so the index is built once, not once per page (which grew with pages × rows); a
 * changed file in dev brings new objects and a new index. The map is shared: do not change it.
 */
export function factIndex(datasets: readonly { path: string; rows: readonly ChartRow[] }[]): Map<string, FactRecord> {
  if (last && last.datasets.length === datasets.length && last.datasets.every((data, i) => data === datasets[i]))
    return last.index;
  const index = new Map<string, FactRecord>();
  for (const { path, rows } of datasets) {
    for (const row of rows) {
      const earlier = index.get(row.id);
      if (earlier)
        throw new ContentError(
          path,
          row.line,
          'id',
          `"${row.id}" is also the id of a row in ${earlier.path}:${earlier.row.line}: fact ids must be unique across datasets`,
        );
      index.set(row.id, { row, path });
    }
  }
  last = { datasets: [...datasets], index };
  return index;
}

export function lookupFact(index: Map<string, FactRecord>, id: string, file: string, line: number): FactRecord {
  const fact = index.get(id);
  if (!fact) throw new ContentError(file, line, 'fact', `"${id}" is not the id of any row in src/content/data/*.csv`);
  return fact;
}

/** Splits text with `{{fact-id}}` tokens into plain strings and fact records. */
export function splitFacts(
  text: string,
  index: Map<string, FactRecord>,
  file: string,
  line: number,
): (string | FactRecord)[] {
  return text
    .split(/\{\{\s*([a-z0-9-]+)\s*\}\}/)
    .map((part, i) => (i % 2 === 1 ? lookupFact(index, part, file, line) : part));
}
