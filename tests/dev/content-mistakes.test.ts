import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite, readSiteFile, removeSite, writeFiles } from '../build/site-builder.ts';
import { pageText, startDevServer, type DevServer } from './dev-server.ts';

/**
 * `npm run dev` as a journalist uses it: one dev server on a copy of the fixture site, a file
 * broken and fixed again per case. The browser shows the mistake as the build words it, with the
 * file's line, on every page that reads the file (and only there); the terminal prints it once,
 * without Astro's stack traces and unrelated hints; saving the fix brings the page back.
 */

const story = '/explainers/fixture-story/';
const second = '/explainers/second-story/';

/** A second story, a draft, whose one number comes from a dataset listed after the fixture's. */
const secondStory = `---
title: "A second story"
dek: ""
credit: "By A. Reporter."
publishedAt: "2016-03-20"
updatedAt: ""
keyPoints: []
draft: true
---

Another monitor counted <Fact id="other-2015" /> deaths in 2015.
`;
const otherCsv = `id,series,kind,scope,date,announced,value,qualifier,source,note
other-2015,Other,documented count,all,2015,2016-01-01,55219,,fixture-wire,
`;

/** Replaces `from` (which must be there, so a fixture edit cannot silently stop testing) with `to`. */
const swap = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture has no ${from}`);
  return text.replace(from, to);
};

interface DevCase {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** The page that reads the file; `alsoOn`, others that must show the problem too. */
  page: string;
  alsoOn?: string[];
  /** Each problem as the build prints it, with the line it names as written in the file. */
  problems: { message: string; line: number; text: string }[];
  /** Pages that do not read the file, and words they show when they work. */
  unaffected: { path: string; shows: string }[];
}

const cases: DevCase[] = [
  {
    name: 'a number with a letter in it (CSV)',
    file: 'src/content/data/fixture-deaths.csv',
    edit: swap('73447', '"7,84l"'),
    page: story,
    alsoOn: ['/embed/fixture-story/deaths/', '/data/'],
    problems: [
      {
        message: 'src/content/data/fixture-deaths.csv:3: value: "7,84l" is not a number',
        line: 3,
        text: 'fixture-deaths-2013,SOHR,documented count,all,2013,2015-01-01,"7,84l",,fixture-wire,',
      },
    ],
    // The second story's dataset comes after the broken one: it must still be loaded. The
    // timeline's embed page shows a figure that does not read the file.
    unaffected: [
      { path: second, shows: 'Another monitor counted 55,219 deaths in 2015.' },
      { path: '/embed/fixture-story/timeline/', shows: 'The truce begins' },
    ],
  },
  {
    // A CSV with a sidecar: the sidecar is not called an orphan ("no …csv beside it"), every
    // problem of the line is listed, and pages that do not read the file keep working.
    name: 'a CSV with a sidecar, a bad number and an empty source on one line',
    file: 'src/content/data/fixture-other.csv',
    edit: swap('55219,,fixture-wire,', '"55,2l9",,,'),
    page: second,
    problems: [
      {
        message:
          'src/content/data/fixture-other.csv:2: source: is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/fixture-other.meta.yaml)',
        line: 2,
        text: 'other-2015,Other,documented count,all,2015,2016-01-01,"55,2l9",,,',
      },
      {
        message: 'src/content/data/fixture-other.csv:2: value: "55,2l9" is not a number',
        line: 2,
        text: 'other-2015,Other,documented count,all,2015,2016-01-01,"55,2l9",,,',
      },
    ],
    unaffected: [
      { path: story, shows: 'The talks resume next week.' },
      { path: '/', shows: 'A fixture explainer' },
    ],
  },
  {
    // A sidecar naming a column its CSV lacks: its own mistake, shown where the dataset is read.
    name: 'a misspelt column in a sidecar',
    file: 'src/content/data/fixture-other.meta.yaml',
    edit: swap('  value:', '  vaule:'),
    page: second,
    problems: [
      {
        message:
          'src/content/data/fixture-other.meta.yaml:2: vaule: is not a column of src/content/data/fixture-other.csv (did you mean "value"?): its columns are "series", "kind", "scope", "date", "value"',
        line: 2,
        text: '  vaule: { label: Deaths counted }',
      },
    ],
    unaffected: [{ path: story, shows: 'The talks resume next week.' }],
  },
  {
    name: 'an impossible date in a timeline (YAML)',
    file: 'src/content/data/fixture-timeline.yaml',
    edit: swap('"2016-02-27"', '"2016-02-30"'),
    page: story,
    problems: [
      {
        message:
          'src/content/data/fixture-timeline.yaml:2: date: "2016-02-30" is not a real date: February 2016 has 29 days',
        line: 2,
        text: '  date: "2016-02-30"',
      },
    ],
    unaffected: [{ path: second, shows: '55,219' }],
  },
  {
    name: 'a bad date in a sources entry',
    file: 'src/content/sources.yaml',
    edit: swap('published: "2015-01-01"', 'published: "2015-13-01"'),
    page: story,
    alsoOn: [second],
    problems: [
      {
        message: 'src/content/sources.yaml:7: published: "2015-13-01" is not a real date: there is no month 13',
        line: 7,
        text: '  published: "2015-13-01"',
      },
    ],
    unaffected: [{ path: '/', shows: 'A fixture explainer' }],
  },
  {
    name: 'a draft published with its front matter incomplete',
    file: 'src/content/explainers/second-story.mdx',
    edit: swap('draft: true', 'draft: false'),
    page: second,
    // Now listed on the home page, which shows its front matter.
    alsoOn: ['/'],
    problems: [
      {
        message:
          'src/content/explainers/second-story.mdx:3: dek: is empty: a published story needs a dek (or set draft: true)',
        line: 3,
        text: 'dek: ""',
      },
      {
        message:
          'src/content/explainers/second-story.mdx:6: updatedAt: is empty: a published story needs updatedAt, the same as publishedAt if never updated',
        line: 6,
        text: 'updatedAt: ""',
      },
      {
        message:
          'src/content/explainers/second-story.mdx:7: keyPoints: has 0 points: a published story needs three to five',
        line: 7,
        text: 'keyPoints: []',
      },
    ],
    unaffected: [{ path: story, shows: 'The talks resume next week.' }],
  },
  {
    name: 'an unknown tag in the story',
    file: 'src/content/explainers/fixture-story.mdx',
    edit: swap('<Timeline id="timeline" events="fixture-timeline" />', '<Globe id="map" />'),
    page: story,
    problems: [
      {
        message:
          'src/content/explainers/fixture-story.mdx:21: component: <Globe> is not a known component: use one of <Chart>, <Timeline>, <PositionsTable>, <Fact>, <Table>, <Image>, <Map>',
        line: 21,
        text: '<Globe id="map" />',
      },
    ],
    unaffected: [{ path: second, shows: '55,219' }],
  },
  {
    name: 'pasted embed code: a script, an iframe and an on… attribute',
    file: 'src/content/explainers/fixture-story.mdx',
    edit: swap(
      '<Timeline id="timeline" events="fixture-timeline" />\n\n<PositionsTable id="positions" positions="fixture-positions" />',
      '<script src="https://example.org/widget.js"></script>\n\n<iframe src="https://example.org/embed" onload="x()"></iframe>',
    ),
    page: story,
    problems: [
      {
        message:
          'src/content/explainers/fixture-story.mdx:21: html: <script> is not allowed in a story: an explainer page runs no JavaScript: draw the graphic with a tag (<Chart>, <Table>, <Timeline>…) or link to it',
        line: 21,
        text: '<script src="https://example.org/widget.js"></script>',
      },
      {
        message:
          'src/content/explainers/fixture-story.mdx:23: html: <iframe> is not allowed in a story: a page loads nothing from another server: link to the page instead, [its title](https://…)',
        line: 23,
        text: '<iframe src="https://example.org/embed" onload="x()"></iframe>',
      },
      {
        message:
          'src/content/explainers/fixture-story.mdx:23: onload: onload="…" would run code on a reader’s page, and an explainer page runs none: remove it',
        line: 23,
        text: '<iframe src="https://example.org/embed" onload="x()"></iframe>',
      },
    ],
    unaffected: [{ path: second, shows: '55,219' }],
  },
];

describe('npm run dev shows content mistakes as the build words them', () => {
  let root: string;
  let server: DevServer;

  const get = async (path: string) => {
    const response = await fetch(new URL(path, `${server.url}/`));
    return { status: response.status, text: pageText(await response.text()) };
  };
  /** Reloads `path` until `ready` (the dev server reacts to a saved file within a second or two). */
  const until = async (path: string, ready: (page: { status: number; text: string }) => boolean) => {
    const deadline = Date.now() + 30_000;
    let page = await get(path);
    while (!ready(page) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 250));
      page = await get(path);
    }
    return page;
  };

  beforeAll(async () => {
    root = makeSite({
      fixture: 'minimal',
      content: {
        'src/content/explainers/second-story.mdx': secondStory,
        'src/content/data/fixture-other.csv': otherCsv,
        'src/content/data/fixture-other.meta.yaml': 'columns:\n  value: { label: Deaths counted }\n',
      },
    });
    server = await startDevServer(root);
    // The first request compiles each page: every one works before anything is broken.
    for (const path of [story, second, '/', '/data/', '/embed/fixture-story/deaths/', '/embed/fixture-story/timeline/'])
      expect((await get(path)).status, path).toBe(200);
  });
  afterAll(async () => {
    await server?.stop();
    if (root) removeSite(root);
  });

  it.each(cases)('$name', async ({ file, edit, page, alsoOn = [], problems, unaffected }) => {
    const original = readSiteFile(root, file);
    const good = await get(page);
    const mark = server.output().length;
    writeFiles(root, { [file]: edit(original) });
    try {
      const broken = await until(page, (p) => p.text.includes(problems[0].message));
      expect(broken.status, broken.text).toBe(500);
      for (const { message, line, text } of problems) {
        expect(broken.text).toContain(message);
        expect(broken.text).toContain(`${line} | ${text.trim()}`);
      }
      // No stale page: a reload while the file is broken shows the problem again.
      expect((await get(page)).text).toBe(broken.text);
      for (const path of alsoOn) {
        // Other pages read the content store, which the dev server writes a moment after the file is read.
        const also = await until(path, (p) => p.text.includes(problems[0].message));
        expect(also.text, path).toContain(problems[0].message);
      }
      for (const { path, shows } of unaffected) {
        const other = await get(path);
        expect(other.status, `${path}: ${other.text}`).toBe(200);
        expect(other.text).toContain(shows);
      }
    } finally {
      writeFiles(root, { [file]: original });
    }
    const fixed = await until(page, (p) => p.status === 200);
    expect(fixed.text).toBe(good.text);

    const terminal = server.output().slice(mark);
    for (const { message, line, text } of problems) {
      expect(terminal.split(message).length - 1, `printed once:\n${terminal}`).toBe(1);
      expect(terminal).toContain(`${message}\n  ${line} | ${text}`);
    }
    expect(terminal).not.toMatch(/UnhandledRejection|Hint:|Make sure your promises|Browser APIs|Stack trace/);
    expect(terminal).not.toMatch(/^\s+at /m);
  });
});
