import { ContentError, throwContentErrors } from '../problems/content-error.ts';
import { readCsvRecords } from './csv-records.ts';
import { readYaml } from './yaml-records.ts';
import { validate, validateAll } from './validate.ts';
import { didYouMean } from '../problems/nearest.ts';
import { notANumber, parseNumber } from '../format/numbers.ts';
import { sourcesFileSchema, type SourceEntry } from '../schemas/source.ts';
import {
  datasetMetaSchema,
  reservedCellsSchema,
  reservedColumns,
  type ChartDataset,
  type DataRow,
  type DatasetMeta,
} from '../schemas/chart-dataset.ts';
import { timelineFileSchema } from '../schemas/timeline.ts';
import { positionsFileSchema } from '../schemas/positions.ts';
import { translationFileSchema } from '../schemas/translation.ts';
import { z } from 'astro/zod';

/** Content files as text in, validated data out: no file system here, so tests feed strings. */

export function parseSources(text: string, file: string): SourceEntry[] {
  const located = readYaml(text, file);
  const sources = validate(sourcesFileSchema, located, file);
  checkUnique(
    sources.map((s) => s.id),
    (i) => located.lineOf([i, 'id']),
    file,
  );
  return sources;
}

/**
 * A tidy CSV with any header. Reserved columns (id, source, qualifier, announced, note) are
 * checked here; data cells stay text until a chart or a <Fact> says what a column must hold.
 */
export function parseChartDataset(
  text: string,
  file: string,
  sourceIds: ReadonlySet<string>,
  { sidecarNamesSource = false } = {},
): ChartDataset {
  const located = readCsvRecords(text, file);
  const reserved = located.data.map((record) =>
    Object.fromEntries(reservedColumns.map((name) => [name, record[name] ?? ''])),
  );
  // Every mistake of the file at once, in line order, each line's in column order.
  const problems: ContentError[] = [];
  const checked = validateAll(z.array(reservedCellsSchema), { data: reserved, lineOf: located.lineOf }, file);
  if (!checked.ok) problems.push(...checked.errors);
  const cells = checked.ok ? checked.data : reserved.map((r) => reservedCellsSchema.safeParse(r).data);
  problems.push(
    ...uniqueProblems(
      cells.map((r) => r?.id ?? ''),
      (i) => located.lineOf([i]),
      file,
    ),
  );
  const columns = located.header.filter((name) => !(reservedColumns as readonly string[]).includes(name));
  const hasSourceColumn = located.header.includes('source');
  const rows = located.data.map((record, i): DataRow => {
    const line = located.lineOf([i]);
    const row = cells[i];
    if (row?.source && !sourceIds.has(row.source)) problems.push(unknownSource(row.source, file, line));
    if (hasSourceColumn && record.source === '' && !sidecarNamesSource)
      problems.push(new ContentError(file, line, 'source', emptySource(file)));
    const data = Object.fromEntries(columns.map((name) => [name, record[name]]));
    // A column named "value" is what <Fact> quotes: its numbers are checked here, whoever draws them.
    if (data.value !== undefined && data.value !== '' && parseNumber(data.value) === undefined)
      problems.push(new ContentError(file, line, 'value', notANumber(data.value)));
    return { ...(row ?? (reserved[i] as unknown as DataRow)), cells: data, line };
  });
  throwContentErrors(problems.sort((a, b) => a.line - b.line));
  return { path: file, columns, hasSourceColumn, rows };
}

