// The Astro part of `npm run build`, run by scripts/build.mjs in a process of its own so that its
// heap is gone before the search index is written (the two together were most of the build's
// peak memory). Usage: node scripts/build/astro-pass.mjs <output folder>
// On failure it sends the parent one message, `{ problem: text }`, already worded for a journalist:
// content errors as `path:line: field: message`, anything else as Astro's message without a stack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { contentErrorText } from '../../src/lib/content-error.ts';

const root = process.cwd();
const outDir = process.argv[2];

// The parent went away (killed, say): stop instead of writing into a folder nobody will publish.
process.on('disconnect', () => process.exit(1));

try {
  // Silent: Astro would log each error with its stack; the parent prints the one message instead.
  await build({ root, outDir, logLevel: process.env.ASTRO_LOG_LEVEL || 'silent' });
} catch (error) {
  await report(contentErrorText(error) ?? describe(error));
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

/** Anything that is not one of our content errors: Astro's own message with its location, never the stack. */
function describe(error) {
  // Vite and rolldown wrap a plugin's error (MDX syntax, say) in an aggregate "Build failed with 1 error".
  const e = /** @type {any} */ (error)?.errors?.[0] ?? error;
  const file = e?.loc?.file ? relativeToRoot(e.loc.file) : undefined;
  const message = String(e?.message ?? e)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  if (e?.name === 'InvalidContentEntryDataError' && file) return frontMatterProblems(file, message);
  if (e?.name === 'MDXError' && file) {
    // micromark puts the position at the end of the message: "… (21:1-21:51)".
    const at = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(message);
    return `${file}:${e.loc.line ?? at?.[1] ?? 1}: mdx: ${(at ? message.slice(0, at.index) : message).replace(/`/g, '')}`;
  }
  if (e?.name === 'YAMLException' && file)
    return `${file}:${e.loc.line || 1}: front matter: ${e.reason ?? message} (check the indentation and quotes)`;
  const loc = file ? `${file}:${e.loc.line || 1}: ` : '';
  return `${loc}${message}${e?.hint ? `\nHint: ${e.hint}` : ''}\n(Run with ASTRO_LOG_LEVEL=error for Astro's full log.)`;
}

/**
 * Astro reports front-matter schema problems as "**field.path**: message" lines without lines;
 * each becomes `path:line: field: message`, the line found by reading the front matter again.
 */
function frontMatterProblems(file, message) {
  const lines = readFileSync(join(root, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end > 0 ? end : undefined).join('\n'), { lineCounter });
  const lineOf = (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      // A top-level field: the line of its name (a list's items start on the lines below).
      const node =
        depth === 1
          ? doc.contents?.items?.find((pair) => pair.key?.value === path[0])?.key
          : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 1;
  };
  const problems = [...message.matchAll(/^\s*\*\*(.*?)\*\*: (.+)$/gm)].map(([, where, detail]) => {
    const unknown = /^Unrecognized keys?: (.+)$/.exec(detail);
    const path = unknown
      ? [unknown[1].split(',')[0].replace(/"/g, '').trim()]
      : where
          .split('.')
          .filter(Boolean)
          .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const field = [...path].reverse().find((key) => typeof key === 'string') ?? 'front matter';
    return `${file}:${lineOf(path)}: ${field}: ${unknown ? `unknown field(s): ${unknown[1].replace(/"/g, '')}` : detail}`;
  });
  return problems.length ? problems.join('\n') : `${file}:1: front matter: ${message}`;
}
