import { z } from 'astro/zod';
import { dateText, oneOf, slug, text } from './fields.ts';

export const sourceKinds = [
  'documented count',
  'modelled estimate',
  'party claim',
  'news report',
  'official statement',
  'official statistics',
  'survey',
  'dataset',
  'research',
] as const;

/** Addresses that are not a citation (DESIGN §4): staging hosts, proxies, mirrors, machine translation. */
const notCitable =
  /(staging|acquiaprod|translate\.google|webcache|web\.archive\.org|webarchive|newssniffer|freenews-en)/i;

/** One place a figure or statement was read. */
export const sourceSchema = z.strictObject({
  /** Stable id that data rows cite in their `source` column. */
  id: slug,
  /** Who produced the figure or said the words (e.g. Syrian Observatory for Human Rights). */
  originator: text,
  /** Where it was read (e.g. dpa, Reuters, The Seattle Times). */
  outlet: text,
  /** The page's title, or a short description. */
  title: text,
  /** The outlet's own address; leave out rather than cite a mirror or a machine translation. */
  url: z
    .url({ error: (iss) => `"${String(iss.input)}" is not a web address` })
    .refine((url) => !notCitable.test(url), {
      error: 'is a staging, proxy, mirror or machine-translation address: link the outlet itself, or leave url out',
    })
    .optional(),
  /** When the outlet published it (YYYY-MM-DD, YYYY-MM, "about …"). */
  published: dateText,
  /** confirmed: stated in the text read; secondary: reported second-hand. */
  confidence: oneOf(['confirmed', 'secondary']),
  /** True when the quote below is our translation. */
  translated: z.boolean({ error: 'must be true or false' }).default(false),
  /** What kind of evidence this is. */
  kind: oneOf(sourceKinds),
  /** The exact words read, in the original language. */
  quote: text.optional(),
  /** Our translation of the quote, when translated. */
  translation: text.optional(),
  /** Anything a reader should know about how it was said or read, e.g. "Rami Abdel-Rahman to dpa". */
  note: text.optional(),
});

export const sourcesFileSchema = z.array(sourceSchema, { error: 'the sources file must be a list of sources' });
export type SourceEntry = z.output<typeof sourceSchema>;
