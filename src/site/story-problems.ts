import { everyEntry } from './collection-cache.ts';
import type { FigurePage } from './figure-page.ts';
import { ContentErrors, type ContentError } from '../problems/content-error.ts';
import { hasProblems, problemsOf } from '../problems/content-problems.ts';
import { factTokenIds } from '../provenance/facts.ts';
import { storyTree } from './story-figures.ts';
import { jsxElements, jsxProps } from '../loaders/story-tree.ts';

/** The collection each figure tag reads, and the prop that names its entry. */
const figureData: Record<string, readonly ['chartData' | 'timelines' | 'positions', string]> = {
  Chart: ['chartData', 'dataset'],
  Timeline: ['timelines', 'events'],
  PositionsTable: ['positions', 'positions'],
  Table: ['chartData', 'dataset'],
  Map: ['chartData', 'dataset'],
};

/**
 * Throws the problems `npm run dev` stored for the files a story's pages read
 * (src/problems/content-problems.ts): its own front matter, the sources registry, each figure's data
 * file, and the chart datasets when a fact the story names is in none of those that loaded. The
 * page shows those problems, not what is left without the file ("no such dataset"). An embed page
 * shows one figure (`only`), so only that figure's file counts there. A build stores none (its
 * loaders stop at a bad file), so this finds nothing there.
 */
export async function throwStoryProblems(
  entry: FigurePage,
  only?: { name: string; props: Record<string, string | undefined> },
): Promise<void> {
  const problems = [...problemsOf(entry.data), ...(await everyEntry('sources')).flatMap((e) => problemsOf(e.data))];
  const tags = only ? [only] : jsxElements(storyTree(entry)).map((e) => ({ name: e.name ?? '', props: jsxProps(e) }));
  const factIds: string[] = [];
  for (const { name, props } of tags) {
    if (name === 'Fact') factIds.push(props.id ?? '');
    const [collection, prop] = figureData[name] ?? [];
    if (!collection || !prop) continue;
    const used = (await everyEntry(collection)).find((e) => e.id === props[prop]);
    if (used) problems.push(...problemsOf(used.data));
    // A chart also reads its dataset's sidecar (labels, formats, its one source).
    if (name === 'Chart' || name === 'Table' || name === 'Map') {
      const sidecar = (await everyEntry('datasetMeta')).find((e) => e.id === `${props.dataset}.meta`);
      if (sidecar) problems.push(...problemsOf(sidecar.data));
    }
  }
  const keyPoints: unknown = entry.collection === 'explainers' ? entry.data.keyPoints : [];
  if (!only && Array.isArray(keyPoints))
    factIds.push(...keyPoints.flatMap((text) => (typeof text === 'string' ? factTokenIds(text) : [])));
  const chartData = factIds.length > 0 ? await everyEntry('chartData') : [];
  // A dataset whose CSV or sidecar did not load is left out (src/site/site-data.ts): its facts too.
  const metas = factIds.length > 0 ? await everyEntry('datasetMeta') : [];
  const unloaded = [...chartData, ...metas].filter(hasProblems);
  if (unloaded.length > 0) {
    const broken = new Set(unloaded.map((e) => e.id.replace(/\.meta$/, '')));
    const loaded = new Set(
      chartData.filter((e) => !broken.has(e.id)).flatMap((e) => e.data.dataset.rows.map((row) => row.id)),
    );
    if (factIds.some((id) => !loaded.has(id))) problems.push(...unloaded.flatMap((e) => problemsOf(e.data)));
  }
  throwStoredProblems(problems);
}

/** Throws the problems stored for these entries (a list of stories shows each one's front matter). */
export function throwEntryProblems(entries: readonly { data: unknown }[]): void {
  throwStoredProblems(entries.flatMap((entry) => problemsOf(entry.data)));
}

/** Throws problems a loader stored, each once; the loader printed them already. */
export function throwStoredProblems(problems: readonly ContentError[]): void {
  const unique = [...new Map(problems.map((p) => [p.message, p])).values()];
  if (unique.length > 0) throw new ContentErrors(unique, { printed: true });
}
