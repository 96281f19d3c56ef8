import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { parseHTML } from 'linkedom';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkKnownComponents } from '../../src/remark/remark-known-components.ts';
import type { StoryContext } from '../../src/lib/story-context.ts';
import { fixtureRows, fixtureSources } from '../fixtures/charts/load.ts';

/**
 * Renders <Chart> with Astro's Container API, through a Vite server of its own in which a tiny
 * plugin stands in for `astro:content` with the chart fixtures (the pattern of figure-components).
 */

const datasets = ['death-toll-estimates', 'deaths-per-year', 'truce-first-week'];
const collections = {
  sources: [...fixtureSources().values()].map((data) => ({ id: data.id, data })),
  chartData: datasets.map((id) => ({ id, data: { path: `tests/fixtures/charts/${id}.csv`, rows: fixtureRows(id) } })),
};
const story: StoryContext = {
  slug: 'fixture',
  path: 'src/content/explainers/fixture.mdx',
  href: '/explainers/fixture/',
  publishedAt: '2016-03-14',
  embedded: false,
  paragraphs: [
    { n: 1, text: 'MOSCOW — Russia will begin withdrawing troops from Syria.' },
    { n: 2, text: 'The conflict has killed nearly 500,000 people and created about 5 million refugees.' },
    { n: 3, text: 'Another 500,000 were wounded, and half a million fled.' },
  ],
};

const fakeContent: Plugin = {
  name: 'fixture-astro-content',
  enforce: 'pre',
  resolveId: (id) => (id === 'astro:content' ? '\0fixture-astro-content' : undefined),
  load: (id) =>
    id === '\0fixture-astro-content'
      ? `const c = ${JSON.stringify(collections)};
         export const getCollection = async (name) => c[name] ?? [];
         export const getEntry = async (name, id) => (c[name] ?? []).find((e) => e.id === id);`
      : undefined,
};

let server: ViteDevServer;
let render: (props: Record<string, unknown>, context?: StoryContext) => Promise<Document>;

