/**
 * Where drafts go and how they are written: src/content/explainers/<slug>.mdx, or the folder in
 * EXPLAINERS_DIR (tests use a temporary one). A file that exists is never overwritten: the
 * journalist may have spent a day on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './run-cli.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../content/explainers/', import.meta.url));

export function explainersDir(): string {
  return resolve(process.env.EXPLAINERS_DIR || DEFAULT_DIR);
}

/** The path as the journalist would type it: relative to where they are, if inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Writes `<dir>/<slug>.mdx` unless it exists; returns the path as shown. */
export function writeDraft(slug: string, content: string): string {
  const dir = explainersDir();
  const path = join(dir, `${slug}.mdx`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, content, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new CliError(
        `${shown(path)} already exists; not overwriting it (choose another slug, or move that file away first)`,
      );
    }
    throw new CliError(`cannot write ${shown(path)}: ${code ?? (error as Error).message}`);
  }
  return shown(path);
}
