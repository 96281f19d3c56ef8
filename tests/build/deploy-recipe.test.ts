import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CODE } from '../../scripts/build/inputs.mjs';
import { repoRoot } from './site-builder.ts';

/**
 * docs/deploy.md's GitHub Actions recipe, as far as it can be checked without GitHub: it is valid
 * YAML, it keeps .cache/ between runs, and its cache key changes whenever anything the build's code
 * hash covers changes (scripts/build/inputs.mjs), or a deploy after a change of code would restore
 * a cache the build throws away, and never save the new one.
 */
const docs = readFileSync(join(repoRoot, 'docs/deploy.md'), 'utf8');
const workflows = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);

interface Step {
  uses?: string;
  run?: string;
  with?: { path?: string; key?: string; 'restore-keys'?: string };
}

describe('the GitHub Actions recipe', () => {
  const steps = workflows.flatMap((workflow) =>
    Object.values((workflow.jobs ?? {}) as Record<string, { steps?: Step[] }>).flatMap((job) => job.steps ?? []),
  );
  const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));

  it('restores and saves .cache/ around npm run build, after npm ci', () => {
    expect(cache?.with?.path).toBe('.cache');
    const order = (match: (step: Step) => boolean) => steps.findIndex(match);
    expect(order((step) => step.run === 'npm ci')).toBeLessThan(order((step) => step === cache));
    expect(order((step) => step === cache)).toBeLessThan(order((step) => step.run === 'npm run build'));
  });

  it("every cache (the site's, each shard's) keys on the lockfile and on every file the code hash covers", () => {
    const caches = steps.filter((step) => step.uses?.startsWith('actions/cache@'));
    expect(caches.map((step) => step.with?.path)).toEqual(['.cache', 'shards/${{ matrix.part }}-of-4']);
    for (const step of caches) {
      const patterns = [...(step.with?.key ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      expect(patterns).toContain('package-lock.json');
      const covers = (path: string) =>
        patterns.some(
          (pattern) => pattern === path || (pattern.endsWith('/**') && `${path}/`.startsWith(pattern.slice(0, -2))),
        );
      expect(CODE.filter((path: string) => !covers(path))).toEqual([]);
      expect(step.with?.['restore-keys']).toContain("hashFiles('package-lock.json')");
    }
  });

  it('the matrix builds each part into shards/ and merges what the parts uploaded', () => {
    const runs = steps.map((step) => step.run);
    expect(runs).toContain('npm run build -- --shard ${{ matrix.part }}/4');
    expect(runs).toContain('npm run build -- --merge');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const download = steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(upload?.with?.path).toBe('shards/');
    expect(download?.with?.path).toBe('shards');
  });
});
