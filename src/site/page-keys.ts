import { pageCacheKey } from '../build/page-cache-key.ts';
import type { FigurePage } from './explainer-list.ts';
import { loadStory } from './load-story.ts';

/**
 * The incremental build's key (src/build/page-cache-key.ts) for a page made from one story: its
 * page, an embed page or a figure's CSV. The story model is everything the figures show (rows,
 * sources, facts from other datasets, the as-of split), and the entry is the prose and the front
 * matter; `figure` names which figure an embed or CSV shows.
 */
export function storyPageKey(entry: FigurePage, figure?: string): Promise<string | undefined> {
  return pageCacheKey(async () => [
    entry.collection,
    entry.id,
    entry.filePath,
    entry.body,
    entry.data,
    await loadStory(entry),
    figure,
  ]);
}
