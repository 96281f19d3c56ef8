import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { frontMatterLines } from '../loaders/front-matter-lines.ts';
import { explainerHref, pageHref } from './urls.ts';
import { ContentError, throwContentErrors } from '../problems/content-error.ts';
import { defaultLang } from '../words/editions.ts';
import { throwEntryProblems } from './story-problems.ts';
import type { FigurePage } from './figure-page.ts';

export type { FigurePage };

/**
 * Drafts show in `npm run dev` and in a DRAFTS=1 preview build, never in a production
 * build, so an embargoed story cannot reach the public host.
 */
export const showDrafts = import.meta.env.DEV || process.env.DRAFTS === '1';

/** An edition's slug is its file name under its language's folder: its original's slug. */
export function explainerSlug(entry: CollectionEntry<'explainers'>): string {
  const { lang, slug } = entry.data;
  return lang ? entry.id.slice(lang.length + 1) : (slug ?? entry.id);
}

const hasPage = (entry: CollectionEntry<'explainers'>) => !entry.data.draft || showDrafts;

/** Explainers in the site's own language that get a page: published ones, plus drafts in previews. */
export async function explainerPages(): Promise<CollectionEntry<'explainers'>[]> {
  return getCollection('explainers', (entry) => !entry.data.lang && hasPage(entry));
}

/**
 * Editions in other languages that get a page (src/content/explainers/<lang>/<slug>.mdx), each
 * checked: in its language's folder, named for an original, not renaming itself with `slug:`.
 */
export async function editionPages(): Promise<CollectionEntry<'explainers'>[]> {
  const all = await getCollection('explainers');
  const originals = new Set(all.filter((entry) => !entry.data.lang).map(explainerSlug));
  const editions = all.filter((entry) => entry.data.lang);
  throwContentErrors(
    editions.flatMap((entry) => {
      const file = entry.filePath ?? `src/content/explainers/${entry.id}.mdx`;
      const line = (field: string) => frontMatterLines(readFileSync(file, 'utf8'))([field]);
      const lang = entry.data.lang!;
      if (!entry.id.startsWith(`${lang}/`) || entry.id.split('/').length !== 2)
        return [
          new ContentError(
            file,
            line('lang'),
            'lang',
            `is ${lang}: the file belongs in src/content/explainers/${lang}/`,
          ),
        ];
      if (entry.data.slug)
        return [
          new ContentError(
            file,
            line('slug'),
            'slug',
            "an edition takes its original's slug, its file name: remove it",
          ),
        ];
      if (!originals.has(explainerSlug(entry)))
        return [
          new ContentError(
            file,
            line('lang'),
            'lang',
            `no story in src/content/explainers/ has the slug "${explainerSlug(entry)}": an edition is named for its original`,
          ),
        ];
      return [];
    }),
  );
  return editions.filter(hasPage);
}

/** A page in each language of the same story, for hreflang links and the link between editions. */
export async function storyEditions(
  entry: CollectionEntry<'explainers'>,
): Promise<{ lang: string; href: string; entry: CollectionEntry<'explainers'> }[]> {
  const slug = explainerSlug(entry);
  const pages = [...(await explainerPages()), ...(await editionPages())];
  return pages
    .filter((page) => explainerSlug(page) === slug)
    .map((page) => ({ lang: page.data.lang ?? defaultLang, href: explainerHref(slug, page.data.lang), entry: page }));
}

/**
 * Explainers that are listed (home page, feeds, sitemap): published only, newest first. A list
 * shows each one's front matter, so in `npm run dev` one that failed to load shows its problems.
 */
export async function listedExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  // Editions are listed with their language's pages once those exist (docs/authoring.md, "Editions").
  const published = await getCollection('explainers', (entry) => !entry.data.draft && !entry.data.lang);
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
    ? explainerHref(explainerSlug(entry), entry.data.lang)
    : pageHref(entry.id === 'chart-forms' ? 'charts/' : `charts/${entry.id}/`);
}
