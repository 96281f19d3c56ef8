// Builds the site into a temporary folder and swaps it in only when the whole build
// succeeded, so a content mistake never leaves a half-written dist/. Content errors are
// printed as `path:line: field: message`, without Astro's stack trace.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { contentErrorText } from '../src/lib/content-error.ts';

const root = process.cwd();
const target = resolve(root, process.env.ASTRO_OUT_DIR || 'dist');
const staging = join(root, '.build-tmp', `build-${process.pid}`);
const retired = `${target}.old-${process.pid}`;

if (!process.env.SITE) {
  console.warn('Note: SITE is not set, so absolute URLs (feeds, canonical links, social cards) point to http://localhost:4321. Set SITE=https://your.host before deploying.');
}

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

try {
  await build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL || 'error' });
  await writeSearchIndex(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  const text = contentErrorText(error);
  console.error(`\nBuild stopped: nothing was written to ${relativeToRoot(target)}.\n`);
  console.error(text ?? describe(error));
  process.exit(1);
}

if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
rmSync(retired, { recursive: true, force: true });
rmSync(join(root, '.build-tmp'), { recursive: true, force: true });
console.log(`Built ${relativeToRoot(target)}/`);

/** Pagefind indexes the published explainers (pages marked data-pagefind-body) into dist/pagefind/. */
async function writeSearchIndex(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

function relativeToRoot(path) {
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/** Anything that is not one of our content errors: Astro's own message with its location, never the stack. */
function describe(error) {
  const e = /** @type {any} */ (error);
  const loc = e?.loc?.file ? `${relativeToRoot(e.loc.file)}:${e.loc.line ?? 1}: ` : '';
  const message = String(e?.message ?? e).split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
  return `${loc}${message}${e?.hint ? `\nHint: ${e.hint}` : ''}`;
}
