import { z } from 'astro/zod';
import { dateText, emptyOr, factText, slug, text, withoutFactTokens } from './fields.ts';
import { defaultLang, editionLangs, isEditionLang } from '../words/editions.ts';

export const dayDate = dateText.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
  error: 'must be a day: YYYY-MM-DD',
});

/** An explainer's front matter. A draft may leave dek, key points and updatedAt empty; a published story may not. */
export const explainerSchema = z
  .strictObject({
    /** The headline. */
    title: text,
    /** One sentence that sums the story up. */
    dek: withoutFactTokens(z.string()).default(''),
    /** The address: /explainers/<slug>/. Defaults to the file name. An edition takes its original's (its file name). */
    slug: slug.optional(),
    /**
     * An edition in another language: src/content/explainers/<lang>/<slug>.mdx, served at
     * /<lang>/explainers/<slug>/. The site's own language is left out.
     */
    lang: z
      .string()
      .refine((lang) => isEditionLang(lang) && lang !== defaultLang, {
        error: `must be one of the site's other editions: ${editionLangs.filter((l) => l !== defaultLang).join(', ')} (src/words/editions.ts)`,
      })
      .optional(),
    /** The byline and agency credits, as printed. */
    credit: withoutFactTokens(z.string()).default(''),
    /** Source ids for the places the story itself ran; the credit links them. */
    creditSources: z.array(slug).default([]),
    /** The city the story was filed from, e.g. MOSCOW. */
    dateline: withoutFactTokens(z.string()).default(''),
    /** First publication, YYYY-MM-DD. Data published later appears only in a dated update. */
    publishedAt: emptyOr(dayDate).default(''),
    /** Last substantive update, YYYY-MM-DD. */
    updatedAt: emptyOr(dayDate).default(''),
    /** Three to five bullets a reader can stop after; `{{fact-id}}` prints a number from the data. */
    keyPoints: z.array(factText).default([]),
    /** Dated corrections and updates, newest last. */
    corrections: z.array(z.strictObject({ date: dayDate, text })).default([]),
    /** Editor's notes on how the text was handled; `paragraph` links the story paragraph concerned. */
    notes: z.array(z.strictObject({ text, paragraph: z.number().int().positive().optional() })).default([]),
    /** Drafts show in `npm run dev` and DRAFTS=1 previews only. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .superRefine((story, ctx) => {
    if (story.draft) return;
    const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (!story.dek.trim()) need('dek', 'is empty: a published story needs a dek (or set draft: true)');
    if (!story.publishedAt) need('publishedAt', 'is empty: a published story needs its date (or set draft: true)');
    if (!story.updatedAt)
      need('updatedAt', 'is empty: a published story needs updatedAt, the same as publishedAt if never updated');
    if (story.keyPoints.length < 3 || story.keyPoints.length > 5)
      need('keyPoints', `has ${story.keyPoints.length} points: a published story needs three to five`);
    if (!story.credit.trim()) need('credit', 'is empty: a published story needs a credit line');
    if (story.updatedAt && story.publishedAt && story.updatedAt < story.publishedAt)
      need('updatedAt', `${story.updatedAt} is before publishedAt ${story.publishedAt}`);
  });

export type ExplainerData = z.output<typeof explainerSchema>;
