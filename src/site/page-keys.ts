import { pageCacheKey } from '../build/page-cache-key.ts';
import { pictureDigest, pictureFiles } from '../loaders/image-loader.ts';
import { answers } from '../build/recorded-reads.ts';
import type { FigurePage } from './figure-page.ts';
import { dataByKind, entryParts, storyData, storyReads } from './load-story.ts';

/** Per story, in a production build: its page, each embed page and each CSV ask. */
const storyParts = new Map<string, Promise<unknown>>();

/**
 * The incremental build's key (src/build/page-cache-key.ts) for a page made from one story: its
 * page, an embed page or a figure's CSV (`figure` names which). The page shows its entry (the prose,
 * the front matter) and its story model, and the model is a function of the entry and of the data
 * it reads: the key holds the entry and, for each dataset, source, fact, timeline or positions
 * table the model read, what it holds now (src/build/recorded-reads.ts). A story whose reads an
 * earlier build recorded is keyed without building its model.
 */
export function storyPageKey(entry: FigurePage, figure?: string): Promise<string | undefined> {
  return pageCacheKey(async () => [await partsOf(entry), figure]);
}

function partsOf(entry: FigurePage): Promise<unknown> {
  const id = `${entry.collection}/${entry.id}`;
  let parts = storyParts.get(id);
  if (!parts) {
    parts = (async () => {
      const reads = await storyReads(entry);
      return [entryParts(entry), reads, answers(reads, dataByKind(await storyData())), picturesOf(entry)];
    })();
    storyParts.set(id, parts);
  }
  return parts;
}

/** A story that shows pictures changes with them: the files of src/content/images/, by content. */
function picturesOf(entry: FigurePage): string[] {
  if (!entry.body?.includes('<Image')) return [];
  return pictureFiles().map((name) => `${name}:${pictureDigest(name)}`);
}
