import type { TestProject } from 'vitest/node';
import { buildSite, makeSite, removeSite } from './site-builder.ts';

/**
 * Builds the real site, and the fixture story on another subject (tests/fixtures/sites/general),
 * once each into temporary copies; build tests read `inject('siteDist')` and `inject('generalDist')`.
 */
export async function setup(project: TestProject) {
  const roots = [makeSite(), makeSite({ fixture: 'general' })];
  const [site, general] = roots.map((root) => {
    const result = buildSite(root);
    if (result.status !== 0) throw new Error(`${root} did not build:\n${result.stderr}\n${result.stdout}`);
    return result.dist;
  });
  project.provide('siteDist', site);
  project.provide('generalDist', general);
  return () => roots.forEach(removeSite);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    generalDist: string;
  }
}
