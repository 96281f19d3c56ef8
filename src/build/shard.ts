import { readdirSync } from 'node:fs';

/** Where the stories are, from the project root, and which files are stories. */
const STORIES = 'src/content/explainers';

/**
 * The glob pattern of the stories a build loads: all of them, or in a shard build
 * (`npm run build -- --shard 2/4`, which sets EXPLAINERS_SHARD) the second of four fixed groups of
 * stories, by path in sorted order: the first quarter, rounded up, then the next… Each shard
 * renders its stories' pages into its own cache folder; `npm run build -- --merge` joins them and
 * builds the pages that list every story (scripts/build/shards.mjs).
 */
export function storyPattern(root = process.cwd()): string | string[] {
  const shard = /^(\d+)\/(\d+)$/.exec(process.env.EXPLAINERS_SHARD ?? '');
  if (!shard) return '**/*.mdx';
  const [index, count] = [Number(shard[1]), Number(shard[2])];
  const files = readdirSync(`${root}/${STORIES}`, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split('\\').join('/'))
    .sort();
  const size = Math.ceil(files.length / count);
  const group = files.slice((index - 1) * size, index * size);
  // An empty list would mean "no pattern": a shard past the last story matches nothing instead.
  return group.length ? group : ['(no stories in this shard)'];
}
