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

/**
 * `{{…}}` typed in a story's text (after the front matter), where MDX would stop at it with "Could
 * not parse expression with acorn": the story's text quotes a number with <Fact id="…" />.
 */
export function factTokensInStory(fileText: string, file: string): ContentError[] {
  const lines = fileText.split(/\r?\n/);
  const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1 : 0;
  const problems: ContentError[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (i < bodyStart) return;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const token = fenced ? null : /\{\{\s*([^{}]*?)\s*\}\}/.exec(line.replace(/`[^`]*`/g, ''));
    if (token)
      problems.push(
        new ContentError(
          file,
          i + 1,
          'fact',
          `{{${token[1]}}} prints a number only in keyPoints: in the story's text write <Fact id="${token[1]}" />`,
        ),
      );
  });
  return problems;
}
