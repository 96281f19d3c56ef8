import { cacheKey } from './build-cache.ts';

/**
 * The `cacheKey` a route's getStaticPaths() gives Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key and module graph are unchanged since the last
 * build is copied from that build instead of rendered. Astro hashes the page's code and the
 * lockfile; the key must hold everything else the page shows, so `parts` is what the page reads
 * (its entry and its story model, say) and the key adds the build's code hash on top.
 *
 * Undefined outside a build made by scripts/build.mjs, and `parts` is then not even computed:
 * `npm run dev` and a bare `astro build` render every page, as before.
 */
export async function pageCacheKey(parts: () => unknown): Promise<string | undefined> {
  const codeHash = process.env.EXPLAINERS_CODE_HASH;
  if (import.meta.env.PROD !== true || !codeHash) return undefined;
  return cacheKey(`page\0${codeHash}`, await parts());
}
