// The one build every browser gate reads: `npm run build`'s script into a temporary folder
// (ASTRO_OUT_DIR), never the repository's dist/. Also lists the pages of a build.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Builds the site at `base` (default root); `clean`: with --clean, reading no cache.
 * Resolves to { dist, cleanup() }; rejects with the build's output.
 */
export async function buildSite({ base = '/', site, clean = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'explainers-browser-'));
  const dist = join(folder, 'dist');
  const env = { ...process.env, ASTRO_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', BASE: base };
  if (site) env.SITE = site;
  const output = [];
  const status = await new Promise((done) => {
    // process.execPath: run.mjs already runs on Node 24 from node_modules/.bin (npm run puts it first).
    const child = spawn(process.execPath, ['scripts/build.mjs', ...(clean ? ['--clean'] : [])], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => done(code ?? 1));
  });
  const cleanup = () => rmSync(folder, { recursive: true, force: true });
  if (status !== 0) {
    cleanup();
    throw new Error(`npm run build failed (exit ${status}):\n${Buffer.concat(output).toString('utf8').trim()}`);
  }
  return { dist, cleanup };
}

/** Every HTML file of a build, sorted, as paths relative to dist with '/' separators. */
export function htmlFiles(dist) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.sort();
}

/** 'explainers/x/index.html' -> 'explainers/x/', 'index.html' -> '', '404.html' -> '404.html'. */
export function pagePath(file) {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
