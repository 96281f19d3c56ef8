import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  diffTrees,
  fileHashes,
  makeSite,
  removeSite,
  writeFiles,
  type BuildResult,
} from './site-builder.ts';

/**
 * A rebuild reuses what the last build drew and rendered (scripts/build.mjs, src/build/), and its
 * output is byte-identical to a clean build of the same content, whatever was edited, damaged or
 * broken in between. One project is rebuilt after each change; another, with the same files,
 * is built clean each time for comparison.
 */

const story = 'src/content/explainers/port-alder-trams.mdx';
/** A second story, drawing one of the first story's datasets, so that an edit can leave it alone. */
const second = 'src/content/explainers/port-alder-fares.mdx';
const secondStory = `---
title: "Port Alder's new fares (test fixture)"
dek: "A second fictional story, drawing one dataset of the first."
credit: "By Fixture Reporter, Port Alder Gazette (fictional)."
creditSources: [alder-gazette-2024-03-15]
dateline: PORT ALDER
publishedAt: "2024-03-15"
updatedAt: "2024-03-15"
keyPoints:
  - "Single rides and day passes cost more since 1 February."
  - "Monthly passes cost less."
  - "The fares are invented for a test."
corrections: []
notes: []
draft: false
---

PORT ALDER — Fares changed on 1 February.

<Chart id="fares" dataset="alder-fares" type="arrow" y="ticket" x1="before_usd" x2="after_usd" title="Fares before and after 1 February 2024" />
`;

/** CI=true, as every host sets it, does not make a build clean: only --clean does. */
const incremental = { SITE: 'https://example.org', CI: 'true', ASTRO_LOG_LEVEL: 'info' };
const clean = { SITE: 'https://example.org' };

/** The pages Astro copied from the last build instead of rendering them. */
/** Astro's log, without the colours it has when CI is set. */
const plain = (result: BuildResult) => result.stdout.replace(/\x1b\[[\d;]+m/g, '');
const restored = (result: BuildResult) =>
  new Set([...plain(result).matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]));

