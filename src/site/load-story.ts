import { existsSync, readFileSync } from 'node:fs';
import { cachedCollection } from './collection-cache.ts';
import { frontMatterLines } from '../loaders/front-matter-lines.ts';
import { jsxElements, jsxProps, storyParagraphs, type StoryParagraph } from '../loaders/story-tree.ts';
import { bodyLineOffset, storyFigures, storyTree, type StoryFigure } from './story-figures.ts';
import { pageAddress, pageSlug, type FigurePage } from './explainer-list.ts';
import type { StoryContext } from './story-context.ts';
import { siteData } from './site-data.ts';
import { throwStoryProblems } from './story-problems.ts';
import { buildStoryModel, type SiteData, type StoryModel } from '../story/model.ts';
import { quoteTranslator } from '../story/evidence-figures.ts';
import { pictureFiles } from '../loaders/image-loader.ts';
import { readRecorder, storedReads, storeReads, type Reads } from '../build/recorded-reads.ts';

/**
 * What a figure needs to know about its story, on its page or on an embed page (`embed`, the one
 * figure it shows). First, the problems `npm run dev` found in the files the page reads
 * (src/site/story-problems.ts): the page shows those, not what is left without the file.
 */
export async function storyContext(entry: FigurePage, embed?: StoryFigure): Promise<StoryContext> {
  await throwStoryProblems(entry, embed);
  return {
    slug: pageSlug(entry),
    path: storyPath(entry),
    href: pageAddress(entry),
    publishedAt: asOf(entry),
    paragraphs: paragraphsOf(entry),
    embedded: embed !== undefined,
  };
}

/** A story's paragraphs by body, in a production build, where content cannot change (its page and each embed ask). */
const paragraphsByBody = new Map<string, StoryParagraph[]>();

function paragraphsOf(entry: FigurePage): StoryParagraph[] {
  if (import.meta.env.PROD !== true) return storyParagraphs(storyTree(entry));
  const body = entry.body ?? '';
  let paragraphs = paragraphsByBody.get(body);
  if (!paragraphs) paragraphsByBody.set(body, (paragraphs = storyParagraphs(storyTree(entry))));
  return paragraphs;
}

/**
 * The date a story's figures are shown as of: its publishedAt. A draft may have none yet
 * (`npm run new` leaves it for the journalist); it is previewed as of today, and cannot be
 * published without one (src/schemas/explainer.ts).
 */
function asOf(entry: FigurePage): string {
  return entry.data.publishedAt || new Date().toISOString().slice(0, 10);
}

function storyPath(entry: FigurePage): string {
  return entry.filePath ?? `src/content/${entry.collection}/${entry.id}.mdx`;
}

/** Story models by entry, in a production build: the page, each embed page and each CSV route ask. */
const models = new Map<string, Promise<StoryModel>>();

/**
 * The story model (src/story/model.ts) of one page, built once per build. In `npm run dev` an embed
 * page or a download (`only`: its one figure) resolves that figure alone, so a broken file another
 * figure reads does not stop it.
 */
