import { existsSync, readFileSync } from 'node:fs';
import { cachedCollection } from './collection-cache.ts';
import { jsxElements, jsxProps, parseStory, storyParagraphs, type StoryParagraph } from '../lib/story-tree.ts';
import { bodyLineOffset, storyFigures } from './story-figures.ts';
import { pageAddress, pageSlug, type FigurePage } from './explainer-list.ts';
import type { StoryContext } from '../lib/story-context.ts';
import { siteData } from './site-data.ts';
import { buildStoryModel, type StoryModel } from '../story/model.ts';

/** What a figure needs to know about its story, on its page or (embedded) on an embed page. */
export function storyContext(entry: FigurePage, embedded = false): StoryContext {
  const slug = pageSlug(entry);
  const paragraphs = paragraphsOf(entry.body ?? '');
  return {
    slug,
    path: storyPath(entry),
    href: pageAddress(entry),
    publishedAt: entry.data.publishedAt,
    paragraphs,
    embedded,
  };
}

/** A story's paragraphs by body, in a production build, where content cannot change (its page and each embed ask). */
const paragraphsByBody = new Map<string, StoryParagraph[]>();

function paragraphsOf(body: string): StoryParagraph[] {
  if (import.meta.env?.PROD !== true) return storyParagraphs(parseStory(body));
  let paragraphs = paragraphsByBody.get(body);
  if (!paragraphs) paragraphsByBody.set(body, (paragraphs = storyParagraphs(parseStory(body))));
  return paragraphs;
}

function storyPath(entry: FigurePage): string {
  return entry.filePath ?? `src/content/${entry.collection}/${entry.id}.mdx`;
}

/** Story models by entry, in a production build: the page, each embed page and each CSV route ask. */
const models = new Map<string, Promise<StoryModel>>();

/** The story model (src/story/model.ts) of one explainer, built once per build. */
export function loadStory(entry: FigurePage): Promise<StoryModel> {
  if (import.meta.env?.PROD !== true) return buildModel(entry);
  const key = `${entry.collection}/${entry.id}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = buildModel(entry)));
  return model;
}

async function buildModel(entry: FigurePage): Promise<StoryModel> {
  const story = entry.collection === 'explainers' ? entry.data : { keyPoints: [], creditSources: [] };
  const path = storyPath(entry);
  const tree = parseStory(entry.body ?? '');
  const figures = storyFigures(entry);
  const [site, timelines, positions] = await Promise.all([
    siteData(),
    cachedCollection('timelines'),
    cachedCollection('positions'),
  ]);
  const offset = bodyLineOffset(entry);
  const factTags = jsxElements(tree)
    .filter((element) => element.name === 'Fact')
    .map((element) => ({ id: jsxProps(element).id ?? '', line: offset + (element.position?.start.line ?? 1) }));
  return buildStoryModel(
    {
      path,
      publishedAt: entry.data.publishedAt,
      paragraphs: paragraphsOf(entry.body ?? ''),
      figures,
      factTags,
      keyPoints: story.keyPoints,
      keyPointsLine: lineOfField(path, 'keyPoints'),
      creditSources: story.creditSources,
      creditSourcesLine: lineOfField(path, 'creditSources'),
      tree,
      timelines: new Map(timelines.map((e) => [e.id, e.data])),
      positions: new Map(positions.map((e) => [e.id, e.data])),
    },
    site,
  );
}

/** Astro keeps no positions for front matter; the field's line is looked up in the file, for messages only. */
function lineOfField(path: string, field: string): number {
  if (!existsSync(path)) return 1;
  const index = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .findIndex((line) => line.startsWith(`${field}:`));
  return index + 1 || 1;
}
