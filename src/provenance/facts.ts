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

/** A fact with the column it quotes, when the tag or token names one (`<Fact column>`, `{{id.column}}`). */
export interface FactRef extends FactRecord {
  column?: string;
}

/** How a model keys a quoted number: its row id, and the column when one is named. */
export function factKey(id: string, column?: string): string {
  return column ? `${id}.${column}` : id;
}

/**
 * The number a fact quotes, as its column writes it, with its qualifier ("about 470,000"): the
 * named column; else the `value` column, or the dataset's only column of numbers.
 */
export function factText(fact: FactRef, file: string, line: number): string {
  const { dataset, row } = fact;
  if (fact.column !== undefined && !dataset.columns.includes(fact.column)) {
    throw new ContentError(
      file,
      line,
      'column',
      `"${fact.column}" is not a column of ${dataset.path}, which holds row "${row.id}": use one of ${dataset.columns.map((c) => `"${c}"`).join(', ')}`,
    );
  }
  const numeric = dataset.columns.filter((c) =>
    dataset.rows.every((r) => r.cells[c] === '' || parseNumber(r.cells[c]) !== undefined),
  );
  const column =
    fact.column ?? (dataset.columns.includes('value') ? 'value' : numeric.length === 1 ? numeric[0] : undefined);
  if (!column) {
    throw new ContentError(
      file,
      line,
      'fact',
      `"${row.id}" is a row of ${dataset.path}, which has no "value" column and ${numeric.length} columns of numbers: name the one to quote, e.g. <Fact id="${row.id}" column="${numeric[0] ?? dataset.columns[0]}" /> (in keyPoints {{${row.id}.${numeric[0] ?? dataset.columns[0]}}})`,
    );
  }
  const cell = row.cells[column];
  const value = parseNumber(cell);
  if (value === undefined)
    throw new ContentError(
      dataset.path,
      row.line,
      column,
      `"${cell}" is not a number, so <Fact id="${row.id}"${fact.column ? ` column="${column}"` : ''}/> cannot quote it`,
    );
  const decimals = Math.max(0, ...dataset.rows.map((r) => writtenDecimals(r.cells[column] ?? '')));
  // As the chart writes it, in the sidecar's scale, then the unit it counts: "about 9.7 billion tonnes".
  const said = dataset.meta?.columns[column];
  const style = { format: said?.format ?? 'number', decimals, ...(said?.scale ? { scale: said.scale } : {}) };
  const text = withUnit(formatValue(value, style), { format: style.format, unit: said?.unit });
  return row.qualifier ? `${row.qualifier} ${text}` : text;
}

/** `{{fact-id}}` or `{{fact-id.column}}`: where key points print a number from the data. */
const factToken = /\{\{\s*([a-z0-9-]+)(?:\.([^\s{}]+))?\s*\}\}/;

/** Splits text with `{{fact-id}}` tokens into plain strings and facts (with the column a token names). */
export function splitFacts(
  text: string,
  index: Map<string, FactRecord>,
  file: string,
  line: number,
): (string | FactRef)[] {
  // split() with two groups: text, id, column (or undefined), text, id, column…
  const parts = text.split(factToken);
  const out: (string | FactRef)[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    out.push(parts[i]);
    if (i + 1 < parts.length) {
      const record = lookupFact(index, parts[i + 1], file, line);
      out.push(parts[i + 2] === undefined ? record : { ...record, column: parts[i + 2] });
    }
  }
  return out;
}

/** The fact ids a text's `{{…}}` tokens name. */
export function factTokenIds(text: string): string[] {
  return text.split(factToken).filter((_part, i) => i % 3 === 1);
}
