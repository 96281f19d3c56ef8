import { describe, expect, it } from 'vitest';
import { parseChartDataset, parseSources } from '../../src/lib/datasets.ts';
import { factIndex } from '../../src/lib/facts.ts';
import { parseStory, storyParagraphs } from '../../src/lib/story-tree.ts';
import { resolveDatasets } from '../../src/story/datasets.ts';
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
