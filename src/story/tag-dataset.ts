import { splitByAsOf, type PublishedDates } from '../provenance/as-of.ts';
import { didYouMean } from '../problems/nearest.ts';
import type { DataRow } from '../schemas/chart-dataset.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';

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
    throw fail(
      'dataset',
      `"${name}" is not a dataset in src/content/data${didYouMean(name ?? '', datasets.keys())}: use one of ${known}`,
    );
  }
  const { known, later } = splitByAsOf(dataset.rows, story.publishedAt, sources);
  if (known.length === 0)
    throw fail('dataset', `${dataset.path} has no rows published by ${story.publishedAt}, the story's date`);
  return { dataset, known, later };
}
