import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fileHashes, makeSite, node24, removeSite } from './site-builder.ts';

/**
 * scripts/build.mjs builds into .build-tmp/ and swaps the result into dist/ only when the whole
 * build succeeded. Proof: a good build, then a broken data file, then a build that is killed
 * halfway: dist/ stays byte-for-byte the good one, and no staging or retired folder is left.
 */

const csv = 'src/content/data/fixture-deaths.csv';
/** What the build may leave next to the project: nothing but dist/ (and Astro's own .astro/ cache). */
const leftovers = (root: string) =>
  readdirSync(root).filter((name) => name === '.build-tmp' || /^dist\.old-/.test(name));

describe('a failed build never touches dist/', () => {
  let root: string;
  let good: Map<string, string>;
  let original: string;

  beforeAll(() => {
    root = makeSite({ fixture: 'minimal' });
    const result = buildSite(root, { SITE: 'https://example.org' });
    expect(result.status, result.stderr).toBe(0);
    good = fileHashes(result.dist);
    original = readFileSync(join(root, csv), 'utf8');
  });
  afterAll(() => removeSite(root));

  it('the good build wrote a whole site', () => {
    expect(good.has('index.html')).toBe(true);
    expect(good.has('explainers/fixture-story/index.html')).toBe(true);
    expect(good.has('data/fixture-deaths.csv')).toBe(true);
    expect(leftovers(root)).toEqual([]);
  });

  it('a broken data file: non-zero exit, the same dist/ byte for byte, nothing left over', () => {
    writeFileSync(join(root, csv), original.replace('73447', '7344x'));
    try {
      const result = buildSite(root, { SITE: 'https://example.org' });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`${csv}:3: value: "7344x" is not a number`);
      expect(result.stderr).toContain('nothing was written to dist');
    } finally {
      writeFileSync(join(root, csv), original);
    }
    expect(fileHashes(join(root, 'dist'))).toEqual(good);
    expect(leftovers(root)).toEqual([]);
  });

  it('a mistake found while rendering pages (after Astro has written some files): the same', () => {
    const story = 'src/content/explainers/fixture-story.mdx';
    const text = readFileSync(join(root, story), 'utf8');
    writeFileSync(join(root, story), text.replace('<Fact id="fixture-deaths-2013" />', '<Fact id="no-such-fact" />'));
    try {
      const result = buildSite(root, { SITE: 'https://example.org' });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`${story}:17: fact: "no-such-fact"`);
    } finally {
      writeFileSync(join(root, story), text);
    }
    expect(fileHashes(join(root, 'dist'))).toEqual(good);
    expect(leftovers(root)).toEqual([]);
  });

  it('a build killed halfway leaves dist/ as it was', async () => {
    const staging = join(root, '.build-tmp');
    // --clean: the content is the good build's, so a rebuild would stop at once ("Nothing changed").
    const child = spawn(node24, ['scripts/build.mjs', '--clean'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE: 'https://example.org' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Kill it once Astro has started writing pages into the staging folder.
    const writing = () =>
      existsSync(staging) && readdirSync(staging).some((build) => readdirSync(join(staging, build)).length > 0);
    const deadline = Date.now() + 120_000;
    while (!writing() && child.exitCode === null && Date.now() < deadline)
      await new Promise((wait) => setTimeout(wait, 20));
    const killedWhileWriting = child.exitCode === null;
    child.kill('SIGKILL');
    await exited;
    expect(killedWhileWriting, 'the build finished before it could be killed').toBe(true);
    expect(fileHashes(join(root, 'dist'))).toEqual(good);
    // A killed process cleans nothing up; the next build does.
    const next = buildSite(root, { SITE: 'https://example.org' });
    expect(next.status, next.stderr).toBe(0);
    expect(fileHashes(next.dist)).toEqual(good);
    expect(leftovers(root)).toEqual([]);
  });
});
