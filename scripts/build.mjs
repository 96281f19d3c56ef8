// Builds the site into a temporary folder and swaps it in only when the whole build
// succeeded, so a content mistake never leaves a half-written dist/. Content errors are
// printed as `path:line: field: message`, without Astro's stack trace.
//
// Astro runs in a child process (scripts/build/astro-pass.mjs) and the search index is written
// after that process has exited: Node's heap and Pagefind's indexer are never in memory together.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

// A build is a production build whatever the shell says: NODE_ENV=development (or vitest's "test")
// would make import.meta.env.DEV true and publish drafts. DRAFTS=1 is the one preview switch.
process.env.NODE_ENV = 'production';

const root = process.cwd();
const target = resolve(root, process.env.ASTRO_OUT_DIR || 'dist');
const staging = join(root, '.build-tmp', `build-${process.pid}`);
const retired = `${target}.old-${process.pid}`;

/**
 * Most of what V8 holds at the end of a large build is garbage: with its default growth the heap
 * of a 1,000-explainer build reached 1.4 GB around a live set of 370 MB (2.3 GB resident).
 * Growing it by half its live set after each full collection kept the process at 1.5 GiB instead
 * of 2.3 GiB at no measurable cost in time (docs/performance.md), and unlike a fixed
 * --max-old-space-size it cannot turn a larger archive into an out-of-memory crash.
 */
const astroNodeFlags = ['--heap-growing-percent=50'];

if (!process.env.SITE) {
  console.warn(
    'Note: SITE is not set, so absolute URLs (feeds, canonical links, social cards) point to http://localhost:4321. Set SITE=https://your.host before deploying.',
  );
}

rmSync(staging, { recursive: true, force: true });
removeAbandonedStaging(join(root, '.build-tmp'));
mkdirSync(staging, { recursive: true });

try {
  await runAstro(staging);
  await writeSearchIndex(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(join(root, '.build-tmp'));
  console.error(`\nBuild stopped: nothing was written to ${relativeToRoot(target)}.\n`);
  console.error(/** @type {any} */ (error)?.problem ?? String(/** @type {any} */ (error)?.message ?? error));
  process.exit(1);
}

if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
rmSync(retired, { recursive: true, force: true });
// Another build may be staging next to this one: remove the shared folder only once it is empty.
try {
  rmdirSync(join(root, '.build-tmp'));
} catch {
  // Another build's staging folder is still there: it cleans up after itself.
}
console.log(`Built ${relativeToRoot(target)}/`);

/**
 * Astro's build in its own process, with this process's Node flags (a profiler, say). Rejects with
 * `{ problem }`: the text the child worded, or what became of the child.
 */
function runAstro(outDir) {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [...astroNodeFlags, ...process.execArgv, join(import.meta.dirname, 'build/astro-pass.mjs'), outDir],
      {
        cwd: root,
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      },
    );
    let problem;
    child.on('message', (message) => (problem = /** @type {any} */ (message)?.problem ?? problem));
    child.on('error', (error) => fail({ problem: `The build could not start: ${error.message}` }));
    // 'close', not 'exit': by then the child's last message has arrived too.
    child.on('close', (code, signal) => {
      if (code === 0) return done(undefined);
      fail({
        problem:
          problem ??
          `The build process stopped (${signal ?? `exit code ${code}`}) without saying why; run again with ASTRO_LOG_LEVEL=error for Astro's full log.`,
      });
    });
  });
}

/** Pagefind indexes the published explainers (pages marked data-pagefind-body) into dist/pagefind/. */
async function writeSearchIndex(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  // Only explainer pages carry data-pagefind-body; reading just them gives the same index in a
  // fraction of the time (embed pages alone are three per explainer).
  const added = await index.addDirectory({ path: site, glob: 'explainers/**/*.html' });
  if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

function relativeToRoot(path) {
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/** A killed build leaves its staging folder behind: remove those whose process is gone. */
function removeAbandonedStaging(folder) {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const pid = Number(/^build-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {any} */ (error).code === 'EPERM';
  }
}

function removeIfEmpty(folder) {
  if (existsSync(folder) && readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
}
