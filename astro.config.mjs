// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkParagraphAnchors } from './src/remark/remark-paragraph-anchors.ts';
import { remarkKnownComponents } from './src/remark/remark-known-components.ts';
import { remarkContentIsData } from './src/remark/remark-content-is-data.ts';
import { contentMistakes } from './src/integrations/content-mistakes.ts';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache.ts';

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Drafts may be built (DRAFTS=1 previews) but are never listed: the sitemap skips them too. */
const draftPaths = readdirSync('src/content/explainers', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const frontMatter = readFileSync(`src/content/explainers/${name}`, 'utf8').split(/^---\s*$/m)[1] ?? '';
    if (!/^draft:\s*true\s*$/m.test(frontMatter)) return [];
    // An edition, <lang>/<slug>.mdx, is served at /<lang>/explainers/<slug>/.
    const [lang, file] = name.includes('/') ? name.split('/') : ['', name];
    const slug = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(frontMatter)?.[1] ?? file.replace(/\.mdx$/, '');
    return [`${lang ? `/${lang}` : ''}/explainers/${slug}/`];
  });

/** Local default for absolute URLs (feeds, canonical, cards); deployers set SITE. */
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  integrations: [
    mdx(),
    // `npm run dev` only: content mistakes in the browser and the terminal as the build words them.
    contentMistakes(),
    // `npm run build` only: stories unchanged since the last build are not compiled again.
    mdxCompileCache(),
    // Embeds are noindex and drafts never listed; neither belongs in the sitemap.
    sitemap({
      filter: (page) =>
        !/\/embed\//.test(page) && !page.endsWith('/404/') && !draftPaths.some((path) => page.endsWith(path)),
    }),
  ],
  security: {
    // Astro hashes the site's own styles and scripts into a <meta> CSP; nothing inline runs unless hashed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // Astro 7's default processor runs no remark plugins; ours number paragraphs and check tags.
    // The content rules run first: a story that breaks them is never compiled into code.
    processor: unified({ remarkPlugins: [remarkContentIsData, remarkKnownComponents, remarkParagraphAnchors] }),
  },
  // concurrency: pages wait while worker threads draw charts and cards (src/render/worker-pool.ts);
  // meanwhile Astro renders other pages. Output does not depend on the order.
  build: { inlineStylesheets: 'always', format: 'directory', concurrency: 4 },
  vite: {
    // From a plugin, not `vite.define`: Astro hashes `vite.define` into its incremental-build record,
    // and an absolute path there would make a cache restored into another checkout useless.
    plugins: [
      {
        name: 'explainers:source-dir',
        config: () => ({
          define: { __SOURCE_DIR__: JSON.stringify(fileURLToPath(new URL('./src/', import.meta.url))) },
        }),
      },
    ],
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() cacheKey (src/build/page-cache-key.ts) and code are unchanged are
  // copied from the last build, not rendered; scripts/build.mjs checks those copies first.
  experimental: { incrementalBuild: true },
});
