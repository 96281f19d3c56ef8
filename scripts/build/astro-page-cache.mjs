// Astro's incremental build (experimental.incrementalBuild) keeps a copy of each page it rendered
// under .cache/astro/dist/ and a manifest of their cache keys, and copies a page back
// without checking it. So that a damaged copy is never published, the build records the copies'
// SHA-256 after each successful build, and before the next one drops from the manifest every page
// whose copy is missing, truncated or changed since: Astro renders those again.
//
// Astro also records, per route, hashes of the page's modules and of the story modules it rendered;
// both include absolute paths, so they differ in every other checkout. Our page keys hold the story's
// text and everything its model read, and any change of code builds clean (scripts/build.mjs), so the
// story-module hashes are dropped here and the module hash is set aside in astro-pass.mjs: a cache
// restored into a fresh checkout at another path is used.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileSums, sha256 } from './file-sums.mjs';

/** The manifest layout this code knows (astro/dist/core/build/incremental.js). */
const MANIFEST_VERSION = 1;

export function astroPageCache(astroCache, ownCacheDir) {
  const manifestFile = join(astroCache, 'incremental-build.json');
  const copies = join(astroCache, 'dist');
  const sumsFile = join(ownCacheDir, 'astro-pages.json');

  const forget = () => {
    rmSync(manifestFile, { force: true });
    rmSync(copies, { recursive: true, force: true });
  };

  return {
    /** Before Astro runs: keeps only the pages whose copy is what the last good build wrote. Returns how many were dropped. */
    check() {
      // The record of the last good build stays until the next good build replaces it: a build that
      // fails after rewriting some copies leaves those copies unlike the record, and only they go.
      const sums = readJson(sumsFile);
      const manifest = readJson(manifestFile);
      if (!manifest) return (forget(), 0);
      if (manifest.version !== MANIFEST_VERSION || !sums) return (forget(), countPaths(manifest));
      let dropped = 0;
      for (const route of Object.values(manifest.routes ?? {})) {
        for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
          // outputFile is a URL path (Astro resolves it against a URL): "%20" is a space on disk.
          const file = fileURLToPath(new URL(entry.outputFile, pathToFileURL(`${copies}/`)));
          const name = relative(copies, file).split(sep).join('/');
          if (existsSync(file) && sums[name] === sha256(readFileSync(file))) {
            delete entry.contentHashes;
            continue;
          }
          delete route.paths[pathname];
          rmSync(file, { force: true });
          dropped++;
        }
      }
      writeFileSync(manifestFile, JSON.stringify(manifest, null, '\t'));
      return dropped;
    },
    /** After a successful build: the copies as they are now are the good ones. */
    record() {
      writeFileSync(sumsFile, JSON.stringify(fileSums(copies)));
    },
  };
}

function countPaths(manifest) {
  return Object.values(manifest.routes ?? {}).reduce((sum, route) => sum + Object.keys(route.paths ?? {}).length, 0);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
