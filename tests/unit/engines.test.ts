import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * npm checks `engines` against the Node it runs on (the machine's Node 20), and .npmrc turns
 * those warnings off because no package runs there. This is the check that matters: every
 * installed package accepts the Node that runs the npm scripts, the build and these tests.
 */
const root = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, unknown>;
};

/** Packages that need another Node, as `name@version needs node <range>`. */
function unsupportedEngines(nodeVersion: string): string[] {
  return Object.keys(lock.packages).flatMap((path) => {
    const manifest = join(root, path, 'package.json');
    // Optional packages for other platforms are in the lockfile but never installed.
    if (path === '' || !existsSync(manifest)) return [];
    const { name, version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      version: string;
      engines?: { node?: unknown };
    };
    const range = engines?.node;
    if (typeof range !== 'string' || semver.satisfies(nodeVersion, range, { includePrerelease: true })) return [];
    return [`${name}@${version} needs node ${range}`];
  });
}

describe('installed packages', () => {
  it(`all accept the Node the scripts run on (${process.version})`, () => {
    expect(unsupportedEngines(process.version)).toEqual([]);
  });

  it("would be caught on the machine's Node 20, which no script uses", () => {
    expect(unsupportedEngines('20.20.2')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^astro@\S+ needs node >=22/)]),
    );
  });
});
