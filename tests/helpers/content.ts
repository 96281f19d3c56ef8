import { parseChartDataset, parseDatasetMeta } from '../../src/loaders/data-files.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';

/** The message a function stops with, or '' when it does not. */
export function errorOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** Datasets from CSV and sidecar texts by name, joined as a build joins src/content/data/. */
export function datasetsFrom(
  csvs: Record<string, string>,
  metas: Record<string, string>,
  sourceIds: ReadonlySet<string>,
) {
  return resolveDatasets(
    Object.entries(csvs).map(([id, text]) => {
      const path = `src/content/data/${id}.csv`;
      return { id, data: { path, dataset: parseChartDataset(text, path, sourceIds) } };
    }),
    Object.entries(metas).map(([id, text]) => {
      const path = `src/content/data/${id}.meta.yaml`;
      return { id: `${id}.meta`, data: { path, meta: parseDatasetMeta(text, path, sourceIds) } };
    }),
  );
}
