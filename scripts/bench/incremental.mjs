// `npm run bench -- --incremental`: rebuilds of one archive after the edits a newsroom makes all
// day, each timed and checked file by file against a clean build of the same content, made in a
// second copy of the project with `--clean`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { fileSums } from '../build/file-sums.mjs';
import { makeProject, writeArchive } from './archive.mjs';
import { build } from './measure.mjs';

/** The middle story of an archive of N explainers gains a sentence in its first paragraph. */
export function editOneStory(n) {
  return {
    name: "one story's text",
    file: `src/content/explainers/explainer-${String(Math.floor(n / 2)).padStart(4, '0')}.mdx`,
    apply: (text) => text.replace(/\n---\n\n([^\n]+)\n/, (_m, first) => `\n---\n\n${first} Officials confirmed it.\n`),
  };
}

/** Each edit: what it changes, in the archive of N explainers; `apply` rewrites one file's text. */
const edits = (n) => {
  const third = `explainer-${String(Math.floor(n / 3)).padStart(4, '0')}`;
  return [
    editOneStory(n),
    {
      name: "one dataset's value",
      // The first row's value in the column a chart of that story draws as y (each story draws its own copies).
      file: (root) => `src/content/data/${chartOf(root, third).dataset}.csv`,
      apply: (text, root) => {
        const { y } = chartOf(root, third);
        const [header, ...rows] = parse(text, { skip_empty_lines: true });
        const at = header.indexOf(y);
        rows[0][at] = String(Number(rows[0][at]) + 1);
        return stringify([header, ...rows]);
      },
    },
    {
      name: "one source's title",
      file: 'src/content/sources.yaml',
      apply: (text) => text.replace(/^(\s+title: "?)/m, '$1(Corrected) '),
    },
  ];
};

/** The dataset of the first chart of explainer `slug`, and the column of numbers it draws (x for a bar chart, else y). */
function chartOf(root, slug) {
  const text = readFileSync(join(root, `src/content/explainers/${slug}.mdx`), 'utf8');
  const tag = /<Chart\b[^\n]*\/>/.exec(text)?.[0];
  if (!tag) throw new Error(`bench: ${slug} has no chart to edit the data of`);
  const attribute = (name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  return { dataset: attribute('dataset'), y: attribute(attribute('type') === 'bar' ? 'x' : 'y') };
}

export async function benchIncremental(n, log) {
  const root = makeProject(`incremental-n${n}`);
  const reference = makeProject(`incremental-reference-n${n}`);
  try {
    const figures = writeArchive(root, n, { figures: true });
    writeArchive(reference, n, { figures: true });
    const results = [];
    const measure = async (name, compareWithClean) => {
      log(`N = ${n}: ${name} …`);
      const result = await build(root, [], { incremental: true });
      const entry = { name, ...summary(result) };
      if (compareWithClean) {
        log(`  ${entry.seconds} s; the clean build of the same content …`);
        entry.cleanBuild = summary(await build(reference));
        log(`  clean: ${entry.cleanBuild.seconds} s`);
      }
      entry.comparedWithClean = compareSites(join(root, 'dist'), join(reference, 'dist'));
      log(
        `  ${entry.seconds} s, ${entry.filesCopied} files copied, identical to clean: ${entry.comparedWithClean.identical}`,
      );
      results.push(entry);
    };
    await measure('cold (empty cache)', true);
    await measure('no-op (nothing changed)', false);
    // The same, without the record that lets the build stop at once: every page goes through Astro.
    rmSync(join(root, '.cache/explainers/last-build.json'));
    await measure('no-op through Astro (record of dist/ removed)', false);
    for (const edit of edits(n)) {
      for (const project of [root, reference]) {
        const file = typeof edit.file === 'function' ? edit.file(project) : edit.file;
        const path = join(project, file);
        const before = readFileSync(path, 'utf8');
        const after = edit.apply(before, project);
        if (after === before) throw new Error(`bench: the edit "${edit.name}" changed nothing in ${file}`);
        writeFileSync(path, after);
      }
      await measure(edit.name, true);
    }
    return { explainers: n, figures, builds: results };
  } finally {
    for (const project of [root, reference]) rmSync(project, { recursive: true, force: true });
  }
}

export function summary(result) {
  return {
    seconds: round(result.seconds),
    cpuSeconds: round(result.cpuSeconds),
    peakMemoryMiB: result.peakTreeMiB,
    upToDate: result.upToDate,
    filesCopied: result.filesCopied,
    pages: result.pages,
    phasesMs: result.phasesMs,
    routesMs: result.routesMs,
  };
}

/** Every file of the two sites, by SHA-256. */
export function compareSites(built, clean) {
  const [a, b] = [fileSums(built), fileSums(clean)];
  const differ = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]);
  return { identical: differ.length === 0, files: Object.keys(b).length, differing: differ.slice(0, 20) };
}

function round(x, digits = 2) {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
