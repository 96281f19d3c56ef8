import type { z } from 'astro/zod';
import { ContentError, throwContentErrors } from '../problems/content-error.ts';
import type { Located } from './located.ts';
import { didYouMean } from '../problems/nearest.ts';

/**
 * Validates parsed content with a zod schema and turns every problem into
 * `path:line: field: message`, pointing at the line the bad value was written on: a journalist
 * fixes a file in one go, not one mistake per build.
 */
export function validate<S extends z.ZodType>(schema: S, located: Located<unknown>, file: string): z.output<S> {
  const result = validateAll(schema, located, file);
  if (!result.ok) throwContentErrors(result.errors);
  return (result as { data: z.output<S> }).data;
}

/** Every problem at once, as a list (a story's front matter is checked with its other problems). */
export function validateAll<S extends z.ZodType>(
  schema: S,
  located: Located<unknown>,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(located.data);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => contentErrors(schema, issue, located, file)) };
}

function contentErrors(
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  located: Located<unknown>,
  file: string,
): ContentError[] {
  const at = issue.path as PropertyKey[];
  // An unknown field is reported on its own line, under its own name, each one.
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(schema, at);
    return issue.keys.map((key) => new ContentError(file, located.lineOf([...at, key]), key, unknownField(key, known)));
  }
  const field = [...at].reverse().find((key) => typeof key === 'string') ?? 'value';
  const missing = valueAt(located.data, at) === undefined && issue.code !== 'custom';
  return [
    new ContentError(file, located.lineOf(at), String(field), missing ? 'is required but missing' : issue.message),
  ];
}

/** An unknown field, with the nearest known name and the list of them. */
function unknownField(key: string, known: string[]): string {
  if (known.length === 0) return 'is not a field here';
  return `is not a field here${didYouMean(key, known)}: use ${known.join(', ')}`;
}

/** The fields an object schema knows at `path` of the data (zod's own definitions, walked). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  type Def = {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    innerType?: z.ZodType;
    in?: z.ZodType;
    valueType?: z.ZodType;
    options?: z.ZodType[];
  };
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return fieldsAt(inner, path);
  if (def.type === 'union') return [...new Set(def.options!.flatMap((option) => fieldsAt(option, path)))];
  if (path.length === 0) return def.type === 'object' ? Object.keys(def.shape!) : [];
  const [key, ...rest] = path;
  if (def.type === 'object') return def.shape![String(key)] ? fieldsAt(def.shape![String(key)], rest) : [];
  if (def.type === 'array' && typeof key === 'number') return fieldsAt(def.element!, rest);
  if (def.type === 'record') return fieldsAt(def.valueType!, rest);
  return [];
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}
