import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseChartDataset, parseSources } from '../../src/loaders/data-files.ts';
import type { StoryContext } from '../../src/site/story-context.ts';
import { resolveChart } from '../../src/story/chart-figure.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { componentRenderer, type ComponentRenderer } from '../helpers/container.ts';

/** <Chart> renders the figure model the story resolved: the graphic at three widths, its words, its data, its update. */

const sources = new Map(
  parseSources(
    `- id: bulletin
  originator: National Statistics Office
  outlet: Statistical bulletin
  title: Population estimates
  url: https://stats.example.org/bulletin
  published: "2024-01-15"
  confidence: confirmed
  kind: official statistics
- id: revision
  originator: National Statistics Office
  outlet: Revised bulletin
  title: Population estimates, revised
  published: "2024-06-01"
  confidence: confirmed
  kind: official statistics
`,
    'src/content/sources.yaml',
  ).map((s) => [s.id, s]),
);
const csv = `year,people,source
2021,10400,bulletin
2022,11250,bulletin
2023,12100,revision
`;
const path = 'src/content/data/town.csv';
const datasets = resolveDatasets(
  [{ id: 'town', data: { path, dataset: parseChartDataset(csv, path, new Set(sources.keys())) } }],
  [],
);
const story: StoryContext = {
  slug: 'towns',
  path: 'src/content/explainers/towns.mdx',
  href: '/explainers/towns/',
  publishedAt: '2024-02-01',
  embedded: false,
  paragraphs: [{ n: 1, text: 'The town has grown to about 12,000 people.' }],
};
const tag = { id: 'growth', dataset: 'town', type: 'column', x: 'year', y: 'people', title: 'A growing town' };

let renderer: ComponentRenderer;
let doc: Document;
beforeAll(async () => {
  renderer = await componentRenderer();
  const figure = resolveChart(tag, 12, story, datasets, sources);
  doc = await renderer.render('/src/components/figures/Chart.astro', tag, {
    story,
    storyModel: { charts: new Map([['growth', figure]]), facts: new Map() },
  });
});
afterAll(() => renderer?.close());

describe('<Chart>', () => {
  test('draws three widths, each named by the caption and described by the generated summary', () => {
    const figure = doc.querySelector('figure[data-figure="chart"]#growth')!;
    expect(figure.querySelector('figcaption h2#growth-title')?.textContent?.trim()).toBe('A growing town');
    expect([...figure.querySelectorAll('.chart-width')].map((c) => c.getAttribute('data-width'))).toEqual([
      '340',
      '640',
      '960',
    ]);
    const svgs = [...figure.querySelectorAll('svg')];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-labelledby')).toBe('growth-title growth-alt');
      expect(svg.getAttribute('aria-describedby')).toBe('growth-summary');
    }
    expect(doc.getElementById('growth-alt')?.textContent).toBe('Column chart of people by year.');
    expect(doc.getElementById('growth-summary')?.textContent).toBe(
      'People rose from 10,400 in 2021 to 11,250 in 2022.',
    );
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelector('script, style')).toBeNull();
  });

  test('tables exactly the drawn rows and links their CSV and embed', () => {
    const rows = [...doc.querySelectorAll('.figure-data tbody tr')].map((tr) => tr.firstElementChild?.textContent);
    expect(rows).toEqual(['2021', '2022']);
    expect(doc.querySelector('a[download]')?.getAttribute('href')).toBe('/data/towns/growth.csv');
    expect(doc.querySelector('.figure-source')?.textContent).toContain('National Statistics Office');
  });

  test('lists figures published after the story in a dated update, never in the chart', () => {
    const update = doc.querySelector('section.chart-update')!;
    expect(update.querySelector('summary h3')?.textContent?.trim()).toBe('Update: 1 figure published after this story');
    expect(update.textContent).toContain('came out after 1 February 2024');
    expect([...update.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '2023: 12,100 (publication date not recorded). Source: National Statistics Office (Revised bulletin).',
    ]);
    for (const svg of doc.querySelectorAll('svg')) expect(svg.outerHTML).not.toContain('12,100');
  });
});
