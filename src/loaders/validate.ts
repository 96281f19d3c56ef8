import type { z } from 'astro/zod';
import { ContentError } from '../problems/content-error.ts';
import type { Located } from './located.ts';

/**
 * Validates parsed content with a zod schema and turns the first problem into
 * `path:line: field: message`, pointing at the line the bad value was written on.
 */
export function validate<S extends z.ZodType>(schema: S, located: Located<unknown>, file: string): z.output<S> {
  const result = schema.safeParse(located.data);
  if (result.success) return result.data;
  throw contentError(result.error.issues[0], located, file);
}

/** Every problem at once, for a file a journalist fixes in one go (a story's front matter). */
export function validateAll<S extends z.ZodType>(
  schema: S,
  located: Located<unknown>,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(located.data);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => contentError(issue, located, file)) };
}

function contentError(issue: z.core.$ZodIssue, located: Located<unknown>, file: string): ContentError {
  // An unknown field is reported on its own line, under its own name.
  const path = [...(issue.path as PropertyKey[]), ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]] : [])];
  const field = [...path].reverse().find((key) => typeof key === 'string') ?? 'value';
  const missing = valueAt(located.data, path) === undefined && issue.code !== 'custom';
  return new ContentError(
    file,
    located.lineOf(path),
    String(field),
    missing ? 'is required but missing' : describe(issue),
  );
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}
