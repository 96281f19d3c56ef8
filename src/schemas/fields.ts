import { z } from 'astro/zod';
import { DateError, parseDate } from '../dates/index.ts';

/** Messages quote the value as written, so a journalist can find it in the file. */
const shown = (input: unknown) => (typeof input === 'string' ? `"${input}"` : JSON.stringify(input));

/**
 * A `{{fact-id}}` anywhere but a story's key points (src/provenance/facts.ts) would be printed as typed,
 * the number it names reaching readers without its source: the message that refuses it.
 */
export function misplacedFactToken(value: string): string | undefined {
  const token = /\{\{\s*([^{}]*?)\s*\}\}/.exec(value);
  return token
    ? `has {{${token[1]}}}, but only a story's keyPoints turn {{…}} into a number from the data: write it out here`
    : undefined;
}

/** `schema`, refusing a `{{…}}` (see misplacedFactToken). */
export function withoutFactTokens<S extends z.ZodType<string>>(schema: S) {
  return schema.refine((value) => misplacedFactToken(value) === undefined, {
    error: (iss) => misplacedFactToken(String(iss.input)),
  });
}

/** Free text that must say something, in which `{{id}}` is printed as typed (see factText). */
const anyText = z
  .string({
    error: (iss) => (iss.input === undefined ? 'is required but missing' : `${shown(iss.input)} should be text`),
  })
  .trim()
  .min(1, { error: 'is empty' });

/** Free text that must say something; `{{id}}` is refused. */
export const text = withoutFactTokens(anyText);

/** A key point: free text in which `{{id}}` prints that fact's number, linked to its source. */
export const factText = anyText;

/** Ids, slugs and figure anchors: lowercase letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase slug: letters, digits and hyphens. */
export const slug = z.string({ error: 'is required but missing' }).regex(slugPattern, {
  error: (iss) => `${shown(iss.input)} is not a valid id: use lowercase letters, digits and hyphens`,
});

/** A date written as a string in our grammar (see src/dates/index.ts); checked, kept as written. */
export const dateText = z.union([z.string(), z.number(), z.date()]).transform((input, ctx) => {
  if (input instanceof Date) {
    // Front matter's YAML reader converts an unquoted date, rolling 2016-02-31 into March: never show its reading.
    ctx.addIssue({
      code: 'custom',
      message: 'is an unquoted date: write it in quotes, e.g. "2016-03-14", so it is checked as written',
    });
    return z.NEVER;
  }
  if (typeof input !== 'string') {
    ctx.addIssue({ code: 'custom', message: `${shown(input)} must be written in quotes, e.g. "2016-03-14"` });
    return z.NEVER;
  }
  try {
    parseDate(input.trim());
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
  return input.trim();
});

/**
 * Empty, or what `schema` accepts. A plain `z.literal('').or(schema)` reports a bad value as
 * zod's "Invalid input"; this keeps the schema's own message ("… is not a real date").
 */
export function emptyOr<S extends z.ZodType<string>>(schema: S) {
  return z.unknown().transform((input, ctx): string => {
    if (input === '') return '';
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

/** One of a closed list; the message lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) => `${shown(iss.input)} is not allowed: use one of ${values.map((v) => `"${v}"`).join(', ')}`,
  });
}
