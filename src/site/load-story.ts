import { existsSync, readFileSync } from 'node:fs';
import { cachedCollection } from './collection-cache.ts';
import { frontMatterLines } from '../lib/front-matter-lines.ts';
import { jsxElements, jsxProps, storyParagraphs, type StoryParagraph } from '../lib/story-tree.ts';
import { bodyLineOffset, storyFigures, storyTree, type StoryFigure } from './story-figures.ts';
import { pageAddress, pageSlug, type FigurePage } from './explainer-list.ts';
import type { StoryContext } from '../lib/story-context.ts';
import { siteData } from './site-data.ts';
import { throwStoryProblems } from './story-problems.ts';
import { buildStoryModel, type StoryModel } from '../story/model.ts';

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
    publishedAt: entry.data.publishedAt,
    paragraphs: paragraphsOf(entry),
    embedded: embed !== undefined,
  };
}

/** A story's paragraphs by body, in a production build, where content cannot change (its page and each embed ask). */
const paragraphsByBody = new Map<string, StoryParagraph[]>();

function paragraphsOf(entry: FigurePage): StoryParagraph[] {
  if (import.meta.env?.PROD !== true) return storyParagraphs(storyTree(entry));
  const body = entry.body ?? '';
  let paragraphs = paragraphsByBody.get(body);
  if (!paragraphs) paragraphsByBody.set(body, (paragraphs = storyParagraphs(storyTree(entry))));
  return paragraphs;
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
  if (import.meta.env?.PROD !== true) return buildModel(entry, only);
  const key = `${entry.collection}/${entry.id}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = buildModel(entry)));
  return model;
}

async function buildModel(entry: FigurePage, only?: StoryFigure): Promise<StoryModel> {
  const story = entry.collection === 'explainers' ? entry.data : { keyPoints: [], creditSources: [] };
  const path = storyPath(entry);
  const tree = storyTree(entry);
  const figures = only ? [only] : storyFigures(entry);
  const [site, timelines, positions] = await Promise.all([
    siteData(),
    cachedCollection('timelines'),
    cachedCollection('positions'),
  ]);
  const offset = bodyLineOffset(entry);
  const factTags = only
    ? []
    : jsxElements(tree)
        .filter((element) => element.name === 'Fact')
        .map((element) => ({ id: jsxProps(element).id ?? '', line: offset + (element.position?.start.line ?? 1) }));
  const lineOf = lineOfField(path);
  return buildStoryModel(
    {
      path,
      publishedAt: entry.data.publishedAt,
      paragraphs: paragraphsOf(entry),
      figures,
      factTags,
      keyPoints: only ? [] : story.keyPoints,
      keyPointsLine: lineOf('keyPoints'),
      creditSources: story.creditSources,
      creditSourcesLine: lineOf('creditSources'),
      tree,
      timelines: new Map(timelines.map((e) => [e.id, e.data])),
      positions: new Map(positions.map((e) => [e.id, e.data])),
    },
    site,
  );
}

/** Astro keeps no positions for front matter; a field's line is looked up in the file, for messages only. */
function lineOfField(path: string): (field: string) => number {
  if (!existsSync(path)) return () => 1;
  const lineOf = frontMatterLines(readFileSync(path, 'utf8'));
  return (field) => lineOf([field]);
}
