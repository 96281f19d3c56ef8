import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseSources } from './datasets.ts';

/** Where the sources registry lives, from the project root. */
export const sourcesFile = 'src/content/sources.yaml';
/** Where datasets live, from the project root. */
export const dataDir = 'src/content/data';

interface DataFileLoaderOptions {
  /** Which files of src/content/data this collection holds. */
  match: (fileName: string) => boolean;
  /** Parses one file; throws ContentError with the file's path and line. */
  parse: (text: string, file: string, sourceIds: ReadonlySet<string>) => Record<string, unknown>;
}

/**
 * An Astro content loader for our own data files. Astro's file() loader gives no
 * line numbers and its YAML parser turns `2016-02-31` into a date; ours does neither.
 * One entry per file, id = file name without extension.
 */
export function dataFileLoader({ match, parse }: DataFileLoaderOptions): Loader {
  return {
    name: 'explainer-data-files',
    async load({ store, config, watcher }) {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const sourceIds = new Set(
          parseSources(readFileSync(join(root, sourcesFile), 'utf8'), sourcesFile).map((s) => s.id),
        );
        store.clear();
        for (const name of readdirSync(join(root, dataDir)).filter(match).sort()) {
          const file = `${dataDir}/${name}`;
          const parsed = parse(readFileSync(join(root, file), 'utf8'), file, sourceIds);
          store.set({ id: name.replace(/\.[^.]+$/, ''), data: { path: file, ...parsed }, filePath: file });
        }
      };
      sync();
      watcher?.on('all', (_event, changed) => {
        const file = relative(root, changed).split('\\').join('/');
        if (file.startsWith(dataDir) || file === sourcesFile) sync();
      });
    },
  };
}

/** The sources registry as one entry per source. */
export function sourcesLoader(): Loader {
  return {
    name: 'explainer-sources',
    async load({ store, config, watcher }) {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const sources = parseSources(readFileSync(join(root, sourcesFile), 'utf8'), sourcesFile);
        store.clear();
        for (const source of sources) store.set({ id: source.id, data: source, filePath: sourcesFile });
      };
      sync();
      watcher?.on('change', (changed) => {
        if (relative(root, changed).split('\\').join('/') === sourcesFile) sync();
      });
    },
  };
}
