import { cachedCollection } from '../lib/collection-cache.ts';
import { factIndex, type FactRecord } from '../lib/facts.ts';
import type { SourceEntry } from '../schemas/source.ts';
import { resolveDatasets, type ResolvedDataset } from '../story/datasets.ts';

/** What every story model reads: datasets with their sidecars, the sources registry, facts by id. */
export interface SiteData {
  datasets: ReadonlyMap<string, ResolvedDataset>;
  sources: ReadonlyMap<string, SourceEntry>;
  facts: Map<string, FactRecord>;
}

let last: { inputs: readonly unknown[]; data: SiteData } | undefined;

/**
 * Loaded once per build (the content layer hands out the same arrays; see cachedCollection), and
 * again in dev whenever a file changed, since the content layer then hands out new ones.
 */
export async function siteData(): Promise<SiteData> {
  const inputs = await Promise.all([
    cachedCollection('chartData'),
    cachedCollection('datasetMeta'),
    cachedCollection('sources'),
  ]);
  if (last && last.inputs.every((input, i) => input === inputs[i])) return last.data;
  const [chartData, datasetMeta, sources] = inputs;
  const datasets = resolveDatasets(chartData, datasetMeta);
  const data: SiteData = {
    datasets,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    facts: factIndex(datasets),
  };
  last = { inputs, data };
  return data;
}
