import { z } from 'astro/zod';
import { text } from './fields.ts';
import { dayDate } from './explainer.ts';

/** A page of example figures (src/content/gallery/<slug>.mdx), such as the chart chooser's gallery. */
export const galleryPageSchema = z.strictObject({
  /** The page's heading. */
  title: text,
  /** One sentence on what the page shows. */
  dek: text,
  /** The date its figures are read as of: data published later appears only in a dated update. */
  publishedAt: dayDate,
});
