import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { explainerPages, explainerSlug } from '../../site/explainer-list.ts';
import { socialCardTask } from '../../lib/social-card.ts';
import { runTask } from '../../lib/worker-pool.ts';
import { siteConfig } from '../../site.config.ts';
import { formatDate, parseDate } from '../../lib/dates.ts';
import { throwEntryProblems } from '../../site/story-problems.ts';

/** One social card per explainer, generated at build time. */
export const getStaticPaths = (async () =>
  (await explainerPages()).map((entry) => ({
    params: { slug: explainerSlug(entry) },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'explainers'> };
  // In `npm run dev`, a story whose front matter failed to load (src/lib/content-problems.ts).
  throwEntryProblems([entry]);
  const { data } = entry;
  const png = await runTask(socialCardTask, {
    title: data.title,
    dek: data.dek,
    site: siteConfig.name,
    date: data.publishedAt ? formatDate(parseDate(data.publishedAt)) : 'Draft',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
