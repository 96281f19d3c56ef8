// What a build's output depends on, hashed in two parts: the code (everything but the content,
// with the lockfile, the Node version and the settings read from the environment) and the content
// (src/content). The code hash is part of every build-cache key: a change of code, configuration
// or dependencies invalidates every cached figure and page. Both together name a whole build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from './file-sums.mjs';

/** Files and folders of the project that decide its output, from the root. */
export const CODE = [
  'src',
  'public',
  'scripts/build.mjs',
  'scripts/build',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];
const CONTENT = 'src/content';
/** The environment the build reads (astro.config.mjs, src/site/explainer-list.ts). */
const SETTINGS = ['SITE', 'BASE', 'DRAFTS', 'ASTRO_OUT_DIR'];

export function buildInputs(root) {
  const code = [];
  const content = [];
  for (const path of CODE) {
    for (const file of filesUnder(root, path)) {
      (file.startsWith(`${CONTENT}/`) ? content : code).push([file, readFileSync(join(root, file))]);
    }
  }
  const settings = SETTINGS.map((name) => `${name}=${process.env[name] ?? ''}`).join('\n');
  code.push(
    ['(node)', Buffer.from(`${process.version} ${process.platform} ${process.arch}`)],
    ['(settings)', Buffer.from(settings)],
  );
  const codeHash = hashOf(code);
  return { codeHash, inputsHash: hashOf([['(code)', Buffer.from(codeHash)], ...content]) };
}

function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  // statSync follows links, as the content loaders do.
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(full, name)).isFile())
    .map((name) => `${path}/${name.split('\\').join('/')}`)
    .sort();
}
