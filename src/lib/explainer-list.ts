import { getCollection, type CollectionEntry } from 'astro:content';
import { throwEntryProblems } from './story-problems.ts';

/**
 * Drafts show in `npm run dev` and in a DRAFTS=1 preview build, never in a production
 * build, so an embargoed story cannot reach the public host.
 */
export const showDrafts = import.meta.env.DEV || process.env.DRAFTS === '1';

export function explainerSlug(entry: CollectionEntry<'explainers'>): string {
  return entry.data.slug ?? entry.id;
}

/** Explainers that get a page: published ones, plus drafts in previews. */
export async function explainerPages(): Promise<CollectionEntry<'explainers'>[]> {
  return getCollection('explainers', (entry) => !entry.data.draft || showDrafts);
}

/**
 * Explainers that are listed (home page, feeds, sitemap): published only, newest first. A list
 * shows each one's front matter, so in `npm run dev` one that failed to load shows its problems.
 */
export async function listedExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  const published = await getCollection('explainers', (entry) => !entry.data.draft);
  throwEntryProblems(published);
  return published.sort(
    (a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt) || explainerSlug(a).localeCompare(explainerSlug(b)),
  );
}
