import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { dataFileLoader, sourcesLoader } from './loaders/content-loader.ts';
import { explainerLoader } from './loaders/explainer-loader.ts';
import {
  parseChartDataset,
  parseDatasetMeta,
  parsePositions,
  parseTimeline,
  parseTranslation,
  type Positions,
  type TimelineEvent,
  type Translation,
} from './loaders/data-files.ts';
import { defaultLang } from './words/editions.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { galleryPageSchema } from './schemas/gallery.ts';
import { sourceSchema } from './schemas/source.ts';
import type { ChartDataset, DatasetMeta } from './schemas/chart-dataset.ts';

/** The repository-relative path of a data file, for `path:line` messages at render time. */
const path = z.string();

/** One MDX file per story: src/content/explainers/<slug>.mdx. The loader checks the front matter (the schema gives the types). */
const explainers = defineCollection({ loader: explainerLoader(), schema: explainerSchema });

/** Pages of example figures: src/content/gallery/<slug>.mdx, at /charts/ for the chart chooser. */
const gallery = defineCollection({
  loader: glob({ base: './src/content/gallery', pattern: '**/*.mdx' }),
  schema: galleryPageSchema,
});

/** Every source a figure, event or cell cites: src/content/sources.yaml. */
const sources = defineCollection({ loader: sourcesLoader(), schema: sourceSchema });

/** Chart datasets: src/content/data/*.csv, tidy, any header (reserved: id, source, qualifier, announced, note). */
const chartData = defineCollection({
  loader: dataFileLoader({
    match: (name) => name.endsWith('.csv'),
    parse: (...args) => ({ dataset: parseChartDataset(...args) }),
  }),
  schema: z.object({ path, dataset: z.custom<ChartDataset>() }),
});

/** What a journalist says about a dataset, beside it: src/content/data/<dataset>.meta.yaml (id "<dataset>.meta"). */
const datasetMeta = defineCollection({
  loader: dataFileLoader({
    match: (name) => name.endsWith('.meta.yaml'),
    parse: (...args) => ({ meta: parseDatasetMeta(...args) }),
  }),
  schema: z.object({ path, meta: z.custom<DatasetMeta>() }),
});

/** Timelines: src/content/data/*-timeline.yaml, a list of events. */
const timelines = defineCollection({
  loader: dataFileLoader({
    match: (name) => /-timeline\.ya?ml$/.test(name),
    parse: (...args) => ({ events: parseTimeline(...args) }),
  }),
  schema: z.object({ path, events: z.custom<TimelineEvent[]>() }),
});

/** Positions tables: src/content/data/*-positions.yaml, questions, parties and cells. */
const positions = defineCollection({
  loader: dataFileLoader({
    match: (name) => /-positions\.ya?ml$/.test(name),
    parse: (...args) => ({ table: parsePositions(...args) }),
  }),
  schema: z.object({ path, table: z.custom<Positions>() }),
});

/** A data file's words in an edition's language: src/content/data/<file>.<lang>.yaml (id "<file>.<lang>"). */
const translations = defineCollection({
  loader: dataFileLoader({
    match: (name) => /\.[a-z]{2,3}\.ya?ml$/.test(name) && !name.endsWith('.meta.yaml'),
    parse: (text, file) => ({ translation: parseTranslation(text, file, defaultLang) }),
  }),
  schema: z.object({ path, translation: z.custom<Translation>() }),
});

export const collections = {
  explainers,
  gallery,
  sources,
  chartData,
  datasetMeta,
  timelines,
  positions,
  translations,
};