beforeAll(async () => {
  const config = await getViteConfig(
    { logLevel: 'error' },
    { root: process.cwd(), logLevel: 'error' },
  )({ command: 'serve', mode: 'test' });
  config.plugins = [fakeContent, ...(config.plugins ?? [])];
  server = await createServer({
    ...config,
    configFile: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const { experimental_AstroContainer } = await server.ssrLoadModule('astro/container');
  const container = await experimental_AstroContainer.create();
  render = async (props, context = story) => {
    const { default: Chart } = await server.ssrLoadModule('/src/components/figures/Chart.astro');
    const html: string = await container.renderToString(Chart, {
      props: { sourceLine: '12', ...props },
      locals: { story: context },
    });
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  };
});

afterAll(() => server?.close());

describe('<Chart>', () => {
  test('draws three widths, each named by the caption and described by the generated summary', async () => {
    const doc = await render({ id: 'deaths-per-year', dataset: 'deaths-per-year', view: 'per-year' });
    const figure = doc.querySelector('figure[data-figure="chart"]#deaths-per-year')!;
    expect(figure.querySelector('figcaption h2#deaths-per-year-title')?.textContent).toBe('Deaths per year');
    const copies = [...figure.querySelectorAll('.chart-width')];
    expect(copies.map((c) => c.getAttribute('data-width'))).toEqual(['340', '640', '960']);
    const svgs = [...figure.querySelectorAll('svg')];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-labelledby')).toBe('deaths-per-year-title deaths-per-year-alt');
      expect(svg.getAttribute('aria-describedby')).toBe('deaths-per-year-summary');
    }
    expect(doc.getElementById('deaths-per-year-alt')?.textContent).toBe(
      'Bar chart of deaths documented in Syria each year.',
    );
    expect(doc.getElementById('deaths-per-year-summary')?.textContent).toMatch(
      /^Deaths documented by SOHR rose from 7,841 in 2011 to a peak of 76,021 in 2014, then fell to 55,219 in 2015\./,
    );
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelector('script, style')).toBeNull();
  });

  test('tables exactly the drawn rows and links their CSV and embed', async () => {
    const doc = await render({ id: 'death-tolls', dataset: 'death-toll-estimates', view: 'by-publisher' });
    const rows = [...doc.querySelectorAll('.figure-data tbody tr')];
    expect(rows).toHaveLength(17);
    const tabled = rows.map((tr) => tr.lastElementChild?.textContent);
    expect(tabled).toContain('scpr-2015');
    expect(tabled).not.toContain('demistura-2016-04-22');
    expect(doc.querySelector('a[download]')?.getAttribute('href')).toBe('/data/fixture/death-tolls.csv');
    expect(doc.querySelector('.figure-links a[href="/embed/fixture/death-tolls/"]')).not.toBeNull();
    expect(doc.querySelector('.figure-source')?.textContent).toContain('Syrian Center for Policy Research');
  });

  test('lists figures published after the story in a dated update, never in the chart', async () => {
    const doc = await render({ id: 'death-tolls', dataset: 'death-toll-estimates', view: 'by-publisher' });
    const update = doc.querySelector('section.chart-update')!;
    expect(update.querySelector('h3')?.textContent).toBe('Update: published after this story');
    expect(update.textContent).toContain('came out after 14 March 2016');
    const items = [...update.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^UN envoy, modelled estimate: about 400,000 to 22 April 2016 \(published 22 April 2016\)\. Source: UN Special Envoy for Syria \(Al Jazeera\)\.$/,
    );
    expect(items[1]).toMatch(/^VDC, documented count: 172,886 to January 2017 \(published February 2017\)/);
    for (const svg of doc.querySelectorAll('svg')) expect(svg.outerHTML).not.toMatch(/UN envoy|172,886/);
  });

  test('takes a journalist’s title and takeaway over the view’s defaults', async () => {
    const doc = await render({
      id: 'truce',
      dataset: 'truce-first-week',
      view: 'truce-first-week',
      title: 'A week of truce',
      takeaway: 'Fewer died where it held.',
    });
    expect(doc.querySelector('.figure-title')?.textContent).toBe('A week of truce');
    expect(doc.querySelector('.figure-takeaway')?.textContent).toBe('Fewer died where it held.');
    expect([...doc.querySelectorAll('.figure-data th')].map((th) => th.textContent)[0]).toBe('Area');
  });

  test('names what was asked and what is allowed, at the tag’s line', async () => {
    await expect(render({ id: 'x', dataset: 'nope', view: 'per-year' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: dataset: "nope" is not a chart dataset in src/content/data: use one of "death-toll-estimates", "deaths-per-year", "truce-first-week"',
    );
    await expect(render({ id: 'x', dataset: 'deaths-per-year', view: 'pie' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: view: "pie" is not a chart view: use one of "by-publisher", "per-year", "truce-first-week"',
    );
    await expect(render({ id: 'x', dataset: 'death-toll-estimates', view: 'per-year' })).rejects.toThrow(
      /:12: view: per-year cannot draw tests\/fixtures\/charts\/death-toll-estimates\.csv/,
    );
  });

  test('refuses a bad figure id where the tag is read, before <Chart> renders', () => {
    // <Chart> no longer repeats this check: every tag passes remark-known-components first.
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkKnownComponents);
    const file = new VFile({
      value: 'Text.\n\n<Chart id="Bad Id" dataset="deaths-per-year" view="per-year" />\n',
      path: `${process.cwd()}/${story.path}`,
    });
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(
      'src/content/explainers/fixture.mdx:3: id: "Bad Id" is not a valid figure id: use lowercase letters, digits and hyphens',
    );
  });

  test('by-publisher marks the story’s own figure only when compare="…" quotes it', async () => {
    const plain = await render({ id: 'death-tolls', dataset: 'death-toll-estimates', view: 'by-publisher' });
    expect(plain.querySelector('figure')!.textContent).not.toMatch(/The article|article’s|nearly 500,000/);
    // The default caption fits any story's death tolls; a story's own conclusion goes in takeaway="…".
    expect(plain.querySelector('.figure-takeaway')?.textContent).not.toMatch(/Syria|article/);
    expect(plain.getElementById('death-tolls-alt')?.textContent).not.toMatch(/Syria|article/);

    const doc = await render({
      id: 'death-tolls',
      dataset: 'death-toll-estimates',
      view: 'by-publisher',
      compare: 'nearly 500,000',
    });
    for (const svg of doc.querySelectorAll('svg')) expect(svg.textContent).toContain('The article: “nearly 500,000”');
    expect(doc.getElementById('death-tolls-summary')?.textContent).toMatch(
      /The article’s “nearly 500,000” is closest to the modelled estimate by SCPR, about 470,000\.$/,
    );
    expect([...doc.querySelectorAll('.figure-notes li')].map((li) => li.textContent)).toContain(
      'The dashed line across the chart marks the article’s “nearly 500,000” (paragraph 2) at 500,000: the story’s own words, not a figure from the data.',
    );
  });

  test('reads the number in the quoted words, with "million" and "thousand"', async () => {
    const doc = await render({
      id: 'death-tolls',
      dataset: 'death-toll-estimates',
      view: 'by-publisher',
      compare: 'about 5 million',
    });
    expect(doc.querySelector('.figure-notes')?.textContent).toContain('“about 5 million” (paragraph 2) at 5,000,000');
    // A view with no use for it ignores it, but the words are still checked against the story.
    const perYear = await render({
      id: 'deaths-per-year',
      dataset: 'deaths-per-year',
      view: 'per-year',
      compare: 'nearly 500,000',
    });
    const without = await render({ id: 'deaths-per-year', dataset: 'deaths-per-year', view: 'per-year' });
    expect(perYear.querySelector('figure')!.outerHTML).toBe(without.querySelector('figure')!.outerHTML);
  });

  test('stops on compare="…" words that are not in one paragraph or give no number', async () => {
    const tag = { id: 'death-tolls', dataset: 'death-toll-estimates', view: 'by-publisher' };
    await expect(render({ ...tag, compare: 'nearly 600,000' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: compare: "nearly 600,000" is not in the story',
    );
    await expect(render({ ...tag, compare: '500,000' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: compare: "500,000" is in paragraphs 2 and 3',
    );
    await expect(render({ ...tag, compare: 'half a million' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: compare: "half a million" has no number in it',
    );
    await expect(render({ ...tag, compare: ' ' })).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: compare: is empty',
    );
    await expect(
      render({ ...tag, compare: 'killed nearly 500,000 people and created about 5 million' }),
    ).rejects.toThrow(
      'src/content/explainers/fixture.mdx:12: compare: "killed nearly 500,000 people and created about 5 million" has 2 numbers in it',
    );
  });

  test('draws only what was public on an earlier story’s date', async () => {
    const doc = await render(
      { id: 'early', dataset: 'death-toll-estimates', view: 'by-publisher' },
      { ...story, publishedAt: '2014-12-31' },
    );
    expect(doc.querySelectorAll('.figure-data tbody tr').length).toBeLessThan(17);
    expect(doc.querySelector('.figure-data')?.textContent).not.toContain('470,000');
    expect(doc.querySelector('section.chart-update')?.textContent).toContain('about 470,000');
  });
});
