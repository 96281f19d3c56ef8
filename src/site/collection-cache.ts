import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { hasProblems } from '../problems/content-problems.ts';

/** Each collection's entries, read once in a production build (see cachedCollection). */
const read = new Map<CollectionKey, Promise<unknown>>();

/**
 * getCollection, once per production build. Astro builds a fresh array of fresh entry objects on
 * every call, and every explainer page and embed page asks (loadStory, each <Fact>, each
 * timeline and positions table): with 1,000 explainers that was thousands of entries per page,
 * and pages got slower as the archive grew. Content cannot change while a build runs; in dev
 * each call reads again, so an edited file shows at once. The array is shared: do not change it.
 *
 * Entries that hold a file's problems instead of its data (`npm run dev`, src/problems/content-problems.ts)
 * are left out: a page that reads such a file has shown its problems first (src/site/story-problems.ts).
 */
export async function cachedCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = await everyEntry(name);
  return entries.some(hasProblems) ? entries.filter((entry) => !hasProblems(entry)) : entries;
}

/** Every entry, those holding problems too. */
export function everyEntry<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (import.meta.env.PROD !== true) return getCollection(name);
  let entries = read.get(name) as Promise<CollectionEntry<C>[]> | undefined;
  if (!entries) read.set(name, (entries = getCollection(name)));
  return entries;
}
