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

  it("keys on the lockfile and on every file the build's code hash covers, falling back by lockfile", () => {
    const patterns = [...(cache?.with?.key ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(patterns).toContain('package-lock.json');
    const covers = (path: string) =>
      patterns.some(
        (pattern) => pattern === path || (pattern.endsWith('/**') && `${path}/`.startsWith(pattern.slice(0, -2))),
      );
    expect(CODE.filter((path: string) => !covers(path))).toEqual([]);
    expect(cache?.with?.['restore-keys']).toContain("hashFiles('package-lock.json')");
  });
});
