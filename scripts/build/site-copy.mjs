// A copy of the last good build's site in the cache (.cache/explainers/site/), so that a host's
// fresh checkout, which has the cache but no dist/, publishes an unchanged site without building.
// Files are hard links where the file system allows (no second copy on disk; the build never
// writes a published file in place), checked against the build's record before each use.
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Replaces the copy in `copy` with the files of `site`. */
export function keepSite(site, copy) {
  rmSync(copy, { recursive: true, force: true });
  linkTree(site, copy);
}

/** Writes the files of `copy` into the empty folder `target`. */
export function restoreSite(copy, target) {
  linkTree(copy, target);
}

function linkTree(from, to) {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const destination = join(to, relative(from, source));
    mkdirSync(dirname(destination), { recursive: true });
    try {
      linkSync(source, destination);
    } catch {
      copyFileSync(source, destination); // Another file system, or no hard links.
    }
  }
}
