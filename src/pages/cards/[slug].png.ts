import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { explainerPages, explainerSlug } from '../../site/explainer-list.ts';
import { socialCardTask } from '../../render/social-card.ts';
import { runTask } from '../../render/worker-pool.ts';
import { pageCacheKey } from '../../build/page-cache-key.ts';
import { siteConfig } from '../../site.config.ts';
import { formatDate, parseDate } from '../../dates/index.ts';
import { throwEntryProblems } from '../../site/story-problems.ts';
import { wordsFor } from '../../words/catalog.ts';
import { editionFor } from '../../words/editions.ts';

/** What a story's card shows, in its edition's words and direction: nothing else decides its bytes. */
export function cardText({ data }: CollectionEntry<'explainers'>) {
  const edition = editionFor(data.lang);
  return {
    title: data.title,
    dek: data.dek,
    site: siteConfig.name,
    date: data.publishedAt ? formatDate(parseDate(data.publishedAt), edition) : wordsFor(edition).t('card.draft'),
    // Only an edition that is not left to right says so, so other cards keep their cache keys.
    ...(edition.dir === 'rtl' ? { dir: edition.dir } : {}),
  };
}

/** One social card per explainer, generated at build time. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await explainerPages()).map(async (entry) => ({
      params: { slug: explainerSlug(entry) },
      props: { entry },
      cacheKey: await pageCacheKey(() => cardText(entry)),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'explainers'> };
  // In `npm run dev`, a story whose front matter failed to load (src/problems/content-problems.ts).
  throwEntryProblems([entry]);
  // Astro's incremental build keeps the PNG itself, under this page's key: nothing to cache here.
  const png = await runTask(socialCardTask, cardText(entry));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
