// A build in shards (README, "Rebuilding"; docs/deploy.md has a GitHub Actions matrix):
// `npm run build -- --shard 2/4` loads only the second of four fixed groups of stories
// (src/build/shard.ts) and keeps what it rendered in shards/2-of-4/, a build cache of its own
// (the stories' pages, embeds, cards and CSVs as Astro's incremental build stores them, with the
// charts, compiled stories and recorded reads). Shards may run on separate machines: the folder
// names no path. `npm run build -- --merge` joins every shards/<k>-of-<n>/ into .cache/ and runs
// an ordinary incremental build over all the stories, which copies each story's pages from there
// and renders what lists them all (home page, feed, sitemap, data page) and the search index: the
// bytes of an unsharded build, by construction, since it is the same build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARDS = 'shards';

/** `2/4` → { index: 2, count: 4, folder: 'shards/2-of-4' }; a mistake is worded for the person who typed it. */
export function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`--shard ${text ?? ''}: expected <part>/<parts>, e.g. --shard 2/4 (parts from 1 to 4).`);
  return { index, count, folder: join(SHARDS, `${index}-of-${count}`) };
}

/**
 * Replaces the caches `cacheDir` (ours) and `astroCacheDir` (Astro's) with the shards under
 * `root`/shards/ joined. Throws when a shard is missing, was built from other code than `codeHash`, or is damaged.
 */
export function mergeShards(root, cacheDir, astroCacheDir, codeHash) {
  const folder = join(root, SHARDS);
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => /^\d+-of-\d+$/.test(name)) : [];
  const counts = new Set(names.map((name) => Number(name.split('-of-')[1])));
  if (counts.size !== 1)
    throw new Error(
      names.length
        ? `--merge: ${SHARDS}/ holds shards of different builds (${names.sort().join(', ')}); keep one build's.`
        : `--merge: no shards in ${SHARDS}/; build them first with npm run build -- --shard <part>/<parts>.`,
    );
  const [count] = counts;
  const missing = Array.from({ length: count }, (_, k) => `${k + 1}-of-${count}`).filter(
    (name) => !names.includes(name),
  );
  if (missing.length) throw new Error(`--merge: missing ${missing.map((name) => `${SHARDS}/${name}/`).join(', ')}.`);

  // Every part is checked before the cache is replaced: a refused merge leaves .cache/ as it was.
  let manifest;
  const sums = {};
  for (const name of names.sort()) {
    const ours = join(folder, name, 'explainers');
    if (readText(join(ours, 'code-hash')) !== codeHash)
      throw new Error(
        `--merge: ${SHARDS}/${name}/ was built from other code, configuration or settings: build it again.`,
      );
    const part = readJson(join(folder, name, 'astro', 'incremental-build.json'));
    const partSums = readJson(join(ours, 'astro-pages.json'));
    if (!part?.routes || !partSums) throw new Error(`--merge: ${SHARDS}/${name}/ is incomplete: build it again.`);
    if (manifest && ['version', 'configHash', 'lockfileHash'].some((field) => part[field] !== manifest[field]))
      throw new Error(`--merge: ${SHARDS}/${name}/ was built with another Astro configuration or lockfile.`);
    manifest ??= { ...part, routes: {} };
    for (const [route, entry] of Object.entries(part.routes)) {
      manifest.routes[route] ??= { ...entry, paths: {} };
      // A page that shows a picture is rendered again: Astro loads its image service only for a page it
      // renders, and without it cannot write the picture's files for a copied page.
      const stored = (path) => readText(join(folder, name, 'astro', 'dist', path.outputFile)) ?? '';
      for (const [path, copy] of Object.entries(entry.paths))
        if (!stored(copy).includes('<picture')) manifest.routes[route].paths[path] = copy;
    }
    Object.assign(sums, partSums);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(astroCacheDir, { recursive: true, force: true });
  for (const name of names) {
    const [ours, astro] = [join(folder, name, 'explainers'), join(folder, name, 'astro')];
    for (const store of ['figures', 'mdx', 'reads'])
      if (existsSync(join(ours, store))) cpSync(join(ours, store), join(cacheDir, store), { recursive: true });
    if (existsSync(join(astro, 'dist'))) cpSync(join(astro, 'dist'), join(astroCacheDir, 'dist'), { recursive: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(astroCacheDir, { recursive: true });
  writeFileSync(join(astroCacheDir, 'incremental-build.json'), JSON.stringify(manifest, null, '\t'));
  writeFileSync(join(cacheDir, 'astro-pages.json'), JSON.stringify(sums));
  writeFileSync(join(cacheDir, 'code-hash'), codeHash);
  return count;
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
