import type { TestProject } from 'vitest/node';
import { buildSite, makeSite, removeSite } from './site-builder.ts';

/** Builds the real site once into a temporary copy; build tests read `inject('siteDist')`. */
export async function setup(project: TestProject) {
  const root = makeSite();
  const result = buildSite(root);
  if (result.status !== 0) {
    throw new Error(`The site did not build:\n${result.stderr}\n${result.stdout}`);
  }
  project.provide('siteDist', result.dist);
  return () => removeSite(root);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}
