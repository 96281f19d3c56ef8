import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import type { Located } from './located.ts';

/**
 * Validates parsed content with a zod schema and turns the first problem into
 * `path:line: field: message`, pointing at the line the bad value was written on.
 */
export function validate<S extends z.ZodType>(schema: S, located: Located<unknown>, file: string): z.output<S> {
  const result = schema.safeParse(located.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path as PropertyKey[];
  const field = [...path].reverse().find((key) => typeof key === 'string') ?? 'value';
  const missing = valueAt(located.data, path) === undefined && issue.code !== 'custom';
  throw new ContentError(
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
