import { z } from 'astro/zod';
import { dateText, oneOf, slug, text } from './fields.ts';

export const timelineCategories = ['uprising', 'military', 'diplomacy', 'talks', 'ceasefire', 'casualties'] as const;

/** One event on a timeline. */
export const timelineEventSchema = z
  .strictObject({
    /** Unique within the file; becomes the event's anchor. */
    id: slug,
    /** When it happened or is due: 2016-02-27, 2016-02, about 2016-03-24, 2016-02-11/2016-02-12. Leave out for a scheduled event with no date yet. */
    date: dateText.optional(),
    /** A few words. */
    title: text,
    /** One or two sentences. */
    text: text,
    /** What kind of event it is. */
    category: oneOf(timelineCategories),
    /** A source id from src/content/sources.yaml. */
    source: slug.optional(),
    /** Exact words from the story; the build links the paragraph that holds them. */
    quote: text.optional(),
  })
  .refine((event) => event.source || event.quote, {
    error: 'needs evidence: a source id, or a quote from the story',
    path: ['source'],
  });

export const timelineFileSchema = z
  .array(timelineEventSchema, { error: 'a timeline file must be a list of events' })
  .superRefine((events, ctx) => {
    const seen = new Set<string>();
    events.forEach((event, i) => {
      if (seen.has(event.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `"${event.id}" is used by an earlier event: ids must be unique`,
        });
      seen.add(event.id);
    });
  });

export type TimelineEventInput = z.output<typeof timelineEventSchema>;
