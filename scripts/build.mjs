// Builds the site into a temporary folder and swaps it in only when the whole build
// succeeded, so a content mistake never leaves a half-written dist/. Content errors are
// printed as `path:line: field: message`, without Astro's stack trace.
//
// Astro runs in a child process (scripts/build/astro-pass.mjs) and the search index is written
// after that process has exited: Node's heap and Pagefind's indexer are never in memory together.
//
// Rebuilds are incremental (docs/performance.md): everything a build reuses lives in .cache/ at the
// project root, which a host can keep between deploys (docs/deploy.md) and `npm ci` leaves alone:
// drawn charts, compiled stories and recorded reads in .cache/explainers/ (src/build/), Astro's
// content store and the pages its experimental.incrementalBuild copies instead of rendering
// (src/build/page-cache-key.ts) in .cache/astro/, the search index. A build whose inputs are those
// of the dist/ it would replace does nothing. No key holds an absolute path, a time or a machine's
// name, so a cache restored into a fresh checkout elsewhere is used.
// `npm run build -- --clean` reads no cache, and writes it afresh; nothing else builds clean
// (CI=true does not: hosts set it on every deploy).
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { astroPageCache } from './build/astro-page-cache.mjs';
import { isRunning, releaseBuildLock, takeBuildLock } from './build/build-lock.mjs';
import { sweepUnused } from './build/sweep-cache.mjs';
import { fileSums, matchesSums } from './build/file-sums.mjs';
import { buildInputs } from './build/inputs.mjs';
import { keepSite, restoreSite } from './build/site-copy.mjs';
import { mergeShards, parseShard, SHARDS } from './build/shards.mjs';
import { writeSearchIndex } from './build/search-index.mjs';

// A build is a production build whatever the shell says: NODE_ENV=development (or vitest's "test")
// would make import.meta.env.DEV true and publish drafts. DRAFTS=1 is the one preview switch.
process.env.NODE_ENV = 'production';

const root = process.cwd();
const target = resolve(root, process.env.ASTRO_OUT_DIR || 'dist');
// One name for every build (the lock below allows one build of a project at a time): Astro writes
// its output folder into the code of `astro:assets`, so a name that changed per build would change
// the code of every page that shows a picture, and an incremental build could never copy it.
const staging = join(root, '.build-tmp', 'build');
const retired = `${target}.old-${process.pid}`;
const args = process.argv.slice(2);
let clean = args.includes('--clean');
/** `--shard 2/4`: one group of stories, rendered into shards/2-of-4/ (scripts/build/shards.mjs). */
const shard = args.includes('--shard') ? parseShardOrExit(args[args.indexOf('--shard') + 1]) : undefined;
/** `--merge`: the shards joined, and everything that lists the stories built over all of them. */
const merge = args.includes('--merge');
const cacheRoot = join(root, shard ? shard.folder : '.cache');
const cacheDir = join(cacheRoot, 'explainers');
const astroCacheDir = join(cacheRoot, 'astro');
const lastBuildFile = join(cacheDir, 'last-build.json');
/** The site the last good build published (scripts/build/site-copy.mjs). */
const siteCopy = join(cacheDir, 'site');
/** The code hash of the last successful build: Astro's content store must not outlive its parsers. */
const codeHashFile = join(cacheDir, 'code-hash');
// Not in .cache/: a lock restored on another machine would name a process of this one.
const lockFile = join(root, 'node_modules/.explainers-build.lock');

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

const holder = takeBuildLock(lockFile);
if (holder) {
  console.error(
    `Another build of this project is running (process ${holder}): wait for it to finish, then build again.`,
  );
  process.exit(1);
}
process.on('exit', () => releaseBuildLock(lockFile));

const { codeHash, inputsHash } = buildInputs(root);
const pages = astroPageCache(astroCacheDir, cacheDir);

if (merge) {
  try {
    console.log(`Joining ${mergeShards(root, cacheDir, astroCacheDir, codeHash)} shards from ${SHARDS}/.`);
  } catch (error) {
    console.error(/** @type {any} */ (error).message);
    process.exit(1);
  }
}

