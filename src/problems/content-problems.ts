import { ContentError } from './content-error.ts';

/**
 * `npm run dev` keeps going past a bad content file: its loader stores, in place of the file's
 * data, the problems found in it, and loads every other file. A page that reads the file shows
 * them (src/site/story-problems.ts); pages that do not are unaffected. Because the problems live in
 * the content store with the data, a page never sees a newer store with older problems or the
 * reverse. A production build stores none: its loaders throw and the build stops.
 */

/** The one field of a stored entry whose file failed to load (besides a data file's `path`). */
export const problemsField = 'contentProblems';

interface StoredProblem {
  file: string;
  line: number;
  field: string;
  detail: string;
}

/** What a loader stores for a file that failed to load, with `rest` (its path, or a story's front matter as written). */
export function problemData<T extends object>(problems: readonly ContentError[], rest: T): T & Record<string, unknown> {
  const stored: StoredProblem[] = problems.map(({ file, line, field, detail }) => ({ file, line, field, detail }));
  return { ...rest, [problemsField]: stored };
}

/** The problems stored in an entry's data, as ContentErrors; none for a file that loaded. */
export function problemsOf(data: unknown): ContentError[] {
  const stored = (data as Record<string, unknown> | undefined)?.[problemsField];
  return Array.isArray(stored)
    ? (stored as StoredProblem[]).map((p) => new ContentError(p.file, p.line, p.field, p.detail))
    : [];
}

export function hasProblems(entry: { data: unknown }): boolean {
  return problemsOf(entry.data).length > 0;
}
