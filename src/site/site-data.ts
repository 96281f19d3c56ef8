import { cachedCollection, everyEntry } from './collection-cache.ts';
import { hasProblems } from '../problems/content-problems.ts';
import { factIndex } from '../provenance/facts.ts';
import { resolveDatasets } from '../loaders/resolved-datasets.ts';
import type { SiteData } from '../story/model.ts';
import { resolveShapesFiles } from '../story/map-shapes.ts';

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
    cachedCollection('mapShapes'),
  ]);
  if (last && last.inputs.every((input, i) => input === inputs[i])) return last.data;
  const [chartData, datasetMeta, sources, mapShapes] = inputs;
  const unloaded = [...(await everyEntry('chartData')), ...(await everyEntry('datasetMeta'))]
    .filter(hasProblems)
    .map((entry) => entry.id.replace(/\.meta$/, ''));
  // A shapes file's sidecar names its source; every other sidecar describes a CSV.
  const shapeIds = new Set(mapShapes.map((e) => e.id));
  const datasets = resolveDatasets(
    chartData,
    datasetMeta.filter(
      (m) => !shapeIds.has(m.id.replace(/\.meta$/, '')) || chartData.some((c) => `${c.id}.meta` === m.id),
    ),
    new Set(unloaded),
  );
  const data: SiteData = {
    datasets,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    facts: factIndex(datasets),
    shapes: resolveShapesFiles(mapShapes, datasetMeta),
  };
  last = { inputs, data };
  return data;
}
