import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, openBuildCache } from '../../src/build/build-cache.ts';
import { answers, readRecorder } from '../../src/build/recorded-reads.ts';
import type { WorkerTask } from '../../src/render/worker-pool.ts';

/**
 * The build cache (src/build/) between builds: a damaged entry is never served, it is reported
 * as missing, removed, and the work is done again.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entryFiles = () =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe('cache keys', () => {
  it('the same data gives the same key; any change, even inside a Map, another', () => {
    const drawing = { chart: { rows: new Map([['a', 1]]) }, widths: [340, 640] };
    const same = { chart: { rows: new Map([['a', 1]]) }, widths: [340, 640] };
    expect(cacheKey('chart', drawing)).toBe(cacheKey('chart', same));
    expect(cacheKey('chart', drawing)).not.toBe(
      cacheKey('chart', { ...drawing, chart: { rows: new Map([['a', 2]]) } }),
    );
    expect(cacheKey('chart', drawing)).not.toBe(cacheKey('card', drawing));
  });

  it('refuses an input it cannot see into, instead of leaving it out', () => {
    expect(() => cacheKey('chart', { format: () => 'x' })).toThrow();
  });
});

describe('entries', () => {
  const key = cacheKey('test', 'one');
  const other = cacheKey('test', 'two');

  it('what was put is read back, and no temporary file is left', () => {
    const cache = openBuildCache(dir);
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, Buffer.from('<svg>one</svg>'));
    expect(cache.get(key)?.toString()).toBe('<svg>one</svg>');
    expect(entryFiles()).toHaveLength(1);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 3)],
    ['with a changed byte', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from('X')])],
    ['empty', () => Buffer.alloc(0)],
    ['from an older format', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(' 1 ', ' 0 '), 'latin1')],
  ])('an entry %s is missing, and is removed', (_kind, damage) => {
    const cache = openBuildCache(dir);
    cache.put(key, Buffer.from('<svg>one</svg>'));
    const [file] = entryFiles();
    writeFileSync(file!, damage(readFileSync(file!)));
    expect(cache.get(key)).toBeUndefined();
    expect(entryFiles()).toEqual([]);
    cache.put(key, Buffer.from('<svg>one</svg>'));
    expect(cache.get(key)?.toString()).toBe('<svg>one</svg>');
  });

  it("another key's entry under this key's name is not served", () => {
    const cache = openBuildCache(dir);
    cache.put(other, Buffer.from('<svg>two</svg>'));
    const [file] = entryFiles();
    const target = join(dir, key.slice(0, 2), key);
    rmSync(join(dir, key.slice(0, 2)), { recursive: true, force: true });
    openBuildCache(dir).put(key, Buffer.from('placeholder'));
    writeFileSync(target, readFileSync(file!));
    expect(cache.get(key)).toBeUndefined();
  });
});

describe('runCachedTask', () => {
  let runs: number;
  const task: WorkerTask<{ width: number }, string[]> = {
    module: 'test/task.ts',
    name: 'draw',
    run: ({ width }) => (runs++, [`<svg width="${width}"></svg>`]),
  };
  /** A production build's module state, as scripts/build.mjs sets it up. */
  const inBuild = async () => {
    vi.resetModules();
    vi.stubEnv('PROD', true);
    vi.stubEnv('EXPLAINERS_CACHE_DIR', dir);
    vi.stubEnv('EXPLAINERS_CODE_HASH', 'code-1');
    return import('../../src/build/cached-task.ts');
  };
  beforeEach(() => {
    runs = 0;
  });
  afterEach(() => vi.unstubAllEnvs());

  it('a later build with the same input and code reads the output instead of running the task', async () => {
    const first = await inBuild();
    expect(await first.runCachedTask(task, { width: 340 }, first.svgListCodec)).toEqual(['<svg width="340"></svg>']);
    const second = await inBuild();
    expect(await second.runCachedTask(task, { width: 340 }, second.svgListCodec)).toEqual(['<svg width="340"></svg>']);
    expect(runs).toBe(1);
    await second.runCachedTask(task, { width: 640 }, second.svgListCodec);
    expect(runs).toBe(2);
  });

  it('other code is another key', async () => {
    const first = await inBuild();
    await first.runCachedTask(task, { width: 340 }, first.svgListCodec);
    vi.stubEnv('EXPLAINERS_CODE_HASH', 'code-2');
    vi.resetModules();
    const second = await import('../../src/build/cached-task.ts');
    await second.runCachedTask(task, { width: 340 }, second.svgListCodec);
    expect(runs).toBe(2);
  });

  it('a damaged entry: the task runs again and its output replaces the entry', async () => {
    const first = await inBuild();
    await first.runCachedTask(task, { width: 340 }, first.svgListCodec);
    const [file] = entryFiles();
    writeFileSync(file!, readFileSync(file!).subarray(0, 40));
    const second = await inBuild();
    expect(await second.runCachedTask(task, { width: 340 }, second.svgListCodec)).toEqual(['<svg width="340"></svg>']);
    expect(runs).toBe(2);
    const third = await inBuild();
    await third.runCachedTask(task, { width: 340 }, third.svgListCodec);
    expect(runs).toBe(2);
  });

  it('outside a build made by scripts/build.mjs, nothing is stored', async () => {
    vi.resetModules();
    const { runCachedTask, svgListCodec } = await import('../../src/build/cached-task.ts');
    await runCachedTask(task, { width: 340 }, svgListCodec);
    await runCachedTask(task, { width: 340 }, svgListCodec);
    expect(runs).toBe(2);
    expect(entryFiles()).toEqual([]);
  });
});

describe('recorded reads', () => {
  it('notes each id looked up, found or not, and "*" once anything walks the whole map', () => {
    const recorder = readRecorder();
    const sources = recorder.watch('sources', new Map([['a', { title: 'A' }]]));
    const datasets = recorder.watch('datasets', new Map([['d', 1]]));
    expect(sources.get('a')).toEqual({ title: 'A' });
    expect(sources.has('missing')).toBe(false);
    expect([...datasets.keys()]).toEqual(['d']);
    expect(recorder.reads()).toEqual({ datasets: '*', sources: ['a', 'missing'] });
  });

  it('the answers change when a read entry changes, appears or goes, and only then', () => {
    const reads = { sources: ['a', 'missing'] };
    const now = (sources: Map<string, unknown>) => cacheKey('page', answers(reads, { sources }));
    const before = now(
      new Map([
        ['a', { title: 'A' }],
        ['b', { title: 'B' }],
      ]),
    );
    expect(
      now(
        new Map([
          ['a', { title: 'A' }],
          ['b', { title: 'B, corrected' }],
        ]),
      ),
    ).toBe(before);
    expect(now(new Map([['a', { title: 'A, corrected' }]]))).not.toBe(before);
    expect(
      now(
        new Map([
          ['a', { title: 'A' }],
          ['missing', { title: 'M' }],
        ]),
      ),
    ).not.toBe(before);
    expect(now(new Map())).not.toBe(before);
  });
});
