import { describe, expect, it } from 'vitest';
import { parseChartDataset, parseSources } from '../../src/loaders/data-files.ts';
import { factIndex } from '../../src/provenance/facts.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { buildStoryModel, type StoryInput } from '../../src/story/model.ts';

/** A story's facts and key points, resolved once: the number as its data writes it, or the build stops at the line. */
const sources = new Map(
  parseSources(
    `- id: bulletin
  originator: Statistics Office
  outlet: Bulletin
  title: Estimates
  published: "2024-01-15"
  confidence: confirmed
  kind: official statistics
- id: revision
  originator: Statistics Office
  outlet: Revised bulletin
  title: Revised estimates
  published: "2024-06-01"
  confidence: confirmed
  kind: official statistics
`,
    'src/content/sources.yaml',
  ).map((s) => [s.id, s]),
);
const path = 'src/content/data/towns.csv';
const csv = 'id,town,value,qualifier,source\nalder,Alder,11250.5,about,bulletin\nbirch,Birch,8400,,revision\n';
const datasets = resolveDatasets(
  [{ id: 'towns', data: { path, dataset: parseChartDataset(csv, path, new Set(sources.keys())) } }],
  [],
);
const site = { datasets, sources, facts: factIndex(datasets) };
const body = 'Alder has <Fact id="alder" /> people.\n';
const story = (over: Partial<StoryInput>): StoryInput => ({
  path: 'src/content/explainers/towns.mdx',
  publishedAt: '2024-02-01',
  paragraphs: storyParagraphs(parseStory(body)),
  figures: [],
  factTags: [{ id: 'alder', line: 9 }],
  keyPoints: ['Alder has {{alder}} people.'],
  keyPointsLine: 5,
  creditSources: [],
  creditSourcesLine: 4,
  tree: parseStory(body),
  timelines: new Map(),
  positions: new Map(),
  ...over,
});

function errorOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the story model', () => {
  it('prints a fact as its column writes it, with its qualifier, in the text and the key points', () => {
    const model = buildStoryModel(story({}), site);
    expect(model.facts.get('alder')).toEqual({ id: 'alder', text: 'about 11,250.5', source: 'bulletin' });
    expect(model.keyPoints).toEqual([
      ['Alder has ', { id: 'alder', text: 'about 11,250.5', source: 'bulletin' }, ' people.'],
    ]);
    expect(model.citedSources.map((s) => s.id)).toEqual(['bulletin']);
  });

  it('lists every mistake of a story at once, not only the first', () => {
    const over = {
      factTags: [{ id: 'dover', line: 9 }],
      keyPoints: ['{{birch}} people.'],
      creditSources: ['wire'],
      figures: [{ name: 'Chart' as const, props: { id: 'c', dataset: 'towns', type: 'pie' }, line: 11 }],
    };
    expect(errorOf(() => buildStoryModel(story(over), site)).split('\n')).toEqual([
      'src/content/explainers/towns.mdx:11: type: "pie" is not a chart type: use one of "bar", "column", "line", "area", "dot", "range", "arrow", "scatter"',
      'src/content/explainers/towns.mdx:9: fact: "dover" is not the id of any row in src/content/data/*.csv',
      'src/content/explainers/towns.mdx:5: fact: "birch" was not public until 2024-06-01, after this story\'s publishedAt 2024-02-01: put it in a dated correction or update instead',
      'src/content/explainers/towns.mdx:4: creditSources: "wire" is not in the sources registry (src/content/sources.yaml)',
    ]);
  });

  it.each([
    [
      'an unknown fact in the text',
      { factTags: [{ id: 'dover', line: 9 }] },
      'src/content/explainers/towns.mdx:9: fact: "dover" is not the id of any row',
    ],
    [
      'an unknown fact in a key point',
      { keyPoints: ['{{dover}}'] },
      'src/content/explainers/towns.mdx:5: fact: "dover" is not the id of any row',
    ],
    [
      'a fact published after the story',
      { factTags: [{ id: 'birch', line: 9 }] },
      'src/content/explainers/towns.mdx:9: fact: "birch" was not public until 2024-06-01, after this story\'s publishedAt 2024-02-01',
    ],
    [
      'a credit source not in the registry',
      { creditSources: ['wire'] },
      'src/content/explainers/towns.mdx:4: creditSources: "wire" is not in the sources registry',
    ],
  ])('stops on %s', (_case, over, expected) => {
    expect(errorOf(() => buildStoryModel(story(over), site))).toContain(expected);
  });
});

describe('a fact that names its column', () => {
  const asylumPath = 'src/content/data/asylum.csv';
  const asylumCsv =
    'id,name,applicants,per-million,source\nde-2015,Germany,476510,5880.2,bulletin\nse-2015,Sweden,162450,16650.75,bulletin\n';
  const asylum = resolveDatasets(
    [
      {
        id: 'asylum',
        data: { path: asylumPath, dataset: parseChartDataset(asylumCsv, asylumPath, new Set(sources.keys())) },
      },
    ],
    [],
  );
  const asylumSite = { datasets: asylum, sources, facts: factIndex(asylum) };

  it('quotes that column of the row, in the text and with {{id.column}} in the key points', () => {
    const model = buildStoryModel(
      story({
        factTags: [
          { id: 'de-2015', column: 'applicants', line: 9 },
          { id: 'de-2015', column: 'per-million', line: 10 },
        ],
        keyPoints: ['Sweden took {{se-2015.per-million}} per million, Germany {{ de-2015.applicants }}.'],
      }),
      asylumSite,
    );
    expect(model.facts.get('de-2015.applicants')?.text).toBe('476,510');
    // Decimals as the column writes them (the most any of its cells has).
    expect(model.facts.get('de-2015.per-million')?.text).toBe('5,880.20');
    expect(model.keyPoints[0].map((part) => (typeof part === 'string' ? part : part.text))).toEqual([
      'Sweden took ',
      '16,650.75',
      ' per million, Germany ',
      '476,510',
      '.',
    ]);
  });

  it.each([
    [
      'a column the row lacks, listing its columns',
      { factTags: [{ id: 'de-2015', column: 'per-capita', line: 9 }] },
      'src/content/explainers/towns.mdx:9: column: "per-capita" is not a column of src/content/data/asylum.csv, which holds row "de-2015": use one of "name", "applicants", "per-million"',
    ],
    [
      'a column the row lacks, in a key point',
      { factTags: [], keyPoints: ['{{de-2015.rate}}'] },
      'src/content/explainers/towns.mdx:5: column: "rate" is not a column of src/content/data/asylum.csv',
    ],
    [
      'a column of words',
      { factTags: [{ id: 'de-2015', column: 'name', line: 9 }] },
      'src/content/data/asylum.csv:2: name: "Germany" is not a number, so <Fact id="de-2015" column="name"/> cannot quote it',
    ],
    [
      'no column, where the row has two numbers: today’s rule, and how to name one',
      { factTags: [{ id: 'de-2015', line: 9 }] },
      'src/content/explainers/towns.mdx:9: fact: "de-2015" is a row of src/content/data/asylum.csv, which has no "value" column and 2 columns of numbers: name the one to quote, e.g. <Fact id="de-2015" column="applicants" />',
    ],
  ])('stops on %s', (_case, over, expected) => {
    expect(errorOf(() => buildStoryModel(story(over), asylumSite))).toContain(expected);
  });
});
