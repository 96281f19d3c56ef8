import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Node 24 from the `node` devDependency: Astro 7 needs it, the machine may have Node 20. */
export const node24 = join(repoRoot, 'node_modules/.bin/node');

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The built site, when the build succeeded. */
  dist: string;
  root: string;
}

/**
 * A throwaway copy of the project (code shared, content replaced or overlaid) built with
 * the real `npm run build` script. Tests never touch the repository's own dist/.
 */
export function makeSite(options: { content?: Record<string, string>; keepContent?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'explainers-site-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public']) {
    cpSync(join(repoRoot, name), join(root, name), {
      recursive: true,
      filter: (source) => options.keepContent !== false || !source.startsWith(join(repoRoot, 'src/content/')),
    });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(options.content ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function buildSite(root: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(node24, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, dist: join(root, env.ASTRO_OUT_DIR ?? 'dist'), root };
}

export function removeSite(root: string) {
  rmSync(root, { recursive: true, force: true });
}
