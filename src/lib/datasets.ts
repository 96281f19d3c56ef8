import { ContentError } from './content-error.ts';
import { readCsvRecords } from './csv-records.ts';
import { readYaml } from './yaml-records.ts';
import { validate } from './validate.ts';
import { lastDay, parseDate } from './dates.ts';
import { sourcesFileSchema, type SourceEntry } from '../schemas/source.ts';
import { chartColumns, chartRowSchema } from '../schemas/chart-dataset.ts';
import { timelineFileSchema } from '../schemas/timeline.ts';
import { positionsFileSchema } from '../schemas/positions.ts';
import type { ChartRow } from '../charts/types.ts';
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

export function parseChartDataset(text: string, file: string, sourceIds: ReadonlySet<string>): ChartRow[] {
  const located = readCsvRecords(text, file, chartColumns);
  const rows = validate(z.array(chartRowSchema), located, file);
  checkUnique(
    rows.map((r) => r.id),
    (i) => located.lineOf([i]),
    file,
  );
  return rows.map((row, i) => {
    const line = located.lineOf([i]);
    checkSource(row.source, sourceIds, file, line);
    return { ...row, asOf: lastDay(parseDate(row.date)), line };
  });
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

function checkSource(id: string, sourceIds: ReadonlySet<string>, file: string, line: number) {
  if (!sourceIds.has(id))
    throw new ContentError(file, line, 'source', `"${id}" is not in the sources registry (src/content/sources.yaml)`);
}

function checkUnique(ids: string[], lineOf: (i: number) => number, file: string) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      throw new ContentError(
        file,
        lineOf(i),
        'id',
        `"${id}" is already used on line ${lineOf(seen.get(id)!)}: ids must be unique`,
      );
    seen.set(id, i);
  });
}

export type TimelineEvent = ReturnType<typeof parseTimeline>[number];
export type Positions = ReturnType<typeof parsePositions>;
