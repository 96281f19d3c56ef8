// The figure cache (src/build/build-cache.ts) keeps what the last successful build used: an entry
// is rewritten or touched whenever a build reads it, so entries older than the build are ones no
// page asked for (an edited dataset's old drawing, a deleted story), and go, with the temporary
// files a killed build left.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function sweepFigureCache(dir, buildStartedAt) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (statSync(file).mtimeMs < buildStartedAt - 1_000) rmSync(file, { force: true });
  }
}
