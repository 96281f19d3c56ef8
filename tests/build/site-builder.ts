import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Node 24 from the `node` devDependency: Astro 7 needs it, the machine may have Node 20. */
export const node24 = join(repoRoot, 'node_modules/.bin/node');
/** Small content trees that replace src/content/ (see tests/fixtures/sites/). */
export const fixtureSites = join(repoRoot, 'tests/fixtures/sites');

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The built site, when the build succeeded. */
  dist: string;
  root: string;
}

export interface SiteOptions {
  /** Files to write over the copy, by path from the project root. */
  content?: Record<string, string>;
  /** false: start from an empty src/content/ (then `fixture` or `content` supply it). */
  keepContent?: boolean;
  /** A folder of tests/fixtures/sites/ copied over the project root; implies keepContent: false. */
  fixture?: string;
}

/**
 * A throwaway copy of the project (code shared, content replaced or overlaid) built with
 * the real `npm run build` script. Tests never touch the repository's own dist/.
 *
 * node_modules is a real folder of links to the repository's packages, not one link to the
 * whole folder: Astro keeps its content cache in node_modules/.astro/data-store.json, and
 * copies sharing that file read each other's stories when they build at the same time.
 */
export function makeSite(options: SiteOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'explainers-site-'));
  const keepContent = options.fixture ? false : options.keepContent;
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public']) {
    cpSync(join(repoRoot, name), join(root, name), {
      recursive: true,
      filter: (source) => keepContent !== false || !source.startsWith(join(repoRoot, 'src/content/')),
    });
  }
  linkPackages(root);
  if (options.fixture) cpSync(join(fixtureSites, options.fixture), root, { recursive: true });
  writeFiles(root, options.content ?? {});
  return root;
}

function linkPackages(root: string) {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(repoRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
}

/** Writes files (path from the project root → text) into a site copy. */
export function writeFiles(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export function readSiteFile(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/**
 * The environment a deployer's shell would have: vitest puts Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env, and Astro's build would read them.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'SITE', 'BASE', 'DRAFTS'])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('VITE_')) delete env[name];
  return env;
}

export function buildSite(root: string, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  const result = spawnSync(node24, ['scripts/build.mjs', ...args], {
    cwd: root,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return {
    status: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr,
    dist: join(root, env.ASTRO_OUT_DIR ?? 'dist'),
    root,
  };
}

export function removeSite(root: string) {
  rmSync(root, { recursive: true, force: true });
}

/** Every file under `dir` (path relative to it, `/`-separated) → its SHA-256, sorted by path. */
export function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        hashes.set(
          relative(dir, path).split('\\').join('/'),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  if (existsSync(dir)) walk(dir);
  return hashes;
}

/** Paths whose bytes differ between two trees, and paths only one of them has. */
export function diffTrees(a: string, b: string): { changed: string[]; onlyA: string[]; onlyB: string[] } {
  const [ha, hb] = [fileHashes(a), fileHashes(b)];
  return {
    changed: [...ha].filter(([path, hash]) => hb.has(path) && hb.get(path) !== hash).map(([path]) => path),
    onlyA: [...ha.keys()].filter((path) => !hb.has(path)),
    onlyB: [...hb.keys()].filter((path) => !ha.has(path)),
  };
}
