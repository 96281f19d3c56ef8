import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, diffTrees, fixtureSites, makeSite, removeSite, type BuildResult } from './site-builder.ts';

/**
 * Every mistake in content stops the real build (`node scripts/build.mjs`, what `npm run build`
 * runs) with one compiler-style line, `path:line: field: message`, path from the project root,
 * and no stack trace. Each case edits one file of the small fixture site
 * (tests/fixtures/sites/minimal: one story, one chart, one timeline, one positions table, a Fact),
 * builds, and puts the file back, so the cases share one copy and run one after another.
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
}

const cases: BadCase[] = [
  // Chart data (CSV)
  {
    name: 'a number with a letter in it',
    file: csv,
    edit: swap('73447', '"7,84l"'),
    expected: `${csv}:3: value: "7,84l" is not a number`,
  },
  {
    name: 'an impossible date in a CSV',
    file: csv,
    edit: swap('2013,2015-01-01', '2013-02-29,2015-01-01'),
    expected: `${csv}:3: date: "2013-02-29" is not a real date: February 2013 has 28 days`,
  },
  {
    name: 'an impossible "announced" date in a CSV',
    file: csv,
    edit: swap('2014,2015-01-01', '2014,2015-04-31'),
    expected: `${csv}:4: announced: "2015-04-31" is not a real date: April 2015 has 30 days`,
  },
  {
    name: 'an empty source id',
    file: csv,
    edit: swap('49294,,fixture-wire,', '49294,,,'),
    expected: `${csv}:2: source: is empty: every row needs a source id`,
  },
  {
    name: 'an unknown source id in a CSV',
    file: csv,
    edit: swap('76021,,fixture-wire', '76021,,fixture-wyre'),
    expected: `${csv}:4: source: "fixture-wyre" is not in the sources registry`,
  },
  {
    name: 'a duplicate row id',
    file: csv,
    edit: swap('fixture-deaths-2013,', 'fixture-deaths-2012,'),
    expected: `${csv}:3: id: "fixture-deaths-2012" is already used on line 2: ids must be unique`,
  },
  {
    name: 'a chart column the CSV does not have',
    file: story,
    edit: swap('y="value"', 'y="valeu"'),
    expected: `${story}:19: y: "valeu" is not a column of ${csv}: its columns are "series", "kind", "scope", "date", "value"`,
  },
  {
    name: 'a CSV with an unclosed quote',
    file: csv,
    edit: swap('The deadliest year', '"The deadliest year'),
    expected: `${csv}:4: csv: Quote Not Closed`,
  },
  { name: 'an empty CSV file', file: csv, edit: () => '', expected: `${csv}:1: file: is empty` },
  // Timelines, positions and sources (YAML)
  {
    name: 'an impossible quoted date in YAML',
    file: timeline,
    edit: swap('"2016-02-27"', '"2016-02-30"'),
    expected: `${timeline}:2: date: "2016-02-30" is not a real date: February 2016 has 29 days`,
  },
  {
    name: 'an unquoted impossible date in YAML (2016-02-31)',
    file: timeline,
    edit: swap('"2016-02-27"', '2016-02-31'),
    expected: `${timeline}:2: date: "2016-02-31" is not a real date: February 2016 has 29 days`,
  },
  {
    name: 'an unknown source id in a timeline',
    file: timeline,
    edit: swap('source: fixture-paper', 'source: fixture-papr'),
    expected: `${timeline}:6: source: "fixture-papr" is not in the sources registry`,
  },
  {
    name: 'YAML with bad indentation',
    file: timeline,
    edit: swap('  title: Withdrawal ordered', '    title: Withdrawal ordered'),
    expected: `${timeline}:10: yaml: `,
  },
  {
    name: 'an unquoted text starting with * (a YAML alias)',
    file: timeline,
    edit: swap('title: The truce begins', 'title: *Breaking'),
    expected: `${timeline}:3: yaml: Unresolved alias`,
  },
  { name: 'an empty YAML file', file: timeline, edit: () => '\n\n', expected: `${timeline}:1: file: is empty` },
  {
    name: 'a timeline quote that is not in the story',
    file: timeline,
    edit: swap('quote: most of our forces', 'quote: all of our forces'),
    expected: `${timeline}:13: quote: "all of our forces will begin to leave tomorrow" is not in the story`,
  },
  {
    name: 'a positions quote that is not in the story',
    file: positions,
    edit: swap('quote: the North backs', 'quote: the North loves'),
    expected: `${positions}:17: quote: "the North loves the truce" is not in the story`,
  },
  {
    name: 'a stance outside the vocabulary',
    file: positions,
    edit: swap('stance: opposes', 'stance: hates'),
    expected: `${positions}:20: stance: "hates" is not a stance for truce: use one of supports, opposes`,
  },
  {
    name: 'a duplicate source id',
    file: sources,
    edit: (text) => `${text}\n${text.slice(text.indexOf('- id: fixture-paper'))}`,
    expected: `${sources}:21: id: "fixture-paper" is already used on line 12: ids must be unique`,
  },
  {
    name: 'a mirror address as a source URL',
    file: sources,
    edit: swap(
      'https://example.org/fixture-report',
      'https://web.archive.org/web/2016/https://example.org/fixture-report',
    ),
    expected: `${sources}:6: url: is a staging, proxy, mirror or machine-translation address`,
  },
  // The story (MDX and its front matter)
  {
    name: 'a published story with an empty dek',
    file: story,
    edit: swap(/^dek: .*$/m, 'dek: ""'),
    expected: `${story}:3: dek: is empty: a published story needs a dek (or set draft: true)`,
  },
  {
    name: 'a published story with two key points',
    file: story,
    edit: swap(/^ {2}- "The parties are divided.*\n/m, ''),
    expected: `${story}:8: keyPoints: has 2 points: a published story needs three to five`,
  },
  {
    name: 'a published story with an empty dek and two key points: both problems at once',
    file: story,
    edit: (text) => swap(/^dek: .*$/m, 'dek: ""')(swap(/^ {2}- "The parties are divided.*\n/m, '')(text)),
    expected: `${story}:3: dek: is empty: a published story needs a dek (or set draft: true)\n${story}:8: keyPoints: has 2 points: a published story needs three to five\n`,
  },
  {
    name: 'a misspelt front-matter field',
    file: story,
    edit: swap('dateline: CAPITAL', 'dateline: CAPITAL\ntittle: Typo'),
    expected: `${story}:6: tittle: unknown field(s): tittle`,
  },
  {
    name: 'an unquoted impossible date in front matter',
    file: story,
    edit: swap('publishedAt: "2016-03-14"', 'publishedAt: 2016-02-31'),
    expected: `${story}:6: publishedAt: is an unquoted date: write it in quotes`,
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
    name: 'an HTML comment in MDX',
    file: story,
    edit: swap('The talks resume', '<!-- check --> The talks resume'),
    expected: `${story}:25: mdx: Unexpected character ! (U+0021) before name`,
  },
  {
    name: 'an unknown component',
    file: story,
    edit: swap('<Timeline id="timeline" events="fixture-timeline" />', '<Map id="map" />'),
    expected: `${story}:21: component: <Map> is not a known component`,
  },
  {
    name: 'a figure id used twice on a page',
    file: story,
    edit: swap('<Timeline id="timeline"', '<Timeline id="deaths"'),
    expected: `${story}:21: id: "deaths" is already the id of the figure on line 19`,
  },
  {
    name: 'an unknown dataset in <Chart dataset>',
    file: story,
    edit: swap('dataset="fixture-deaths"', 'dataset="fixture-death"'),
    expected: `${story}:19: dataset: "fixture-death" is not a dataset in src/content/data`,
  },
  {
    name: 'an unknown chart type',
    file: story,
    edit: swap('type="column"', 'type="pie"'),
    expected: `${story}:19: type: "pie" is not a chart type: use one of "bar", "column", "line", "area", "dot", "range", "arrow", "scatter"`,
  },
  {
    name: 'an unknown timeline in <Timeline events>',
    file: story,
    edit: swap('events="fixture-timeline"', 'events="fixture-timelines"'),
    expected: `${story}:21: events: "fixture-timelines" is not a timeline`,
  },
  {
    name: 'an unknown fact in <Fact id>',
    file: story,
    edit: swap('<Fact id="fixture-deaths-2013" />', '<Fact id="fixture-deaths-2031" />'),
    expected: `${story}:17: fact: "fixture-deaths-2031" is not the id of any row`,
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

  it('has at least 20 cases, each with a different message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.expected)).size).toBe(cases.length);
  });

  it.each(cases)('$name', ({ file, edit, expected }) => {
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

  it('the fixture itself is clean (each case above changes exactly one thing)', () => {
    expect(existsSync(join(fixtureSites, 'minimal', story))).toBe(true);
    expect(readFileSync(join(clean, 'explainers/fixture-story/index.html'), 'utf8')).toContain('id="p-1"');
  });
});
