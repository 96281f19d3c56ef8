import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, diffTrees, fileHashes, makeSite, removeSite } from './site-builder.ts';

/**
 * The same content gives the same bytes: the shared build (globalSetup) and a second build of
 * the real site, made in another folder, at another time, in another time zone, must agree on
 * every file in dist/ — pages, SVGs, CSVs, feeds, sitemaps, social cards and the search index.
 */

/** Where two versions of a text file first part, with some context, for the failure message. */
function firstDifference(a: string, b: string): string {
  const [x, y] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at offset ${i}:\n  first:  …${JSON.stringify(x.slice(Math.max(0, i - 60), i + 60))}…\n  second: …${JSON.stringify(y.slice(Math.max(0, i - 60), i + 60))}…`;
}

describe('two builds of the same content are byte-identical', () => {
  const first = inject('siteDist');
  let root: string;
  let second: string;

  beforeAll(() => {
    root = makeSite();
    // Far from UTC, so a date formatted in local time would show.
    const result = buildSite(root, { TZ: 'Pacific/Kiritimati' });
    expect(result.status, result.stderr).toBe(0);
    second = result.dist;
  });
  afterAll(() => removeSite(root));

  it('every file in dist/ has the same hash', () => {
    const diff = diffTrees(first, second);
    const report = [
      ...diff.changed
        .slice(0, 5)
        .map((path) =>
          /\.(png|pagefind|pf_\w+)$/.test(path)
            ? `${path}: binary, differs`
            : `${path} ${firstDifference(join(first, path), join(second, path))}`,
        ),
      ...diff.onlyA.map((path) => `${path}: only in the first build`),
      ...diff.onlyB.map((path) => `${path}: only in the second build`),
    ].join('\n');
    expect(diff, report).toEqual({ changed: [], onlyA: [], onlyB: [] });
  });

  it('covers the whole site, the search index included', () => {
    const paths = [...fileHashes(first).keys()];
    expect(paths.length).toBeGreaterThan(20);
    for (const expected of [
      'index.html',
      'rss.xml',
      'sitemap-0.xml',
      'pagefind/pagefind-entry.json',
      'explainers/russia-syria-withdrawal/index.html',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((path) => path.startsWith('cards/') && path.endsWith('.png'))).toBe(true);
    expect(paths.some((path) => /^embed\/[^/]+\/[^/]+\/index\.html$/.test(path))).toBe(true);
  });
});
