import { ContentError, throwContentErrors } from '../problems/content-error.ts';
import { emptySource, sidecarColumnProblems } from './data-files.ts';
import type { ChartDataset, DataRow, DatasetMeta } from '../schemas/chart-dataset.ts';

/** A dataset with its sidecar, every row carrying the source it rests on. */
export interface ResolvedDataset {
  id: string;
  path: string;
  /** The sidecar's path, when there is one. */
  metaPath?: string;
  columns: string[];
  meta?: DatasetMeta;
  rows: DataRow[];
}

/**
 * `unloaded`: in `npm run dev`, the datasets whose CSV or sidecar holds problems instead of data
 * (src/problems/content-problems.ts). They are left out, and their sidecars are not orphans: the pages
 * that read them show those problems, and every other page works.
 *
 * Joins each CSV to its `<dataset>.meta.yaml` and fills in the dataset's one source where a row
 * names none: a number without a source never reaches a chart or a <Fact>.
 */
export function resolveDatasets(
  csvs: readonly { id: string; data: { path: string; dataset: ChartDataset } }[],
  metas: readonly { id: string; data: { path: string; meta: DatasetMeta } }[],
  unloaded: ReadonlySet<string> = new Set(),
): Map<string, ResolvedDataset> {
  const metaById = new Map(metas.map((m) => [m.id.replace(/\.meta$/, ''), m.data]));
  for (const [id, meta] of metaById) {
    if (!csvs.some((c) => c.id === id) && !unloaded.has(id)) {
      throw new ContentError(
        meta.path,
        1,
        'file',
        `describes "${id}", but there is no src/content/data/${id}.csv beside it`,
      );
    }
  }
  return new Map(
    csvs
      .filter(({ id }) => !unloaded.has(id))
      .map(({ id, data: { path, dataset } }) => {
        const sidecar = metaById.get(id);
        if (sidecar) checkSidecarColumns(sidecar, dataset);
        const one = sidecar?.meta.source;
        if (!dataset.hasSourceColumn && !one) {
          throw new ContentError(
            path,
            1,
            'source',
            `has no "source" column: give every row a source id, or name one source for all rows in src/content/data/${id}.meta.yaml (source: <id>)`,
          );
        }
        const rows = dataset.rows.map((row) => {
          if (row.source) return row;
          if (!one) {
            throw new ContentError(path, row.line, 'source', emptySource(path));
          }
          return { ...row, source: one };
        });
        const resolved: ResolvedDataset = {
          id,
          path,
          columns: dataset.columns,
          rows,
          ...(sidecar ? { meta: sidecar.meta, metaPath: sidecar.path } : {}),
        };
        return [id, resolved];
      }),
  );
}

/** A sidecar names only columns the CSV has: a misspelt one would leave a chart without its label, unit and format. */
function checkSidecarColumns(sidecar: { path: string; meta: DatasetMeta }, dataset: ChartDataset) {
  throwContentErrors(sidecarColumnProblems(sidecar.meta, sidecar.path, dataset));
}
