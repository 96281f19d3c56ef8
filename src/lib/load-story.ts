import { existsSync, readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { cachedCollection } from './collection-cache.ts';
import { ContentError } from './content-error.ts';
import { citedSourceIds } from './cited-sources.ts';
import { factIndex, splitFacts } from './facts.ts';
import { frontMatterLines } from './front-matter-lines.ts';
import { storyTree, type StoryFigure } from './story-figures.ts';
import { throwStoryProblems } from './story-problems.ts';
import { storyParagraphs, type StoryParagraph } from './story-tree.ts';
import { explainerHref } from './urls.ts';
import { explainerSlug } from './explainer-list.ts';
import type { StoryContext } from './story-context.ts';

/**
 * What a figure needs to know about its story (see StoryContext). Embed pages need no more, and
 * name the one figure they show (`embed`); the story's page also checks its key points and
 * sources, so a mistake there still stops the build. First, the problems `npm run dev` found in
 * the files the page reads (src/lib/story-problems.ts).
 */
export async function storyContext(entry: CollectionEntry<'explainers'>, embed?: StoryFigure): Promise<StoryContext> {
  const embedded = embed !== undefined;
  await throwStoryProblems(entry, embed);
  const slug = explainerSlug(entry);
  const paragraphs = paragraphsOf(entry);
  return {
    slug,
    path: storyPath(entry),
    href: explainerHref(slug),
    publishedAt: entry.data.publishedAt,
    paragraphs,
    embedded,
  };
}

/** A story's paragraphs by body, in a production build, where content cannot change (its page and each embed ask). */
const paragraphsByBody = new Map<string, StoryParagraph[]>();

function paragraphsOf(entry: CollectionEntry<'explainers'>): StoryParagraph[] {
  if (import.meta.env?.PROD !== true) return storyParagraphs(storyTree(entry));
  const body = entry.body ?? '';
  let paragraphs = paragraphsByBody.get(body);
  if (!paragraphs) paragraphsByBody.set(body, (paragraphs = storyParagraphs(storyTree(entry))));
  return paragraphs;
}

function storyPath(entry: CollectionEntry<'explainers'>): string {
  return entry.filePath ?? `src/content/explainers/${entry.id}.mdx`;
}

/** Everything a story page needs besides its rendered MDX: context for figures, key points with facts, cited sources. */
export async function loadStory(entry: CollectionEntry<'explainers'>) {
  const path = storyPath(entry);
  const story = await storyContext(entry);
  const tree = storyTree(entry);
  const [chartData, timelines, positions, sources] = await Promise.all([
    cachedCollection('chartData'),
    cachedCollection('timelines'),
    cachedCollection('positions'),
    cachedCollection('sources'),
  ]);
  const facts = factIndex(chartData.map((e) => e.data));
  const frontMatterLine = lineOfField(path);
  const keyPoints = entry.data.keyPoints.map((text) => splitFacts(text, facts, path, frontMatterLine('keyPoints')));
  const keyPointFacts = keyPoints.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.row.id]));
  const ids = citedSourceIds(
    tree,
    {
      chartData: byId('chartData', chartData),
      timelines: byId('timelines', timelines),
      positions: byId('positions', positions),
      facts,
    },
    keyPointFacts,
    entry.data.creditSources,
  );
  const registry = byId('sources', sources);
  for (const id of entry.data.creditSources) {
    if (!registry.has(id))
      throw new ContentError(
        path,
        frontMatterLine('creditSources'),
        'creditSources',
        `"${id}" is not in the sources registry (src/content/sources.yaml)`,
      );
  }
  return {
    story,
    keyPoints,
    citedSources: ids.map((id) => registry.get(id)!).filter(Boolean),
    creditSources: entry.data.creditSources.map((id) => registry.get(id)!),
  };
}

const maps = new Map<string, { data: readonly unknown[]; map: Map<string, unknown> }>();

/**
 * A collection as a map by id, built once per build rather than once per page (every page and
 * embed loads its story): the content layer keeps each entry's data object for the whole build,
 * and in dev a changed file brings new objects and a new map. The map is shared: do not change it.
 */
function byId<T>(collection: string, entries: readonly { id: string; data: T }[]): Map<string, T> {
  const cached = maps.get(collection);
  if (cached && cached.data.length === entries.length && entries.every((e, i) => e.data === cached.data[i]))
    return cached.map as Map<string, T>;
  const map = new Map(entries.map((e) => [e.id, e.data]));
  maps.set(collection, { data: entries.map((e) => e.data), map });
  return map;
}

/** Astro keeps no positions for front matter; a field's line is looked up in the file, for messages only. */
function lineOfField(path: string): (field: string) => number {
  if (!existsSync(path)) return () => 1;
  const lineOf = frontMatterLines(readFileSync(path, 'utf8'));
  return (field) => lineOf([field]);
}
