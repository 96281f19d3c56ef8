import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './content-error.ts';
import { citedSourceIds } from './cited-sources.ts';
import { factIndex, splitFacts } from './facts.ts';
import { parseStory, storyParagraphs } from './story-tree.ts';
import { explainerHref } from './urls.ts';
import { explainerSlug } from './explainer-list.ts';
import type { StoryContext } from './story-context.ts';

/** Everything a story page needs besides its rendered MDX: context for figures, key points with facts, cited sources. */
export async function loadStory(entry: CollectionEntry<'explainers'>, embedded = false) {
  const path = entry.filePath ?? `src/content/explainers/${entry.id}.mdx`;
  const tree = parseStory(entry.body ?? '');
  const slug = explainerSlug(entry);
  const story: StoryContext = { slug, path, href: explainerHref(slug), publishedAt: entry.data.publishedAt, paragraphs: storyParagraphs(tree), embedded };
  const [chartData, timelines, positions, sources] = await Promise.all([
    getCollection('chartData'), getCollection('timelines'), getCollection('positions'), getCollection('sources'),
  ]);
  const facts = factIndex(chartData.map((e) => e.data));
  const frontMatterLine = (field: string) => lineOfField(path, field);
  const keyPoints = entry.data.keyPoints.map((text) => splitFacts(text, facts, path, frontMatterLine('keyPoints')));
  const keyPointFacts = keyPoints.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.row.id]));
  const ids = citedSourceIds(
    tree,
    {
      chartData: new Map(chartData.map((e) => [e.id, e.data])),
      timelines: new Map(timelines.map((e) => [e.id, e.data])),
      positions: new Map(positions.map((e) => [e.id, e.data])),
      facts,
    },
    keyPointFacts,
    entry.data.creditSources,
  );
  const registry = new Map(sources.map((e) => [e.id, e.data]));
  for (const id of entry.data.creditSources) {
    if (!registry.has(id)) throw new ContentError(path, frontMatterLine('creditSources'), 'creditSources', `"${id}" is not in the sources registry (src/content/sources.yaml)`);
  }
  return { story, keyPoints, citedSources: ids.map((id) => registry.get(id)!).filter(Boolean), creditSources: entry.data.creditSources.map((id) => registry.get(id)!) };
}

/** Astro keeps no positions for front matter; the field's line is looked up in the file, for messages only. */
function lineOfField(path: string, field: string): number {
  if (!existsSync(path)) return 1;
  const index = readFileSync(path, 'utf8').split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index + 1 || 1;
}
