import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * What a reader of an edition sees of a data file, in the edition's language, beside the file:
 * src/content/data/<file>.<lang>.yaml (syria-positions.ar.yaml). The numbers stay in the one
 * original file; this one holds words. For now: each quote of the original, as written there
 * (`en`), and the same words as the edition prints them (`ar`), which must be found in the
 * edition's text. Labels, notes and summaries follow (docs/authoring.md, "Editions").
 */
export const translationFileSchema = z.strictObject({
  quotes: z.array(z.record(z.string(), text)).default([]),
});
