// SHA-256 of every file under a folder, by path relative to it: what a build wrote, to check later
// that nothing has changed it since (a no-op rebuild, Astro's cached pages, the search index).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `folder`, as { 'a/b.html': sha256 }, in path order; {} when there is no folder. */
export function fileSums(folder) {
  const sums = {};
  if (!existsSync(folder)) return sums;
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  for (const file of files) sums[file] = sha256(readFileSync(join(folder, file)));
  return sums;
}

/** True when `folder` holds exactly the files of `sums`, with the same bytes. */
export function matchesSums(folder, sums) {
  const now = fileSums(folder);
  const names = Object.keys(sums);
  return names.length === Object.keys(now).length && names.every((name) => now[name] === sums[name]);
}

/** One hash for a list of [name, bytes] pairs. */
export function hashOf(parts) {
  const hash = createHash('sha256');
  for (const [name, bytes] of parts) hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}
