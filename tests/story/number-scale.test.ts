import { describe, expect, it } from 'vitest';
import { parseDatasetMeta, parseSources } from '../../src/loaders/data-files.ts';
import { datasetsFrom, errorOf } from '../helpers/content.ts';
import { factIndex, factText } from '../../src/provenance/facts.ts';
import { formatTick, formatValue } from '../../src/format/numbers.ts';
import { resolveChart } from '../../src/story/chart-figure.ts';

/**
 * Numbers as a source prints them: a sidecar's `scale` says the cells count billions, so 23.1
 * reads "US$23.1 billion" everywhere (bars, table, summary, <Fact>), compare="$100 billion" is
 * drawn at 100 on that scale, and the sidecar's unit follows every number a sentence prints.
 */

const sources = new Map(
  parseSources(
    `- id: agency
  originator: An energy agency
  outlet: Annual review
  title: Emissions and investment
  published: "2024-01-15"
  confidence: confirmed
  kind: official statistics
`,
    'src/content/sources.yaml',
  ).map((s) => [s.id, s]),
);
const ids = new Set(sources.keys());
const STORY = {
  path: 'src/content/explainers/climate.mdx',
  publishedAt: '2024-02-01',
  paragraphs: [
    { n: 1, text: 'Rich countries promised $100 billion a year, and China emitted 9.7 billion tonnes.' },
    { n: 2, text: 'Around 7 million people moved, against a plan of 500 for the whole region.' },
  ],
};

const csvs: Record<string, string> = {
  finance: 'id,year,value,source\nf1,2019,23.1,agency\nf2,2020,28.4,agency\n',
  emissions: 'id,country,co2,source\nchina,China,9.7,agency\nus,United States,4.9,agency\n',
  moves: 'id,region,people,source\nm1,North,6.6,agency\nm2,South,2.25,agency\n',
};
const metas: Record<string, string> = {
  finance: 'columns:\n  value: { label: Climate finance, format: "currency:USD", scale: billion }\n',
  emissions: 'columns:\n  co2: { label: Emissions, unit: tonnes of carbon dioxide, scale: billion }\n',
  moves: 'columns:\n  people: { label: People moved, unit: people }\n',
};

const datasets = () => datasetsFrom(csvs, metas, ids);

const chart = (props: Record<string, string>) => resolveChart({ id: 'fig', ...props }, 7, STORY, datasets(), sources);

describe('number scales from the sidecar', () => {
  it('writes a scaled value with its word, and ticks at their real size, short', () => {
    expect(formatValue(6.6, { format: 'number', decimals: 1, scale: 'million' })).toBe('6.6 million');
    expect(formatValue(23.1, { format: 'currency:USD', decimals: 1, scale: 'billion' })).toBe('US$23.1 billion');
    expect(formatTick(20, { format: 'currency:USD', decimals: 1, scale: 'billion' }, false)).toBe('US$20bn');
    expect(formatTick(2.5, { format: 'number', decimals: 0, scale: 'million' }, false)).toBe('2.5m');
  });

  it('reads compare="$100 billion" in the column’s billions, and prints the line and bars in them', () => {
    const figure = chart({ dataset: 'finance', type: 'column', x: 'year', y: 'value', compare: '$100 billion' });
    expect(figure.drawing.chart.reference).toEqual({ value: 100, quote: '$100 billion' });
    expect(figure.notes.at(-1)).toContain('at US$100 billion: the story’s own words');
    expect(figure.summary).toContain('US$28.4 billion');
    expect(figure.table.rows.map((r) => r.value)).toEqual(['US$23.1 billion', 'US$28.4 billion']);
  });

  it('stops a compare line far beyond every value drawn, with the scale to set', () => {
    expect(
      errorOf(() => chart({ dataset: 'moves', type: 'bar', y: 'region', x: 'people', compare: '7 million' })),
    ).toBe(
      'src/content/explainers/climate.mdx:7: compare: "7 million" reads as 7,000,000, more than 50 times the largest value drawn (6.60): if the data is written in thousands, millions or billions, say so in its sidecar (columns: people: { scale: billion })',
    );
  });

  it('prints a <Fact> in the column’s scale, followed by the sidecar’s unit', () => {
    const index = factIndex(datasets());
    expect(factText(index.get('china')!, STORY.path, 3)).toBe('9.7 billion tonnes of carbon dioxide');
    expect(factText(index.get('f1')!, STORY.path, 3)).toBe('US$23.1 billion');
    expect(factText(index.get('m1')!, STORY.path, 3)).toBe('6.60 people');
  });

  it('refuses a scale on a percentage, and an unknown scale, at their line', () => {
    expect(
      errorOf(() => parseDatasetMeta('columns:\n  share:\n    format: percent\n    scale: million\n', 'm.yaml', ids)),
    ).toBe('m.yaml:4: scale: a percentage has no scale: leave scale out, or use format: number');
    expect(errorOf(() => parseDatasetMeta('columns:\n  people: { scale: millions }\n', 'm.yaml', ids))).toContain(
      'm.yaml:2: scale: "millions" is not a scale: use "thousand", "million", "billion"',
    );
  });
});
