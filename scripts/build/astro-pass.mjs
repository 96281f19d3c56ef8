// The Astro part of `npm run build`, run by scripts/build.mjs in a process of its own so that its
// heap is gone before the search index is written (the two together were most of the build's
// peak memory). Usage: node scripts/build/astro-pass.mjs <output folder> <Astro's cache folder> [--force]
// On failure it sends the parent one message, `{ problem: text }`, already worded for a journalist:
// content errors as `path:line: field: message`, anything else as Astro's message without a stack.
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';
import { contentMistake } from '../../src/problems/content-mistake.ts';

const root = process.cwd();
const [outDir, cacheDir] = process.argv.slice(2);
// --force: a clean build. Astro re-renders every page and reloads the content layer, and records both afresh.
const force = process.argv.includes('--force');

// The parent went away (killed, say): stop instead of writing into a folder nobody will publish.
process.on('disconnect', () => process.exit(1));

try {
  if (!force) await ignoreModulePaths(join(cacheDir, 'incremental-build.json'));
  // Silent: Astro would log each error with its stack; the parent prints the one message instead.
  await build({ root, outDir, cacheDir, force, logLevel: process.env.ASTRO_LOG_LEVEL || 'silent' });
} catch (error) {
  await report(contentMistake(error, root) ?? describe(error));
  process.exit(1);
}
process.exit(0);

/**
 * Astro copies a page from the last build when its cacheKey and the hash of its route's modules are
 * unchanged. That hash includes each module's absolute path, so in a fresh checkout at another path
 * (a host's build machine, with .cache/ restored) no page would ever be copied. The build only gets
 * here when the code is that of the last build (scripts/build.mjs compares a hash of all of it, and
 * builds clean otherwise), so the route's recorded hash is the one to compare: the cacheKey decides.
 */
async function ignoreModulePaths(manifestFile) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(manifestFile, 'utf8')).routes ?? {};
  } catch {
    return; // No record: every page is rendered.
  }
  const astroDist = dirname(realpathSync(createRequire(import.meta.url).resolve('astro')));
  const { IncrementalBuildCache } = await import(pathToFileURL(join(astroDist, 'core/build/incremental.js')).href);
  const canSkip = IncrementalBuildCache?.prototype?.canSkip;
  if (typeof canSkip !== 'function')
    throw new Error(
      "Astro's incremental build changed (no IncrementalBuildCache.canSkip): update scripts/build/astro-pass.mjs, or build with --clean.",
    );
  IncrementalBuildCache.prototype.canSkip = function (route, pathname, dependencyHash, ...rest) {
    return canSkip.call(this, route, pathname, recorded[route]?.dependencyHash ?? dependencyHash, ...rest);
  };
}

function report(problem) {
  return new Promise((sent) =>
    process.send ? process.send({ problem }, () => sent()) : (console.error(problem), sent()),
  );
}

function relativeToRoot(path) {
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/** Anything that is not a content mistake: Astro's message with its location, never the stack. */
function describe(error) {
  // Vite and rolldown wrap a plugin's error in an aggregate "Build failed with 1 error".
  const e = /** @type {any} */ (error)?.errors?.[0] ?? error;
  const file = e?.loc?.file ? relativeToRoot(e.loc.file) : undefined;
  const message = String(e?.message ?? e)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  const loc = file ? `${file}:${e.loc.line || 1}: ` : '';
  return `${loc}${message}${e?.hint ? `\nHint: ${e.hint}` : ''}\n(Run with ASTRO_LOG_LEVEL=error for Astro's full log.)`;
}
