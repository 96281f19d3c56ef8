import { cachedCollection, everyEntry } from './collection-cache.ts';
import { hasProblems } from '../problems/content-problems.ts';
import { factIndex } from '../provenance/facts.ts';
import { resolveDatasets } from '../loaders/resolved-datasets.ts';
import type { SiteData } from '../story/model.ts';

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
  const unloaded = [...(await everyEntry('chartData')), ...(await everyEntry('datasetMeta'))]
    .filter(hasProblems)
    .map((entry) => entry.id.replace(/\.meta$/, ''));
  const datasets = resolveDatasets(chartData, datasetMeta, new Set(unloaded));
  const data: SiteData = {
    datasets,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    facts: factIndex(datasets),
  };
  last = { inputs, data };
  return data;
}
