import { ContentError } from '../problems/content-error.ts';
import { formatValue, parseNumber, withUnit, writtenDecimals } from '../format/numbers.ts';
import type { DataRow } from '../schemas/chart-dataset.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';

export interface FactRecord {
  row: DataRow;
  dataset: ResolvedDataset;
}

/** The last index built and the datasets it was built from (see factIndex). */
let last: { datasets: ReadonlyMap<string, ResolvedDataset>; index: Map<string, FactRecord> } | undefined;

/**
 * Every dataset row that has an id, so `<Fact id>` and `{{id}}` read the very number the chart
 * draws. Built once per set of datasets (every page asks); ids are unique across datasets.
 */
export function factIndex(datasets: ReadonlyMap<string, ResolvedDataset>): Map<string, FactRecord> {
  if (last?.datasets === datasets) return last.index;
  const index = new Map<string, FactRecord>();
  for (const dataset of datasets.values()) {
    for (const row of dataset.rows) {
      if (!row.id) continue;
      const earlier = index.get(row.id);
      if (earlier)
        throw new ContentError(
          dataset.path,
          row.line,
          'id',
          `"${row.id}" is also the id of a row in ${earlier.dataset.path}:${earlier.row.line}: fact ids must be unique across datasets`,
        );
      index.set(row.id, { row, dataset });
    }
  }
  last = { datasets, index };
  return index;
}

export function lookupFact(index: Map<string, FactRecord>, id: string, file: string, line: number): FactRecord {
  const fact = index.get(id);
  if (!fact) throw new ContentError(file, line, 'fact', `"${id}" is not the id of any row in src/content/data/*.csv`);
  return fact;
}

/**
 * The number a fact quotes, as its column writes it, with its qualifier ("about 470,000"): the
 * `value` column, or the dataset's only column of numbers.
 */
export function factText(fact: FactRecord, file: string, line: number): string {
  const { dataset, row } = fact;
  const numeric = dataset.columns.filter((c) =>
    dataset.rows.every((r) => r.cells[c] === '' || parseNumber(r.cells[c]) !== undefined),
  );
  const column = dataset.columns.includes('value') ? 'value' : numeric.length === 1 ? numeric[0] : undefined;
  if (!column) {
    throw new ContentError(
      file,
      line,
      'fact',
      `"${row.id}" is a row of ${dataset.path}, which has no "value" column and ${numeric.length} columns of numbers: name the quoted column "value"`,
    );
  }
  const cell = row.cells[column];
  const value = parseNumber(cell);
  if (value === undefined)
    throw new ContentError(
      dataset.path,
      row.line,
      column,
      `"${cell}" is not a number, so <Fact id="${row.id}"/> cannot quote it`,
    );
  const decimals = Math.max(0, ...dataset.rows.map((r) => writtenDecimals(r.cells[column] ?? '')));
  // As the chart writes it, in the sidecar's scale, then the unit it counts: "about 9.7 billion tonnes".
  const said = dataset.meta?.columns[column];
  const style = { format: said?.format ?? 'number', decimals, ...(said?.scale ? { scale: said.scale } : {}) };
  const text = withUnit(formatValue(value, style), { format: style.format, unit: said?.unit });
  return row.qualifier ? `${row.qualifier} ${text}` : text;
}
/** `{{fact-id}}`: where key points print a number from the data. */
const factToken = /\{\{\s*([a-z0-9-]+)\s*\}\}/;

/** Splits text with `{{fact-id}}` tokens into plain strings and fact records. */
export function splitFacts(
  text: string,
  index: Map<string, FactRecord>,
  file: string,
  line: number,
): (string | FactRecord)[] {
  return text.split(factToken).map((part, i) => (i % 2 === 1 ? lookupFact(index, part, file, line) : part));
}

/** The fact ids a text's `{{…}}` tokens name. */
export function factTokenIds(text: string): string[] {
  return text.split(factToken).filter((_part, i) => i % 2 === 1);
}
