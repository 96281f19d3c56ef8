// Builds the site into a temporary folder and swaps it in only when the whole build
// succeeded, so a content mistake never leaves a half-written dist/. Content errors are
// printed as `path:line: field: message`, without Astro's stack trace.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { contentErrorText } from '../src/lib/content-error.ts';

// A build is a production build whatever the shell says: NODE_ENV=development (or vitest's "test")
// would make import.meta.env.DEV true and publish drafts. DRAFTS=1 is the one preview switch.
process.env.NODE_ENV = 'production';

const root = process.cwd();
const target = resolve(root, process.env.ASTRO_OUT_DIR || 'dist');
const staging = join(root, '.build-tmp', `build-${process.pid}`);
const retired = `${target}.old-${process.pid}`;

if (!process.env.SITE) {
  console.warn('Note: SITE is not set, so absolute URLs (feeds, canonical links, social cards) point to http://localhost:4321. Set SITE=https://your.host before deploying.');
}

rmSync(staging, { recursive: true, force: true });
removeAbandonedStaging(join(root, '.build-tmp'));
mkdirSync(staging, { recursive: true });

try {
  // Silent: Astro would log each error with its stack; the one message below replaces it.
  await build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL || 'silent' });
  await writeSearchIndex(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(join(root, '.build-tmp'));
  const text = contentErrorText(error);
  console.error(`\nBuild stopped: nothing was written to ${relativeToRoot(target)}.\n`);
  console.error(text ?? describe(error));
  process.exit(1);
}

if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
rmSync(retired, { recursive: true, force: true });
// Another build may be staging next to this one: remove the shared folder only once it is empty.
try {
  rmdirSync(join(root, '.build-tmp'));
} catch {}
console.log(`Built ${relativeToRoot(target)}/`);

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

/** Anything that is not one of our content errors: Astro's own message with its location, never the stack. */
function describe(error) {
  // Vite and rolldown wrap a plugin's error (MDX syntax, say) in an aggregate "Build failed with 1 error".
  const e = /** @type {any} */ (error)?.errors?.[0] ?? error;
  const file = e?.loc?.file ? relativeToRoot(e.loc.file) : undefined;
  const message = String(e?.message ?? e).split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
  if (e?.name === 'InvalidContentEntryDataError' && file) return frontMatterProblems(file, message);
  if (e?.name === 'MDXError' && file) {
    // micromark puts the position at the end of the message: "… (21:1-21:51)".
    const at = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(message);
    return `${file}:${e.loc.line ?? at?.[1] ?? 1}: mdx: ${(at ? message.slice(0, at.index) : message).replace(/`/g, '')}`;
  }
  if (e?.name === 'YAMLException' && file) return `${file}:${e.loc.line || 1}: front matter: ${e.reason ?? message} (check the indentation and quotes)`;
  const loc = file ? `${file}:${e.loc.line || 1}: ` : '';
  return `${loc}${message}${e?.hint ? `\nHint: ${e.hint}` : ''}\n(Run with ASTRO_LOG_LEVEL=error for Astro's full log.)`;
}

/**
 * Astro reports front-matter schema problems as "**field.path**: message" lines without lines;
 * each becomes `path:line: field: message`, the line found by reading the front matter again.
 */
function frontMatterProblems(file, message) {
  const lines = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end > 0 ? end : undefined).join('\n'), { lineCounter });
  const lineOf = (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      // A top-level field: the line of its name (a list's items start on the lines below).
      const node = depth === 1 ? doc.contents?.items?.find((pair) => pair.key?.value === path[0])?.key : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 1;
  };
  const problems = [...message.matchAll(/^\s*\*\*(.*?)\*\*: (.+)$/gm)].map(([, where, detail]) => {
    const unknown = /^Unrecognized keys?: (.+)$/.exec(detail);
    const path = unknown ? [unknown[1].split(',')[0].replace(/"/g, '').trim()] : where.split('.').filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const field = [...path].reverse().find((key) => typeof key === 'string') ?? 'front matter';
    return `${file}:${lineOf(path)}: ${field}: ${unknown ? `unknown field(s): ${unknown[1].replace(/"/g, '')}` : detail}`;
  });
  return problems.length ? problems.join('\n') : `${file}:1: front matter: ${message}`;
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