describe('incremental rebuilds', () => {
  let root: string;
  let reference: string;
  const files = new Map<string, string>();
  /** Changes a file in both projects. */
  const edit = (path: string, change: (text: string) => string) => {
    const text = change(files.get(path) ?? readFileSync(join(root, path), 'utf8'));
    expect(text).not.toBe(files.get(path) ?? readFileSync(join(root, path), 'utf8'));
    files.set(path, text);
    writeFiles(root, { [path]: text });
    writeFiles(reference, { [path]: text });
  };
  /** Builds the edited project incrementally and the reference clean: the two dist/ must agree. */
  const rebuild = () => {
    const result = buildSite(root, incremental);
    expect(result.status, result.stderr).toBe(0);
    const fresh = buildSite(reference, clean, ['--clean']);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(restored(fresh)).toEqual(new Set());
    expect(diffTrees(result.dist, fresh.dist)).toEqual({ changed: [], onlyA: [], onlyB: [] });
    return result;
  };

  beforeAll(() => {
    root = makeSite({ fixture: 'general', content: { [second]: secondStory } });
    reference = makeSite({ fixture: 'general', content: { [second]: secondStory } });
    const first = buildSite(root, incremental);
    expect(first.status, first.stderr).toBe(0);
  });
  afterAll(() => [root, reference].forEach(removeSite));

  it('nothing changed: the build says so and leaves dist/ as it is', () => {
    const before = fileHashes(join(root, 'dist'));
    const result = buildSite(root, incremental);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Nothing changed since the last build: dist/ is up to date.');
    expect(fileHashes(join(root, 'dist'))).toEqual(before);
  });

  it('a host: only .cache/ restored into a fresh checkout elsewhere, CI=true: a no-op publishes, an edit copies the rest', () => {
    // Another path, its own node_modules, no dist/: what a host's build machine has after `npm ci`.
    const host = makeSite({ fixture: 'general', content: { [second]: secondStory } });
    try {
      cpSync(join(root, '.cache'), join(host, '.cache'), { recursive: true });
      const unchanged = buildSite(host, incremental);
      expect(unchanged.status, unchanged.stderr).toBe(0);
      expect(unchanged.stdout).toContain(
        'Nothing changed since the last build: dist/ was restored from the build cache.',
      );
      expect(diffTrees(unchanged.dist, join(root, 'dist'))).toEqual({ changed: [], onlyA: [], onlyB: [] });

      edit(story, (text) => text.replace('carried more passengers', 'carried more riders'));
      writeFiles(host, { [story]: files.get(story)! });
      const result = buildSite(host, incremental);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toContain('building clean');
      const copied = restored(result);
      expect(copied).toContain('/explainers/port-alder-fares/index.html');
      expect(copied).not.toContain('/explainers/port-alder-trams/index.html');
      const fresh = buildSite(reference, clean, ['--clean']);
      expect(fresh.status, fresh.stderr).toBe(0);
      expect(diffTrees(result.dist, fresh.dist)).toEqual({ changed: [], onlyA: [], onlyB: [] });
    } finally {
      removeSite(host);
    }
  });

  it("a dataset's value: the stories that draw it are rendered again, the others copied", () => {
    edit('src/content/data/alder-budget.csv', (csv) => csv.replace(/,(-?\d+),/, (_m, n) => `,${Number(n) + 7},`));
    const result = rebuild();
    const copied = restored(result);
    expect(copied).toContain('/explainers/port-alder-fares/index.html');
    expect(copied).toContain('/data/alder-fares.csv');
    expect(copied).not.toContain('/explainers/port-alder-trams/index.html');
    expect(copied).not.toContain('/data/alder-budget.csv');
  });

  it("a story's text, a source's title and a damaged cache: still the clean build's bytes", () => {
    edit(second, (text) => text.replace('Fares changed', 'Fares went up and down'));
    edit('src/content/sources.yaml', (yaml) =>
      yaml.replace('Test fixture: a fictional story', 'Test fixture: the fictional story'),
    );
    // A truncated drawing, a page copy changed behind the build's back, Astro's content store cut short.
    const store = join(root, '.cache/astro/data-store.json');
    writeFileSync(store, readFileSync(store).subarray(0, 200));
    const figures = join(root, '.cache/explainers/figures');
    const [entry] = [...fileHashes(figures).keys()];
    writeFileSync(join(figures, entry!), readFileSync(join(figures, entry!)).subarray(0, 100));
    const card = join(root, '.cache/astro/dist/cards/port-alder-fares.png');
    writeFileSync(card, readFileSync(card).subarray(0, 64));
    const result = rebuild();
    expect(result.stdout).toMatch(/Build cache: 1 stored page\(s\) did not match their record/);
    expect(restored(result)).not.toContain('/cards/port-alder-fares.png');
    expect(restored(result)).toContain('/data/alder-budget.csv');
  });

  it('a failed build leaves dist/ and the cache usable', () => {
    const good = fileHashes(join(root, 'dist'));
    const csv = 'src/content/data/alder-fares.csv';
    const original = readFileSync(join(root, csv), 'utf8');
    writeFiles(root, { [csv]: original.replace('2.75', '2.7x') });
    const failed = buildSite(root, incremental);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(`${csv}:2:`);
    expect(fileHashes(join(root, 'dist'))).toEqual(good);
    writeFiles(root, { [csv]: original });
    edit(story, (text) => text.replace('PORT ALDER — ', 'PORT ALDER, Friday — '));
    const result = rebuild();
    expect(restored(result)).toContain('/explainers/port-alder-fares/index.html');
  });

  it("a build in two shards, merged: each shard renders its stories, the merge copies them; the clean build's bytes", () => {
    // Compared with the reference's clean build of the same content, made by the test before.
    const sharded = makeSite({ fixture: 'general', content: { [second]: secondStory } });
    try {
      writeFiles(sharded, Object.fromEntries(files));
      const first = buildSite(sharded, incremental, ['--shard', '1/2']);
      expect(first.status, first.stderr).toBe(0);
      const early = buildSite(sharded, incremental, ['--merge']);
      expect(early.status).not.toBe(0);
      expect(early.stderr).toContain('--merge: missing shards/2-of-2/.');
      const parts = [first, buildSite(sharded, incremental, ['--shard', '2/2'])];
      expect(parts[1]!.status, parts[1]!.stderr).toBe(0);
      // Stories in path order, the first half in the first shard.
      const rendered = (result: BuildResult) =>
        [...plain(result).matchAll(/├─ (\/explainers\/\S+) \(\+/g)].map((m) => m[1]);
      expect(parts.map(rendered)).toEqual([
        ['/explainers/port-alder-fares/index.html', '/explainers/port-alder-libraries/index.html'],
        ['/explainers/port-alder-stops/index.html', '/explainers/port-alder-trams/index.html'],
      ]);
      expect(existsSync(join(sharded, 'dist'))).toBe(false);
      const merged = buildSite(sharded, incremental, ['--merge']);
      expect(merged.status, merged.stderr).toBe(0);
      expect(merged.stdout).toContain('Joining 2 shards from shards/.');
      expect(restored(merged)).toContain('/explainers/port-alder-fares/index.html');
      expect(restored(merged)).toContain('/explainers/port-alder-trams/index.html');
      expect(diffTrees(merged.dist, join(reference, 'dist'))).toEqual({ changed: [], onlyA: [], onlyB: [] });
    } finally {
      removeSite(sharded);
    }
  });

  it("a change of code: the next build is a clean one, Astro's stored content included", () => {
    const module = join(root, 'src/format/numbers.ts');
    writeFileSync(module, `${readFileSync(module, 'utf8')}\n// changed\n`);
    const result = buildSite(root, incremental);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'The code, configuration or dependencies changed since the last build: building clean.',
    );
    expect(restored(result)).toEqual(new Set());
  });
});
