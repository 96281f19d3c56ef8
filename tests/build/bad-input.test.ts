import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, diffTrees, makeSite, removeSite, type BuildResult } from './site-builder.ts';

/**
 * A mistake in content stops the real build (`node scripts/build.mjs`, what `npm run build` runs)
 * with one compiler-style line, `path:line: field: message`, path from the project root, and no
 * stack trace. One case per way a mistake reaches the build: a CSV and a YAML data file (the content
 * loaders), front matter (the explainer loader), MDX syntax, the tag check (remark), and the story
 * model (a chart tag, a key point). Every other message is tested where it is made, in the unit
 * tests (tests/unit/content-files, tests/story, tests/unit/front-matter, tests/unit/story-tree).
 * Each case edits one file of tests/fixtures/sites/minimal, builds, and puts the file back.
 */

const csv = 'src/content/data/fixture-deaths.csv';
const timeline = 'src/content/data/fixture-timeline.yaml';
const positions = 'src/content/data/fixture-positions.yaml';
const story = 'src/content/explainers/fixture-story.mdx';
const sources = 'src/content/sources.yaml';

/** Replaces `from` (which must be there, so a fixture edit cannot silently stop testing) with `to`. */
const swap = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`the fixture has no ${from}`);
  return out;
};

interface BadCase {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** The start of the message the journalist must see, exactly. */
  expected: string;
  /** A file the broken content would have written had it run: it must not exist. */
  neverWritten?: string;
}

const cases: BadCase[] = [
  {
    name: 'a number with a letter in it, and every other mistake of the file: a decimal comma, an empty source',
    file: csv,
    edit: (text) => swap('76021,,fixture-wire', '"76021,5",,')(swap('73447', '"7,84l"')(text)),
    expected: `${csv}:3: value: "7,84l" is not a number\n${csv}:4: source: is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/fixture-deaths.meta.yaml)\n${csv}:4: value: "76021,5" is not a number: write the decimal point as a full stop ("76021.5"), and no separators\n`,
  },
  {
    name: 'an unquoted impossible date in YAML (2016-02-31)',
    file: timeline,
    edit: swap('"2016-02-27"', '2016-02-31'),
    expected: `${timeline}:2: date: "2016-02-31" is not a real date: February 2016 has 29 days`,
  },
  {
    name: 'a published story with an empty dek and two key points: both problems at once',
    file: story,
    edit: (text) => swap(/^dek: .*$/m, 'dek: ""')(swap(/^ {2}- "The parties are divided.*\n/m, '')(text)),
    expected: `${story}:3: dek: is empty: a published story needs a dek (or set draft: true)\n${story}:8: keyPoints: has 2 points: a published story needs three to five\n`,
  },
  {
    name: 'a YAML syntax error in front matter',
    file: story,
    edit: swap('dateline: CAPITAL', 'dateline: [CAPITAL'),
    expected: `${story}:6: front matter: `,
  },
  {
    name: 'an unclosed JSX tag',
    file: story,
    edit: swap('events="fixture-timeline" />', 'events="fixture-timeline">'),
    expected: `${story}:21: mdx: Expected a closing tag for <Timeline>`,
  },
  {
    name: 'an unknown component',
    file: story,
    edit: swap('<Timeline id="timeline" events="fixture-timeline" />', '<Globe id="map" />'),
    expected: `${story}:21: component: <Globe> is not a known component`,
  },
  {
    name: 'an unknown map type',
    file: story,
    edit: swap(
      '<Timeline id="timeline" events="fixture-timeline" />',
      '<Map id="where" dataset="fixture-deaths" type="globe" />',
    ),
    expected: `${story}:21: type: "globe" is not a map type: use one of "locator", "choropleth", "symbol"`,
  },
  {
    name: 'an export line that would run on the build machine: refused before it is evaluated',
    file: story,
    edit: swap(
      '<Timeline id="timeline" events="fixture-timeline" />',
      "export const ran = (await import('node:fs')).writeFileSync('ran.txt', (await import('node:os')).hostname());",
    ),
    expected: `${story}:21: export: export lines are code, and a story is data`,
    neverWritten: 'ran.txt',
  },
  {
    name: 'an unknown chart type',
    file: story,
    edit: swap('type="column"', 'type="pie"'),
    expected: `${story}:19: type: "pie" is not a chart type: use one of "bar", "column", "line", "area", "dot", "range", "arrow", "scatter"`,
  },
  {
    name: 'an unknown fact in {{…}} in key points',
    file: story,
    edit: swap('{{fixture-deaths-2014}}', '{{fixture-deaths-2041}}'),
    expected: `${story}:8: fact: "fixture-deaths-2041" is not the id of any row`,
  },
];

describe('content mistakes stop the real build with path:line: field: message', () => {
  let root: string;
  let clean: string;

  beforeAll(() => {
    root = makeSite({ fixture: 'minimal' });
    const result = buildSite(root, { SITE: 'https://example.org' });
    expect(result.stderr).toBe('');
    clean = join(root, 'clean-dist');
    renameSync(result.dist, clean);
  });
  afterAll(() => removeSite(root));

  it.each(cases)('$name', ({ file, edit, expected, neverWritten }) => {
    const path = join(root, file);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, edit(original));
    let result: BuildResult;
    try {
      result = buildSite(root, { SITE: 'https://example.org' });
    } finally {
      writeFileSync(path, original);
    }
    const stderr = result.stderr;
    expect(result.status, stderr).not.toBe(0);
    // Exactly: a blank line, what happened, a blank line, the message (one line per problem).
    expect(stderr).toMatch(/^\nBuild stopped: nothing was written to dist\.\n\n/);
    const message = stderr.replace(/^\nBuild stopped: nothing was written to dist\.\n\n/, '');
    expect(message.startsWith(expected), `expected "${expected}…", got:\n${stderr}`).toBe(true);
    expect(message).toMatch(/^[\w./-]+:\d+: [\w ()]+: \S/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/node_modules|\.build-tmp|\/tmp\/|file:\/\/|\u001b\[/);
    expect(stderr).not.toMatch(/undefined|\[object Object\]/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    if (neverWritten) expect(existsSync(join(root, neverWritten))).toBe(false);
  });

  it('accepts a byte-order mark, CRLF line endings and trailing blank lines, and builds the same bytes', () => {
    const messy = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}\r\n\r\n  \r\n`;
    const files = [csv, timeline, positions, sources];
    const originals = files.map((file) => readFileSync(join(root, file), 'utf8'));
    files.forEach((file, i) => writeFileSync(join(root, file), messy(originals[i])));
    let result: BuildResult;
    try {
      result = buildSite(root, { SITE: 'https://example.org' });
    } finally {
      files.forEach((file, i) => writeFileSync(join(root, file), originals[i]));
    }
    expect(result.status, result.stderr).toBe(0);
    // The page that draws all four files, their CSV downloads, and everything else.
    expect(readFileSync(join(result.dist, 'explainers/fixture-story/index.html'), 'utf8')).toBe(
      readFileSync(join(clean, 'explainers/fixture-story/index.html'), 'utf8'),
    );
    expect(readFileSync(join(result.dist, 'data/fixture-deaths.csv'), 'utf8')).toBe(
      readFileSync(join(clean, 'data/fixture-deaths.csv'), 'utf8'),
    );
    expect(diffTrees(clean, result.dist)).toEqual({ changed: [], onlyA: [], onlyB: [] });
    rmSync(result.dist, { recursive: true });
  });
});
