import { getCollection } from 'astro:content';
import { siteData } from './site-data.ts';
import { chartDatasetCsv, positionsCsv, timelineCsv } from './dataset-csv.ts';
import { throwEntryProblems } from './story-problems.ts';
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
  for (const name of ['sources', 'chartData', 'datasetMeta', 'timelines', 'positions'] as const)
    throwEntryProblems(await getCollection(name));
  const site = await siteData();
  const sources = new Map(site.sources);
  const unique = (ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const charts = [...site.datasets.values()].map((dataset): DatasetListing => ({
    id: dataset.id,
    kind: 'chart data',
    path: dataset.path,
    rows: dataset.rows.length,
    sourceIds: unique(dataset.rows.map((r) => r.source)),
    csv: chartDatasetCsv(dataset, sources),
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
