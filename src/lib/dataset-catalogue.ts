import { getCollection } from 'astro:content';
import { throwEntryProblems } from './story-problems.ts';
import { chartDatasetCsv, positionsCsv, timelineCsv } from './dataset-csv.ts';
import type { SourceEntry } from '../schemas/source.ts';

export interface DatasetListing {
  id: string;
  kind: 'chart data' | 'timeline' | 'positions';
  path: string;
  rows: number;
  sourceIds: string[];
  csv: string;
}

/** Every dataset the site holds, for the data page and its downloads. */
export async function datasetCatalogue(): Promise<{ datasets: DatasetListing[]; sources: Map<string, SourceEntry> }> {
  // It lists every data file: in `npm run dev`, one that failed to load shows its problems, not a shorter list.
  for (const name of ['sources', 'chartData', 'timelines', 'positions'] as const)
    throwEntryProblems(await getCollection(name));
  const sources = new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
  const unique = (ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const charts = (await getCollection('chartData')).map((e): DatasetListing => ({
    id: e.id,
    kind: 'chart data',
    path: e.data.path,
    rows: e.data.rows.length,
    sourceIds: unique(e.data.rows.map((r) => r.source)),
    csv: chartDatasetCsv(e.data.rows, sources),
  }));
  const timelines = (await getCollection('timelines')).map((e): DatasetListing => ({
    id: e.id,
    kind: 'timeline',
    path: e.data.path,
    rows: e.data.events.length,
    sourceIds: unique(e.data.events.map((ev) => ev.source)),
    csv: timelineCsv(e.data.events, sources),
  }));
  const positions = (await getCollection('positions')).map((e): DatasetListing => ({
    id: e.id,
    kind: 'positions',
    path: e.data.path,
    rows: e.data.table.cells.length,
    sourceIds: unique(e.data.table.cells.map((c) => c.source)),
    csv: positionsCsv(e.data.table, sources),
  }));
  return { datasets: [...charts, ...timelines, ...positions].sort((a, b) => a.id.localeCompare(b.id)), sources };
}
