import type { APIRoute } from 'astro';
import { pageHref } from '../site/urls.ts';

/** Everything may be crawled but embeds (marked noindex too); the sitemap is named absolutely. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: ${pageHref('embed/')}\n\nSitemap: ${new URL(pageHref('sitemap-index.xml'), site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
