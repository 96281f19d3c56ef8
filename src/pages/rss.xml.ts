import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { explainerSlug, listedExplainers } from '../site/explainer-list.ts';
import { explainerHref } from '../site/urls.ts';
import { siteConfig } from '../site.config.ts';

/** The feed of published explainers, newest first, with absolute URLs. */
export const GET: APIRoute = async (context) => {
  const explainers = await listedExplainers();
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: new URL(explainerHref('').replace(/explainers\/$/, ''), context.site).href,
    items: explainers.map((entry) => ({
      title: entry.data.title,
      description: entry.data.dek,
      pubDate: new Date(`${entry.data.publishedAt}T00:00:00Z`),
      link: new URL(explainerHref(explainerSlug(entry)), context.site).href,
      author: entry.data.credit,
    })),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
