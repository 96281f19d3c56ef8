import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCatalogue } from '../../site/dataset-catalogue.ts';

/** Whole datasets, one CSV each, linked from the data page. */
export const getStaticPaths = (async () =>
  (await datasetCatalogue()).datasets.map((dataset) => ({
    params: { dataset: dataset.id },
    props: { csv: dataset.csv },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