/** Why an empty source cell stops the build, and the two ways to fix it. */
export function emptySource(file: string): string {
  const id = file.replace(/^.*\//, '').replace(/\.csv$/, '');
  return `is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/${id}.meta.yaml)`;
}

/** The sidecar of a dataset: labels, formats, one source for all rows, pinned colours. */
export function parseDatasetMeta(
  text: string,
  file: string,
  sourceIds: ReadonlySet<string>,
  csv?: { path: string; columns: readonly string[] },
): DatasetMeta {
  const located = readYaml(text, file);
  const meta = validate(datasetMetaSchema, located, file);
  if (meta.source) checkSource(meta.source, sourceIds, file, located.lineOf(['source']));
  const columnLines = Object.fromEntries(
    Object.keys(meta.columns).map((name) => [name, located.lineOf(['columns', name])]),
  );
  const described = Object.keys(columnLines).length > 0 ? { ...meta, columnLines } : meta;
  // `csv`: the CSV beside it, when it can be read, so a misspelt column is this file's own mistake.
  if (csv) throwContentErrors(sidecarColumnProblems(described, file, csv));
  return described;
}

/** Columns a sidecar names that its CSV does not have, each at its line, with the nearest name. */
export function sidecarColumnProblems(
  meta: DatasetMeta,
  file: string,
  csv: { path: string; columns: readonly string[] },
): ContentError[] {
  return Object.keys(meta.columns)
    .filter((name) => !csv.columns.includes(name))
    .map(
      (name) =>
        new ContentError(
          file,
          meta.columnLines?.[name] ?? 1,
          name,
          `is not a column of ${csv.path}${didYouMean(name, csv.columns)}: its columns are ${csv.columns.map((c) => `"${c}"`).join(', ')}`,
        ),
    );
}

export function parseTimeline(text: string, file: string, sourceIds: ReadonlySet<string>) {
  const located = readYaml(text, file);
  const events = validate(timelineFileSchema, located, file);
  return events.map((event, i) => {
    if (event.source) checkSource(event.source, sourceIds, file, located.lineOf([i, 'source']));
    // quoteLine: a quote that is not in the story is reported where it is written.
    return { ...event, line: located.lineOf([i]), quoteLine: located.lineOf([i, 'quote']) };
  });
}

export function parsePositions(text: string, file: string, sourceIds: ReadonlySet<string>) {
  const located = readYaml(text, file);
  const positions = validate(positionsFileSchema, located, file);
  const cells = positions.cells.map((cell, i) => {
    if (cell.source) checkSource(cell.source, sourceIds, file, located.lineOf(['cells', i, 'source']));
    return { ...cell, line: located.lineOf(['cells', i]), quoteLine: located.lineOf(['cells', i, 'quote']) };
  });
  return { ...positions, cells };
}

/** One quote of an original data file and the same words in an edition, with the line it is written on. */
export interface QuoteTranslation {
  original: string;
  translated: string;
  line: number;
}
export interface Translation {
  /** The edition's language, from the file name: syria-positions.ar.yaml is Arabic. */
  lang: string;
  quotes: QuoteTranslation[];
}

/** A data file's words in another language (src/schemas/translation.ts). */
export function parseTranslation(text: string, file: string, originalLang: string): Translation {
  const lang = /\.([a-z]{2,3})\.ya?ml$/.exec(file)?.[1] ?? '';
  const located = readYaml(text, file);
  const { quotes } = validate(translationFileSchema, located, file);
  return {
    lang,
    quotes: quotes.map((pair, i) => {
      const line = located.lineOf(['quotes', i]);
      const extra = Object.keys(pair).find((key) => key !== originalLang && key !== lang);
      if (extra)
        throw new ContentError(file, line, extra, `is not a language of this file: write ${originalLang} and ${lang}`);
      for (const key of [originalLang, lang])
        if (!pair[key])
          throw new ContentError(
            file,
            line,
            key,
            `is missing: each quote gives the ${originalLang} words and the ${lang} words`,
          );
      return { original: pair[originalLang], translated: pair[lang], line };
    }),
  };
}

function checkSource(id: string, sourceIds: ReadonlySet<string>, file: string, line: number) {
  if (!sourceIds.has(id)) throw unknownSource(id, file, line);
}

function unknownSource(id: string, file: string, line: number): ContentError {
  return new ContentError(file, line, 'source', `"${id}" is not in the sources registry (src/content/sources.yaml)`);
}

function checkUnique(ids: string[], lineOf: (i: number) => number, file: string) {
  throwContentErrors(uniqueProblems(ids, lineOf, file));
}

function uniqueProblems(ids: string[], lineOf: (i: number) => number, file: string): ContentError[] {
  const seen = new Map<string, number>();
  const problems: ContentError[] = [];
  ids.forEach((id, i) => {
    if (id === '') return; // an unquotable row needs no id
    if (seen.has(id))
      problems.push(
        new ContentError(
          file,
          lineOf(i),
          'id',
          `"${id}" is already used on line ${lineOf(seen.get(id)!)}: ids must be unique`,
        ),
      );
    else seen.set(id, i);
  });
  return problems;
}

export type TimelineEvent = ReturnType<typeof parseTimeline>[number];
export type Positions = ReturnType<typeof parsePositions>;
