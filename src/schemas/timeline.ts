import { z } from 'astro/zod';
import { dateText, slug, text } from './fields.ts';

/** What the wire importer writes for the journalist to replace (src/importer/wire/timeline-suggestions.ts). */
const PLACEHOLDER = /^TODO\b/;

/** Written by a person, not left as the importer's "TODO". */
const written = (what: string) =>
  text.refine((value) => !PLACEHOLDER.test(value), { error: `is still "TODO": write ${what}` });

/** The timeline's own words for a kind of event; shown to readers as written. */
const category = written('a few words for the kind of event').refine((value) => value.length <= 40, {
  error: (iss) => `"${String(iss.input)}" is too long for a category: use a few words (at most 40 characters)`,
});

/** One event on a timeline. */
export const timelineEventSchema = z
  .strictObject({
    /** Unique within the file; becomes the event's anchor. */
    id: slug,
    /** When it happened or is due: 2016-02-27, 2016-02, about 2016-03-24, 2016-02-11/2016-02-12. Leave out for a scheduled event with no date yet. */
    date: dateText.optional(),
    /** A few words. */
    title: written('a few words that name the event'),
    /** One or two sentences. */
    text: text,
    /** What kind of event it is, in this timeline's own words: any short label, shown as written. */
    category,
    /** true: shown in full on the page; the other events are folded under their period, a tap away. */
    key: z.boolean({ error: 'must be true or false' }).optional(),
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
