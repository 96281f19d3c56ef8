// The Astro part of `npm run build`, run by scripts/build.mjs in a process of its own so that its
// heap is gone before the search index is written (the two together were most of the build's
// peak memory). Usage: node scripts/build/astro-pass.mjs <output folder>
// On failure it sends the parent one message, `{ problem: text }`, already worded for a journalist:
// content errors as `path:line: field: message`, anything else as Astro's message without a stack.
import { build } from 'astro';
import { contentMistake } from '../../src/problems/content-mistake.ts';

const root = process.cwd();
const outDir = process.argv[2];
// --force: a clean build. Astro re-renders every page and reloads the content layer, and records both afresh.
const force = process.argv.includes('--force');

// The parent went away (killed, say): stop instead of writing into a folder nobody will publish.
process.on('disconnect', () => process.exit(1));

try {
  // Silent: Astro would log each error with its stack; the parent prints the one message instead.
  await build({ root, outDir, force, logLevel: process.env.ASTRO_LOG_LEVEL || 'silent' });
} catch (error) {
  await report(contentMistake(error, root) ?? describe(error));
  process.exit(1);
}
process.exit(0);

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
