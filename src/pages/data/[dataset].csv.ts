import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCatalogue } from '../../site/dataset-catalogue.ts';
import { pageCacheKey } from '../../build/page-cache-key.ts';

/** Whole datasets, one CSV each, linked from the data page. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await datasetCatalogue()).datasets.map(async (dataset) => ({
      params: { dataset: dataset.id },
      props: { csv: dataset.csv },
      // The file is this text and nothing else.
      cacheKey: await pageCacheKey(() => dataset.csv),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
