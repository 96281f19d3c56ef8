import { getCollection, type CollectionEntry } from 'astro:content';
import { explainerHref, pageHref } from './urls.ts';
import { throwEntryProblems } from './story-problems.ts';
import type { FigurePage } from './figure-page.ts';

export type { FigurePage };

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

/** Every page that gets figure embeds and CSV downloads: explainers with pages, and the gallery. */
export async function figurePages(): Promise<FigurePage[]> {
  return [...(await explainerPages()), ...(await getCollection('gallery'))];
}

/** The slug in a figure's embed and CSV addresses. */
export function pageSlug(entry: FigurePage): string {
  return entry.collection === 'explainers' ? explainerSlug(entry) : entry.id;
}

/** The page's own address, base included. */
export function pageAddress(entry: FigurePage): string {
  return entry.collection === 'explainers'
    ? explainerHref(explainerSlug(entry))
    : pageHref(entry.id === 'chart-forms' ? 'charts/' : `charts/${entry.id}/`);
}
