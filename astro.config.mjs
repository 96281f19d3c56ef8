// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkParagraphAnchors } from './src/remark/remark-paragraph-anchors.ts';
import { remarkKnownComponents } from './src/remark/remark-known-components.ts';

/** Local default for absolute URLs (feeds, canonical, cards); deployers set SITE. */
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor runs no remark plugins; ours number paragraphs and check tags.
    processor: unified({ remarkPlugins: [remarkKnownComponents, remarkParagraphAnchors] }),
  },
  build: { inlineStylesheets: 'always', format: 'directory' },
  devToolbar: { enabled: false },
});
