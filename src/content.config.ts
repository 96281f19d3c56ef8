import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { dataFileLoader, sourcesLoader } from './lib/content-loader.ts';
import { explainerLoader } from './lib/explainer-loader.ts';
import {
  parseChartDataset,
  parsePositions,
  parseTimeline,
  type Positions,
  type TimelineEvent,
} from './lib/datasets.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { sourceSchema } from './schemas/source.ts';
import type { ChartRow } from './charts/types.ts';

/** The repository-relative path of a data file, for `path:line` messages at render time. */
const path = z.string();

/** One MDX file per story: src/content/explainers/<slug>.mdx. The loader checks the front matter (the schema gives the types). */
const explainers = defineCollection({ loader: explainerLoader(), schema: explainerSchema });

/** Every source a figure, event or cell cites: src/content/sources.yaml. */
const sources = defineCollection({ loader: sourcesLoader(), schema: sourceSchema });

/** Chart datasets: src/content/data/*.csv, columns id,series,kind,scope,date,announced,value,qualifier,source,note. */
const chartData = defineCollection({
  loader: dataFileLoader({
    match: (name) => name.endsWith('.csv'),
    parse: (...args) => ({ rows: parseChartDataset(...args) }),
  }),
  schema: z.object({ path, rows: z.custom<ChartRow[]>() }),
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

export const collections = { explainers, sources, chartData, timelines, positions };