export async function loadStory(entry: FigurePage, only?: StoryFigure): Promise<StoryModel> {
  await throwStoryProblems(entry, only);
  if (import.meta.env.PROD !== true) return buildModel(entry, only);
  const key = `${entry.collection}/${entry.id}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = buildModel(entry)));
  return model;
}

/** Everything of a story's entry its pages can show: where it is, its text, its front matter. */
export function entryParts(entry: FigurePage): unknown[] {
  return [entry.collection, entry.id, entry.filePath, entry.body, entry.data];
}

type TimelineData = CollectionData<'timelines'>;
type PositionsData = CollectionData<'positions'>;
type TranslationData = CollectionData<'translations'>;
type CollectionData<C extends 'timelines' | 'positions' | 'translations'> = Awaited<
  ReturnType<typeof cachedCollection<C>>
>[number]['data'];

/** What story models are built from, besides their own entry: every kind of data a model can look up. */
export interface StoryData {
  site: SiteData;
  timelines: ReadonlyMap<string, TimelineData>;
  positions: ReadonlyMap<string, PositionsData>;
  /** Data files' words in other languages, by "<file>.<lang>". */
  translations: ReadonlyMap<string, TranslationData>;
}

let lastData: { inputs: readonly unknown[]; data: StoryData } | undefined;

export async function storyData(): Promise<StoryData> {
  const inputs = await Promise.all([
    siteData(),
    cachedCollection('timelines'),
    cachedCollection('positions'),
    cachedCollection('translations'),
  ]);
  if (lastData && lastData.inputs.every((input, i) => input === inputs[i])) return lastData.data;
  const [site, timelines, positions, translations] = inputs;
  const data = {
    site,
    timelines: new Map(timelines.map((e) => [e.id, e.data])),
    positions: new Map(positions.map((e) => [e.id, e.data])),
    translations: new Map(translations.map((e) => [e.id, e.data])),
  };
  lastData = { inputs, data };
  return data;
}

/** Each kind of data by the name recorded reads use (src/build/recorded-reads.ts). */
export function dataByKind({
  site,
  timelines,
  positions,
  translations,
}: StoryData): Record<string, ReadonlyMap<string, unknown>> {
  return {
    datasets: site.datasets,
    sources: site.sources,
    facts: site.facts,
    timelines,
    positions,
    translations,
    shapes: site.shapes ?? new Map(),
  };
}

/** In a production build, what each story's model read (see storyReads). */
const readsByEntry = new Map<string, Reads>();

/**
 * What the story's model reads of the site's data: recorded by an earlier build for this very
 * entry, or by building the model now. In a production build only.
 */
export async function storyReads(entry: FigurePage): Promise<Reads> {
  const key = `${entry.collection}/${entry.id}`;
  const known = readsByEntry.get(key) ?? storedReads(entryParts(entry));
  if (known) return known;
  await loadStory(entry);
  const reads = readsByEntry.get(key);
  if (!reads) throw new Error(`storyReads: the model of ${key} recorded no reads`);
  return reads;
}

async function buildModel(entry: FigurePage, only?: StoryFigure): Promise<StoryModel> {
  const story = entry.collection === 'explainers' ? entry.data : { keyPoints: [], creditSources: [] };
  const path = storyPath(entry);
  const tree = storyTree(entry);
  const figures = only ? [only] : storyFigures(entry);
  const data = await storyData();
  // A whole model in a production build notes what it reads, so a rebuild can tell whether it changed.
  const recorder = import.meta.env.PROD === true && !only ? readRecorder() : undefined;
  const watch = <V>(kind: string, map: ReadonlyMap<string, V>): Map<string, V> =>
    recorder?.watch(kind, map) ?? (map as Map<string, V>);
  const offset = bodyLineOffset(entry);
  const factTags = only
    ? []
    : jsxElements(tree)
        .filter((element) => element.name === 'Fact')
        .map((element) => {
          const { id = '', column } = jsxProps(element);
          return {
            id,
            ...(column !== undefined ? { column } : {}),
            line: offset + (element.position?.start.line ?? 1),
          };
        });
  const imageTags = only
    ? []
    : jsxElements(tree)
        .filter((element) => element.name === 'Image')
        .map((element) => ({ props: tagProps(element), line: offset + (element.position?.start.line ?? 1) }));
  const lineOf = lineOfField(path);
  const model = buildStoryModel(
    {
      path,
      publishedAt: asOf(entry),
      paragraphs: paragraphsOf(entry),
      figures,
      factTags,
      imageTags,
      imageFiles: imageTags.length > 0 ? pictureFiles() : [],
      keyPoints: only ? [] : story.keyPoints,
      keyPointsLine: lineOf('keyPoints'),
      creditSources: story.creditSources,
      creditSourcesLine: lineOf('creditSources'),
      tree,
      timelines: watch('timelines', data.timelines),
      positions: watch('positions', data.positions),
      translateQuote:
        entry.collection === 'explainers' && entry.data.lang
          ? quoteTranslator(entry.data.lang, watch('translations', data.translations))
          : undefined,
    },
    {
      datasets: watch('datasets', data.site.datasets),
      sources: watch('sources', data.site.sources),
      facts: watch('facts', data.site.facts),
      shapes: watch('shapes', data.site.shapes ?? new Map()),
    },
  );
  if (recorder) {
    const reads = recorder.reads();
    readsByEntry.set(`${entry.collection}/${entry.id}`, reads);
    storeReads(entryParts(entry), reads);
  }
  return model;
}

/** Astro keeps no positions for front matter; a field's line is looked up in the file, for messages only. */
function lineOfField(path: string): (field: string) => number {
  if (!existsSync(path)) return () => 1;
  const lineOf = frontMatterLines(readFileSync(path, 'utf8'));
  return (field) => lineOf([field]);
}

/** A tag's props, a bare attribute (`decorative`) as "". */
function tagProps(element: Parameters<typeof jsxProps>[0]): Record<string, string | undefined> {
  const props = jsxProps(element);
  for (const attribute of element.attributes)
    if (attribute.type === 'mdxJsxAttribute' && attribute.value === null) props[attribute.name] = '';
  return props;
}
