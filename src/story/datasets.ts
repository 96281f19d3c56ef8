import { splitByAsOf, type PublishedDates } from '../lib/as-of.ts';
import { ContentError } from '../lib/content-error.ts';
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
 * Joins each CSV to its `<dataset>.meta.yaml` and fills in the dataset's one source where a row
 * names none: a number without a source never reaches a chart or a <Fact>.
 */
export function resolveDatasets(
  csvs: readonly { id: string; data: { path: string; dataset: ChartDataset } }[],
  metas: readonly { id: string; data: { path: string; meta: DatasetMeta } }[],
): Map<string, ResolvedDataset> {
  const metaById = new Map(metas.map((m) => [m.id.replace(/\.meta$/, ''), m.data]));
  for (const [id, meta] of metaById) {
    if (!csvs.some((c) => c.id === id)) {
      throw new ContentError(
        meta.path,
        1,
        'file',
        `describes "${id}", but there is no src/content/data/${id}.csv beside it`,
      );
    }
  }
  return new Map(
    csvs.map(({ id, data: { path, dataset } }) => {
      const sidecar = metaById.get(id);
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
          throw new ContentError(
            path,
            row.line,
            'source',
            `is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/${id}.meta.yaml)`,
          );
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

/**
 * The dataset a figure tag names, with its rows split by the story's date: the rows it may show
 * (at least one, or the build stops at the tag) and those published later.
 */
export function tagDataset(
  name: string | undefined,
  datasets: ReadonlyMap<string, ResolvedDataset>,
  story: { publishedAt: string },
  sources: PublishedDates,
  fail: (field: string, message: string) => Error,
): { dataset: ResolvedDataset; known: DataRow[]; later: DataRow[] } {
  const dataset = datasets.get(name ?? '');
  if (!dataset) {
    const known = [...datasets.keys()].map((k) => `"${k}"`).join(', ') || 'none yet (add src/content/data/<name>.csv)';
    throw fail('dataset', `"${name}" is not a dataset in src/content/data: use one of ${known}`);
  }
  const { known, later } = splitByAsOf(dataset.rows, story.publishedAt, sources);
  if (known.length === 0)
    throw fail('dataset', `${dataset.path} has no rows published by ${story.publishedAt}, the story's date`);
  return { dataset, known, later };
}
