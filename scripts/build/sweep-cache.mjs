// A store of the build cache (src/build/build-cache.ts: drawn charts, compiled stories, recorded
// reads) only grows as content is edited: an entry is touched whenever a build reads it, and one
// unread for a month goes, with the temporary files a killed build left. Not "unread by the last
// build": a page Astro copied from an earlier build reads nothing, yet its charts are still the
// ones the next edit of its story will ask for.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const UNUSED_FOR = 30 * 24 * 3600 * 1000;

export function sweepUnused(dir, now = Date.now()) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const age = now - statSync(file).mtimeMs;
    if (age > UNUSED_FOR || (entry.name.endsWith('.tmp') && age > 3600 * 1000)) rmSync(file, { force: true });
  }
}
