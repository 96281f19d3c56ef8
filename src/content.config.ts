import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { dataFileLoader, describedCsv, sidecarNamesSource, sourcesLoader } from './loaders/content-loader.ts';
import { explainerLoader } from './loaders/explainer-loader.ts';
import { imageFileLoader } from './loaders/image-loader.ts';
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
import { parseShapes, type ShapesFile } from './figures/maps/shapes.ts';

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
    parse: (text, file, ids, root) => ({
      dataset: parseChartDataset(text, file, ids, { sidecarNamesSource: sidecarNamesSource(file, root) }),
    }),
  }),
  schema: z.object({ path, dataset: z.custom<ChartDataset>() }),
});

/** What a journalist says about a dataset, beside it: src/content/data/<dataset>.meta.yaml (id "<dataset>.meta"). */
const datasetMeta = defineCollection({
  loader: dataFileLoader({
    match: (name) => name.endsWith('.meta.yaml'),
    parse: (text, file, ids, root) => ({ meta: parseDatasetMeta(text, file, ids, describedCsv(file, root)) }),
  }),
  schema: z.object({ path, meta: z.custom<DatasetMeta>() }),
});

/** Timelines: src/content/data/*-timeline.yaml, a list of events. */
const timelines = defineCollection({
  loader: dataFileLoader({
    match: (name) => /-timeline\.ya?ml$/.test(name),
    parse: (text, file, ids) => ({ events: parseTimeline(text, file, ids) }),
  }),
  schema: z.object({ path, events: z.custom<TimelineEvent[]>() }),
});

/** Positions tables: src/content/data/*-positions.yaml, questions, parties and cells. */
const positions = defineCollection({
  loader: dataFileLoader({
    match: (name) => /-positions\.ya?ml$/.test(name),
    parse: (text, file, ids) => ({ table: parsePositions(text, file, ids) }),
  }),
  schema: z.object({ path, table: z.custom<Positions>() }),
});

/** Pictures for <Image>: src/content/images/<file>, id the file name; `src` is the picture for astro:assets. */
const images = defineCollection({
  loader: imageFileLoader(),
  schema: ({ image }) => z.object({ src: image() }),
});
/** Custom map boundaries: src/content/data/*.geojson or *.topojson, their source in <name>.meta.yaml. */
const mapShapes = defineCollection({
  loader: dataFileLoader({
    match: (name) => /\.(geojson|topojson)$/.test(name),
    parse: (text, file) => ({ shapes: parseShapes(text, file) }),
  }),
  schema: z.object({ path, shapes: z.custom<Omit<ShapesFile, 'name'>>() }),
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
  images,
  mapShapes,
  translations,
};
