import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { asContentErrors, throwContentErrors, type ContentError } from '../problems/content-error.ts';
import { problemData } from '../problems/content-problems.ts';
import { problemPrinter } from '../problems/problem-output.ts';
import { parseSources } from './data-files.ts';
import { readYaml } from './yaml-records.ts';
import { readCsvRecords } from './csv-records.ts';
import { reservedColumns } from '../schemas/chart-dataset.ts';

/** Where the sources registry lives, from the project root. */
export const sourcesFile = 'src/content/sources.yaml';
/** Where datasets live, from the project root. */
export const dataDir = 'src/content/data';

interface DataFileLoaderOptions {
  /** Which files of src/content/data this collection holds. */
  match: (fileName: string) => boolean;
  /** Parses one file; throws ContentError with the file's path and line. */
  parse: (text: string, file: string, sourceIds: ReadonlySet<string>, root: string) => Record<string, unknown>;
}

/**
 * While the sources registry itself is broken every page that cites shows that, so other files
 * are read without checking their source ids (which would only add wrong errors) until it is fixed.
 */
class AnySourceId extends Set<string> {
  override has() {
    return true;
  }
}

/**
 * An Astro content loader for our own data files. Astro's file() loader gives no
 * line numbers and its YAML parser turns `2016-02-31` into a date; ours does neither.
 * One entry per file, id = file name without extension.
 *
 * A build stops at the first bad file. `npm run dev` (which has a watcher) prints a bad file's
 * problems, stores them as its entry (src/problems/content-problems.ts) and loads every other file.
 */
export function dataFileLoader({ match, parse }: DataFileLoaderOptions): Loader {
  return {
    name: 'explainer-data-files',
    async load({ store, config, watcher, generateDigest }) {
      const root = fileURLToPath(config.root);
      const keepGoing = watcher !== undefined;
      const print = problemPrinter();
      const sync = () => {
        let sourceIds: ReadonlySet<string>;
        // A file's data depends on its text and on which source ids exist, and on nothing else: a
        // file whose digest of both is the one Astro stored (from the last build, or the last change
        // in dev) keeps its entry, unparsed. A rebuild of 1,000 stories reads, not parses, 6,000 files.
        try {
          sourceIds = new Set(
            parseSources(readFileSync(join(root, sourcesFile), 'utf8'), sourcesFile).map((s) => s.id),
          );
        } catch (error) {
          if (!keepGoing || !asContentErrors(error)) throw error;
          sourceIds = new AnySourceId();
        }
        const sourcesDigest =
          sourceIds instanceof AnySourceId ? 'any source' : generateDigest([...sourceIds].sort().join('\n'));
        // A build reads every file before it stops, so that it lists every bad file's mistakes at once.
        const failed: ContentError[] = [];
        const entries = readdirSync(join(root, dataDir))
          .filter(match)
          .sort()
          .map((name) => {
            const file = `${dataDir}/${name}`;
            const id = name.replace(/\.[^.]+$/, '');
            try {
              const text = readFileSync(join(root, file), 'utf8');
              const digest = generateDigest(`${sourcesDigest}\n${text}`);
              const stored = store.get(id);
              const entry =
                stored?.digest === digest && stored.filePath === file
                  ? stored
                  : { id, data: { path: file, ...parse(text, file, sourceIds, root) }, filePath: file, digest };
              print(file, []);
              return entry;
            } catch (error) {
              const problems = asContentErrors(error);
              if (!problems) throw error;
              if (!keepGoing) failed.push(...problems);
              else print(file, problems);
              return { id, data: problemData(problems, { path: file }), filePath: file };
            }
          });
        if (!keepGoing) throwContentErrors(failed);
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      sync();
      watcher?.on('all', (_event, changed) => {
        const file = relative(root, changed).split('\\').join('/');
        if (file.startsWith(`${dataDir}/`) || file === sourcesFile) sync();
      });
    },
  };
}

/**
 * Whether a CSV's sidecar names one source for all its rows, so that the CSV's own check can list
 * an empty `source` cell with the row's other mistakes. A sidecar that cannot be read counts as
 * naming one: it reports its own problems, and an empty cell is checked again when datasets are joined.
 */
export function sidecarNamesSource(csvFile: string, root: string): boolean {
  const sidecar = join(root, csvFile.replace(/\.csv$/, '.meta.yaml'));
  if (!existsSync(sidecar)) return false;
  try {
    const data = readYaml(readFileSync(sidecar, 'utf8'), sidecar).data as { source?: unknown } | null;
    return data?.source !== undefined;
  } catch {
    return true;
  }
}

/**
 * The data columns of the CSV a sidecar describes, so the sidecar's check can name a column the
 * CSV lacks as the sidecar's own mistake (`npm run dev` then shows it only on pages that read the
 * dataset). None when the CSV is missing or unreadable: that is reported on its own.
 */
export function describedCsv(metaFile: string, root: string): { path: string; columns: string[] } | undefined {
  const path = metaFile.replace(/\.meta\.yaml$/, '.csv');
  try {
    const { header } = readCsvRecords(readFileSync(join(root, path), 'utf8'), path);
    return { path, columns: header.filter((name) => !(reservedColumns as readonly string[]).includes(name)) };
  } catch {
    return undefined;
  }
}

/**
 * The sources registry as one entry per source. In `npm run dev` a broken registry is printed and
 * stored as one entry holding its problems, under the file's path (never a source id).
 */
export function sourcesLoader(): Loader {
  return {
    name: 'explainer-sources',
    async load({ store, config, watcher }) {
      const root = fileURLToPath(config.root);
      const print = problemPrinter();
      const sync = () => {
        let entries;
        try {
          const sources = parseSources(readFileSync(join(root, sourcesFile), 'utf8'), sourcesFile);
          entries = sources.map((source) => ({ id: source.id, data: source, filePath: sourcesFile }));
          print(sourcesFile, []);
        } catch (error) {
          const problems = asContentErrors(error);
          if (!watcher || !problems) throw error;
          print(sourcesFile, problems);
          entries = [{ id: sourcesFile, data: problemData(problems, {}), filePath: sourcesFile }];
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      sync();
      watcher?.on('all', (_event, changed) => {
        if (relative(root, changed).split('\\').join('/') === sourcesFile) sync();
      });
    },
  };
}