// Astro keeps parsed content (.cache/astro/data-store.json) until its own config changes,
// not ours: after a change of code, configuration or dependencies, everything is built afresh.
// A cache without this record (damaged, partly restored, from another project) counts as foreign.
if (!clean && readText(codeHashFile) !== codeHash) {
  if (existsSync(cacheRoot))
    console.log('The code, configuration or dependencies changed since the last build: building clean.');
  clean = true;
}
const last = clean ? undefined : lastBuild();
if (clean) {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(astroCacheDir, { recursive: true, force: true });
} else if (last?.matchesTarget) {
  console.log(`Nothing changed since the last build: ${relativeToRoot(target)}/ is up to date.`);
  process.exit(0);
} else if (last?.matchesCopy) {
  // A fresh checkout with the cache restored: the last build's site is published as it was.
  rmSync(staging, { recursive: true, force: true });
  restoreSite(siteCopy, staging);
  publish();
  console.log(`Nothing changed since the last build: ${relativeToRoot(target)}/ was restored from the build cache.`);
  process.exit(0);
} else {
  const dropped = pages.check();
  if (dropped)
    console.log(`Build cache: ${dropped} stored page(s) did not match their record and will be rendered again.`);
}

rmSync(staging, { recursive: true, force: true });
removeAbandonedStaging(join(root, '.build-tmp'));
mkdirSync(staging, { recursive: true });

try {
  await runAstro(staging);
  if (!shard) await writeSearchIndex(staging, cacheDir, codeHash);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(join(root, '.build-tmp'));
  console.error(`\nBuild stopped: nothing was written to ${relativeToRoot(target)}.\n`);
  console.error(/** @type {any} */ (error)?.problem ?? String(/** @type {any} */ (error)?.message ?? error));
  process.exit(1);
}

if (shard) {
  // What a shard made is its cache; its pages that list stories list only some, and are dropped.
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(join(root, '.build-tmp'));
} else {
  // Until it is written again below, no record says what dist/ holds.
  rmSync(lastBuildFile, { force: true });
  publish();
}
mkdirSync(cacheDir, { recursive: true });
const after = buildInputs(root);
if (after.codeHash !== codeHash) {
  // What was cached may have been made by either version: none of it is kept.
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(astroCacheDir, { recursive: true, force: true });
  console.warn('The code changed while building: the build cache was emptied; the next build is a clean one.');
} else {
  pages.record();
  for (const store of ['figures', 'mdx', 'reads']) sweepUnused(join(cacheDir, store));
  writeFileSync(codeHashFile, codeHash);
  // A file edited while building: dist/ may hold either version, so the next build runs again.
  if (after.inputsHash === inputsHash && !shard) {
    keepSite(target, siteCopy);
    writeFileSync(
      lastBuildFile,
      JSON.stringify({ inputsHash, target: relativeToRoot(target), sums: fileSums(target) }),
    );
  }
}
console.log(
  shard
    ? `Built part ${shard.index} of ${shard.count} into ${shard.folder}/; when every part is there: npm run build -- --merge`
    : `Built ${relativeToRoot(target)}/`,
);

function parseShardOrExit(text) {
  try {
    return parseShard(text);
  } catch (error) {
    console.error(/** @type {any} */ (error).message);
    process.exit(1);
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * When the last successful build had these inputs and wrote this target: whether the target is
 * still what it wrote, and whether the cache's copy of it is (a fresh checkout has no dist/).
 */
function lastBuild() {
  try {
    const last = JSON.parse(readFileSync(lastBuildFile, 'utf8'));
    if (last.inputsHash !== inputsHash || last.target !== relativeToRoot(target)) return undefined;
    const matchesTarget = matchesSums(target, last.sums);
    return { matchesTarget, matchesCopy: !matchesTarget && matchesSums(siteCopy, last.sums) };
  } catch {
    return undefined;
  }
}

/** Swaps the staging folder in for the target. */
function publish() {
  if (existsSync(target)) renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });
  // Another build may be staging next to this one: remove the shared folder only once it is empty.
  try {
    rmdirSync(join(root, '.build-tmp'));
  } catch {
    // Another build's staging folder is still there: it cleans up after itself.
  }
}

/**
 * Astro's build in its own process, with this process's Node flags (a profiler, say). Rejects with
 * `{ problem }`: the text the child worded, or what became of the child.
 */
function runAstro(outDir) {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        ...astroNodeFlags,
        ...process.execArgv,
        join(import.meta.dirname, 'build/astro-pass.mjs'),
        outDir,
        astroCacheDir,
        ...(clean ? ['--force'] : []),
      ],
      {
        cwd: root,
        // What src/build/cached-task.ts and src/build/page-cache-key.ts read.
        env: {
          ...process.env,
          EXPLAINERS_CACHE_DIR: cacheDir,
          EXPLAINERS_CODE_HASH: codeHash,
          EXPLAINERS_SHARD: shard ? `${shard.index}/${shard.count}` : '',
        },
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

function removeIfEmpty(folder) {
  if (existsSync(folder) && readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
}
