// A store of the build cache (src/build/build-cache.ts: drawn figures, compiled stories) keeps what
// the last successful build used. An entry is written or touched whenever a build reads it, so
// entries older than the build are ones nothing asked for (an edited dataset's old drawing, a
// deleted story's module), and go, with the temporary files a killed build left.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function sweepUnused(dir, buildStartedAt) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (statSync(file).mtimeMs < buildStartedAt - 1_000) rmSync(file, { force: true });
  }
}
