import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and the guides name files a newcomer will open: each named path of the code must exist.
 * Not checked: a pattern (`<slug>`, `*`, `…`) that stands for many files, examples of a journalist's
 * own files under src/content/, and what the build or the tests write (git-ignored).
 */
const pages = [
  'README.md',
  'src/content/data/README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file)),
];
const generated = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^\/|\/$/g, ''))
  .filter((line) => line && !line.startsWith('#'));
const checked = (path: string) =>
  !path.startsWith('src/content/') && !generated.some((entry) => path === entry || path.startsWith(`${entry}/`));
const pathPattern = /(?<![\w/.-])(?:src|scripts|tests)\/[\w./[\]-]*[\w\]]/g;

function namedPaths(text: string): string[] {
  return [...text.matchAll(pathPattern)]
    .filter((match) => !/[<*…]/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1)))
    .map((match) => match[0])
    .filter(checked);
}

describe('docs name files that exist', () => {
  it.each(pages)('%s', (page) => {
    const missing = namedPaths(readFileSync(page, 'utf8')).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });

  it('finds a moved file', () => {
    expect(namedPaths('see `src/lib/story-problems.ts` and src/story/model.ts.')).toEqual([
      'src/lib/story-problems.ts',
      'src/story/model.ts',
    ]);
  });
});
