import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { parseHTML } from 'linkedom';
import { parsePositions, parseSources, parseTimeline } from '../../src/lib/datasets.ts';
import { parseStory, storyParagraphs } from '../../src/lib/story-tree.ts';
import type { StoryContext } from '../../src/lib/story-context.ts';

/**
 * Renders <Timeline> and <PositionsTable> with Astro's Container API. Vitest here runs
 * without Astro's Vite plugins, so the components load through a Vite server of their own,
 * in which a tiny plugin stands in for `astro:content` and serves the fixture collections.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/figures/${name}`, import.meta.url), 'utf8');
const sources = parseSources(fixture('sources.yaml'), 'tests/fixtures/figures/sources.yaml');
const ids = new Set(sources.map((s) => s.id));
const collections = {
  sources: sources.map((data) => ({ id: data.id, data })),
  timelines: [
    {
      id: 'fixture-timeline',
      data: {
        path: 'fixture-timeline.yaml',
        events: parseTimeline(fixture('timeline.yaml'), 'fixture-timeline.yaml', ids),
      },
    },
  ],
  positions: [
    {
      id: 'fixture-positions',
      data: {
        path: 'fixture-positions.yaml',
        table: parsePositions(fixture('positions.yaml'), 'fixture-positions.yaml', ids),
      },
    },
  ],
};
const story: StoryContext = {
  slug: 'fixture',
  path: 'src/content/explainers/fixture.mdx',
  href: '/explainers/fixture/',
  publishedAt: '2016-03-14',
  paragraphs: storyParagraphs(parseStory(fixture('story.mdx'))),
  embedded: false,
};

const fakeContent: Plugin = {
  name: 'fixture-astro-content',
  enforce: 'pre',
  resolveId: (id) => (id === 'astro:content' ? '\0fixture-astro-content' : undefined),
  load: (id) =>
    id === '\0fixture-astro-content'
      ? `const c = ${JSON.stringify(collections)}; export const getCollection = async (name) => c[name] ?? [];`
      : undefined,
};

let server: ViteDevServer;
let render: (component: string, props: Record<string, unknown>, context?: StoryContext) => Promise<Document>;

beforeAll(async () => {
  const config = await getViteConfig(
    { logLevel: 'error' },
    { root: process.cwd(), logLevel: 'error' },
  )({ command: 'serve', mode: 'test' });
  // First, so it answers for `astro:content` before Astro's own plugin does.
  config.plugins = [fakeContent, ...(config.plugins ?? [])];
  server = await createServer({
    ...config,
    configFile: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const { experimental_AstroContainer } = await server.ssrLoadModule('astro/container');
  const container = await experimental_AstroContainer.create();
  render = async (component, props, context = story) => {
    const { default: Component } = await server.ssrLoadModule(`/src/components/figures/${component}.astro`);
    const html: string = await container.renderToString(Component, {
      props: { sourceLine: '12', ...props },
      locals: { story: context },
    });
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  };
});

afterAll(() => server?.close());

describe('<Timeline>', () => {
  test('is a figure with a heading, a caption with sources and an ordered list, without script', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const figure = doc.querySelector('figure[data-figure="timeline"]#timeline')!;
    expect(figure.querySelector('figcaption h2')?.textContent).toBe('How the ceasefire came about');
    expect(figure.querySelector('.figure-source')?.textContent).toContain('Reuters');
    expect(figure.querySelectorAll('.figure-graphic > ol.timeline > li')).toHaveLength(8);
    expect(doc.querySelector('script')).toBeNull();
  });

  test('lists events in date order, each dated one with <time datetime>, undated ones last without', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const items = [...doc.querySelectorAll('.figure-graphic li')];
    expect(items.map((li) => li.id)).toEqual([
      'timeline-truce-month',
      'timeline-munich',
      'timeline-cessation',
      'timeline-putin-order',
      'timeline-withdrawal-begins',
      'timeline-round-ends',
      'timeline-second-round',
      'timeline-third-round',
    ]);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).toEqual([
      '2016-02',
      '2016-02-11',
      '2016-02-27',
      '2016-03-14',
      '2016-03-15',
      '2016-03-24',
      null,
      null,
    ]);
    expect(items[1]!.querySelector('time')?.textContent).toBe('11–12 February 2016');
    expect(items[5]!.querySelector('time')?.textContent).toBe('about 24 March 2016');
  });

  test('marks scheduled events in markup and in words', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const scheduled = [...doc.querySelectorAll('.figure-graphic li[data-status="scheduled"]')];
    expect(scheduled.map((li) => li.id)).toEqual([
      'timeline-withdrawal-begins',
      'timeline-round-ends',
      'timeline-second-round',
      'timeline-third-round',
    ]);
    for (const li of scheduled) expect(li.querySelector('.timeline-status')?.textContent).toBe('Scheduled');
    expect(doc.querySelector('#timeline-putin-order')?.textContent).not.toContain('Scheduled');
  });

  test('links sources: the outlet, and the story paragraph for a quote', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const links = [...doc.querySelectorAll('#timeline-putin-order .timeline-evidence a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toEqual([
      ['https://www.reuters.com/example-joint-statement', 'Reuters'],
      ['#p-2', 'paragraph 2'],
    ]);
    expect(doc.querySelector('#timeline-truce-month .timeline-evidence')?.textContent).toBe('Source: Example Paper');
  });

  test('puts later reports in a dated update below the list, never in it', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const update = doc.querySelector('section.timeline-update')!;
    expect(update.querySelector('h3')?.textContent).toBe('Update: after this story was published');
    expect(update.querySelector('.timeline-update-note time')?.getAttribute('datetime')).toBe('2016-03-25');
    expect([...update.querySelectorAll('li')].map((li) => li.id)).toEqual(['timeline-round-ended-report']);
    // "about 2016-03-25" as written is not a valid datetime: the attribute holds the ISO day.
    expect([...update.querySelectorAll('li time')].map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2016-03-24', '24 March 2016'],
      ['2016-03-25', 'about 25 March 2016'],
    ]);
    expect(doc.querySelector('.figure-graphic #timeline-round-ended-report')).toBeNull();
  });

  test('an unknown events id stops the build at the tag', async () => {
    await expect(render('Timeline', { id: 'timeline', events: 'nope' })).rejects.toThrow(
      `${story.path}:12: events: "nope" is not a timeline in src/content/data: use one of "fixture-timeline"`,
    );
  });
});

describe('<PositionsTable>', () => {
  test('is a real table: caption, questions as column headers, parties as row headers', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    const table = doc.querySelector('figure[data-figure="positions"] table')!;
    expect(table.querySelector('caption')?.textContent).toBe(
      '3 parties on 2 questions: each stance in words and a symbol, with the evidence it rests on.',
    );
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Party',
      "Assad's future",
      'The ceasefire',
    ]);
    expect([...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent)).toEqual([
      'United States',
      'Russia',
      'High Negotiations Committee',
    ]);
    expect(doc.querySelector('script')).toBeNull();
  });

  test('every cell has a stance in words and a symbol, and evidence or "No stated position"', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    const cells = [...doc.querySelectorAll('tbody td')];
    expect(cells).toHaveLength(6);
    for (const td of cells) {
      expect(td.querySelector('.positions-symbol')?.textContent).toMatch(/\S/);
      expect(td.querySelector('.positions-label')?.textContent).toMatch(/\S/);
      const none = td.textContent!.includes('No stated position');
      expect(td.querySelectorAll('a').length > 0).toBe(!none);
    }
    expect(cells[0]!.querySelector('a')?.getAttribute('href')).toBe('#p-3');
    expect(cells[0]!.querySelector('a')?.textContent).toBe('Paragraph 3');
    expect(cells[3]!.querySelector('q')?.textContent).toBe('We are in the political mode now');
  });

  test('on an embed page, paragraph links open the story in the top window', async () => {
    const doc = await render(
      'PositionsTable',
      { id: 'positions', positions: 'fixture-positions' },
      { ...story, embedded: true },
    );
    const link = doc.querySelector('tbody td a')!;
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual(['/explainers/fixture/#p-3', '_top']);
  });

  test('has a key to the symbols and a note on method', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    expect(doc.querySelector('.positions-legend')?.textContent).toContain('▼ Must stay');
    expect(doc.querySelector('.figure-notes')?.textContent).toContain('not that the party has no position');
  });

  test('an unknown positions id stops the build at the tag', async () => {
    await expect(render('PositionsTable', { id: 'positions', positions: 'nope' })).rejects.toThrow(
      `${story.path}:12: positions: "nope"`,
    );
  });
});
