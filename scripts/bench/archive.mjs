// The synthetic archive: N copies of the real explainer, each with its own varied data.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export const repo = resolve(import.meta.dirname, '../..');

export const storyPath = 'src/content/explainers/russia-syria-withdrawal.mdx';
export const story = readFileSync(join(repo, storyPath), 'utf8');
export const sources = readFileSync(join(repo, 'src/content/sources.yaml'), 'utf8');
export const FIGURE_TAG = /^<(Chart|Map|Timeline|PositionsTable)\b[^\n]*\/>\n?/gm;
/** The real story's figures: tag, id, and the data file each draws (whatever the story holds today). */
export const realFigures = [...story.matchAll(FIGURE_TAG)].map(([tag, kind]) => {
  const [, attribute, dataset] = /\b(dataset|events|positions)="([^"]+)"/.exec(tag);
  return {
    tag: tag.trim(),
    kind,
    id: /\bid="([^"]+)"/.exec(tag)[1],
    attribute,
    dataset,
    file: `${dataset}.${kind === 'Chart' || kind === 'Map' ? 'csv' : 'yaml'}`,
  };
});
/** Every data file the story draws, and each chart dataset's sidecar, read once. */
export const realData = new Map(
  realFigures.flatMap((figure) => {
    const files = [
      figure.file,
      ...(figure.kind === 'Chart' || figure.kind === 'Map' ? [`${figure.dataset}.meta.yaml`] : []),
    ];
    return files
      .filter((file) => existsSync(join(repo, 'src/content/data', file)))
      .map((file) => [file, readFileSync(join(repo, 'src/content/data', file), 'utf8')]);
  }),
);
/** Rows quoted in the text ({{id}} in key points, <Fact id>) are never dropped. */
export const factIds = [...story.matchAll(/\{\{\s*([a-z0-9-]+)\s*\}\}|<Fact id="([a-z0-9-]+)"/g)].map(
  (m) => m[1] ?? m[2],
);
export const FIGURES_PER_EXPLAINER = 3;

/** A project copy like tests/build/site-builder.ts makeSite: code from the repo, content generated. */
export function makeProject(label) {
  const root = mkdtempSync(join(tmpdir(), `explainers-bench-${label}-`));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public']) {
    cpSync(join(repo, name), join(root, name), {
      recursive: true,
      filter: (source) => !source.startsWith(join(repo, 'src/content/')),
    });
  }
  // Own node_modules folder of links: the build cache (.cache/) stays per copy.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(join(repo, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

const RESERVED = ['id', 'source', 'qualifier', 'announced', 'note'];
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Deterministic variety: explainer i scales every number column by 1.00–1.40 (keeping the decimals
 * written) and drops the (i mod n)-th row, unless the text quotes it.
 */
function csvVariant(text, i, prefix, keep) {
  const [header, ...rows] = parse(text, { skip_empty_lines: true });
  const factor = 1 + (i % 9) * 0.05;
  const dropAt = i % rows.length;
  const idAt = header.indexOf('id');
  const numeric = header.flatMap((name, at) =>
    // Positions stay where they are: a scaled latitude is another place.
    !RESERVED.includes(name) &&
    !['lat', 'lon'].includes(name) &&
    rows.every((cells) => cells[at] === '' || NUMBER.test(cells[at]))
      ? [at]
      : [],
  );
  const out = rows
    .filter((cells, at) => at !== dropAt || (idAt >= 0 && keep.includes(cells[idAt])))
    .map((row) => {
      const cells = [...row];
      if (idAt >= 0 && cells[idAt]) cells[idAt] = `${prefix}${cells[idAt]}`;
      for (const at of numeric) {
        if (cells[at] === '') continue;
        const decimals = cells[at].split('.')[1]?.length ?? 0;
        cells[at] = (Number(cells[at]) * factor).toFixed(decimals);
      }
      return cells;
    });
  return stringify([header, ...out]);
}

/** Drops the (i mod n)-th list item of a YAML block (`- id:` events, `  - party:` cells). */
function yamlVariant(text, i, itemStart) {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, at) => (line.startsWith(itemStart) ? [at] : []));
  const from = starts[i % starts.length];
  const to =
    starts.find((at) => at > from) ??
    lines.findIndex((line, at) => at > from && /^\S/.test(line) && !line.startsWith('#'));
  return [...lines.slice(0, from), ...lines.slice(to < 0 ? lines.length : to)].join('\n');
}

/**
 * Writes N explainers and their data; `figures: false` leaves the figure tags out of every story.
 * Explainer i has its own copy of every data file the real story draws, and shows three of the real
 * story's figures, taken in turn, so every kind of figure appears equally often.
 */
export function writeArchive(root, n, { figures }) {
  const content = join(root, 'src/content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'explainers'), { recursive: true });
  mkdirSync(join(content, 'data'), { recursive: true });
  writeFileSync(join(content, 'sources.yaml'), sources);
  let figureCount = 0;
  for (let i = 0; i < n; i++) {
    const slug = `explainer-${String(i).padStart(4, '0')}`;
    const prefix = `e${i}-`;
    const copyOf = (dataset) => `${slug}-${dataset}`;
    for (const [file, text] of realData) {
      const [dataset, ...extension] = file.split('.');
      const variant = file.endsWith('.meta.yaml')
        ? text
        : file.endsWith('.csv')
          ? csvVariant(text, i, prefix, factIds)
          : file.includes('positions')
            ? yamlVariant(text, i, '  - party:')
            : yamlVariant(text, i, '- id:');
      writeFileSync(join(content, 'data', `${copyOf(dataset)}.${extension.join('.')}`), variant);
    }
    const shown = Array.from(
      { length: Math.min(FIGURES_PER_EXPLAINER, realFigures.length) },
      (_, j) => realFigures[(i + j) % realFigures.length],
    );
    const body = story
      .replace(/^slug: .*\n/m, `slug: ${slug}\n`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (${i + 1})"`)
      .replace(/\{\{\s*([a-z0-9-]+)\s*\}\}/g, `{{${prefix}$1}}`)
      .replace(/<Fact id="([a-z0-9-]+)"/g, `<Fact id="${prefix}$1"`)
      .replace(FIGURE_TAG, (tag) => {
        const figure = realFigures.find((f) => f.tag === tag.trim());
        if (!figures || !shown.includes(figure)) return '';
        return tag.replace(
          `${figure.attribute}="${figure.dataset}"`,
          `${figure.attribute}="${copyOf(figure.dataset)}"`,
        );
      });
    if (figures) figureCount += shown.length;
    writeFileSync(join(content, 'explainers', `${slug}.mdx`), body);
  }
  return figureCount;
}

/** The same project with Astro's default Markdown processor instead of unified + our remark plugins. */
export function setProcessor(root, processor) {
  const original = readFileSync(join(repo, 'astro.config.mjs'), 'utf8');
  const config = processor === 'unified' ? original : original.replace(/^\s*processor: unified\(.*\),\n/m, '');
  if (processor !== 'unified' && config === original)
    throw new Error('bench: cannot find markdown.processor in astro.config.mjs');
  writeFileSync(join(root, 'astro.config.mjs'), config);
}
