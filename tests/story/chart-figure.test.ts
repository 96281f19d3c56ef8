import { describe, expect, it } from 'vitest';
import { parseSources } from '../../src/loaders/data-files.ts';
import { datasetsFrom, errorOf } from '../helpers/content.ts';
import { resolveChart } from '../../src/story/chart-figure.ts';

/**
 * A <Chart> tag resolved against its dataset: the mistakes a journalist can make, each in the
 * project's one format at the right file and line, and what the figure model holds.
 */

const sourcesYaml = `- id: census
  originator: National Statistics Office
  outlet: Statistical bulletin
  title: Population estimates
  published: "2024-01-15"
  confidence: confirmed
  kind: official statistics
- id: later-census
  originator: National Statistics Office
  outlet: Statistical bulletin
  title: Population estimates, revised
  published: "2024-06-01"
  confidence: confirmed
  kind: official statistics
- id: blog
  originator: A blogger
  outlet: A blog
  title: Reposted figures
  published: "2023-12-01"
  confidence: secondary
  kind: news report
`;
const sources = new Map(parseSources(sourcesYaml, 'src/content/sources.yaml').map((s) => [s.id, s]));
const ids = new Set(sources.keys());
const STORY = {
  path: 'src/content/explainers/towns.mdx',
  publishedAt: '2024-02-01',
  paragraphs: [
    { n: 1, text: 'The town has grown to about 12,000 people since the bridge opened.' },
    { n: 2, text: 'Its neighbours grew less.' },
  ],
};

const files: Record<string, string> = {
  towns: `id,town,year,people,share,low,high,source
t1,Alder,2020,11250,12.50,10000,12000,census
t2,Birch,2020,8400,9.0,8000,9000,census
t3,Cedar,2020,,4.25,3000,4000,census
t4,Alder,2021,12100,13.75,11000,13000,later-census
`,
  single: `town,people
Alder,11250
Birch,8400
`,
};
const metas: Record<string, string> = {
  single: 'source: blog\ncolumns:\n  people: { label: Residents, unit: people }\n',
};

const datasets = (over: Record<string, string> = {}) => datasetsFrom({ ...files, ...over }, metas, ids);

const chart = (props: Record<string, string>, over?: Record<string, string>) =>
  resolveChart({ id: 'fig', ...props }, 7, STORY, datasets(over), sources);

describe('a chart tag resolved against its dataset', () => {
  it('draws only the rows public by the story’s date, and lists the later ones for a dated update', () => {
    const figure = chart({ dataset: 'towns', type: 'bar', y: 'town', x: 'people' });
    expect(figure.drawing.chart.data.map((d) => d.row.id)).toEqual(['t1', 't2']);
    expect(figure.later).toEqual([
      expect.objectContaining({ id: 't4', text: 'Alder: 12,100 (publication date not recorded)' }),
    ]);
  });

  it('leaves out, and says so, a row with an empty cell in a column it draws: never a zero', () => {
    const figure = chart({ dataset: 'towns', type: 'bar', y: 'town', x: 'people' });
    expect(figure.notes).toContain(
      'Not drawn: 1 row has no value in a column this chart draws (Cedar); it is left out, not counted as zero.',
    );
  });

  it('fills in the dataset’s one source, and says a second-hand figure is one', () => {
    const figure = chart({ dataset: 'single', type: 'bar', y: 'town', x: 'people' });
    expect(figure.sources.map((s) => s.id)).toEqual(['blog']);
    expect(figure.notes).toContain('Read only in a second-hand report: Alder: 11,250; Birch: 8,400.');
    expect(figure.title).toBe('Residents by town');
  });

  it('keeps decimals as written in the table, and the raw values for the CSV', () => {
    const figure = chart({ dataset: 'towns', type: 'dot', y: 'town', x: 'share' });
    expect(figure.table.rows.map((r) => r.share)).toEqual(['12.50', '9.00', '4.25']);
    expect(figure.table.raw.map((r) => r.share)).toEqual(['12.50', '9.0', '4.25']);
  });

  it('sets the story’s own figure against the data, found in its paragraph', () => {
    const figure = chart({ dataset: 'towns', type: 'bar', y: 'town', x: 'people', compare: 'about 12,000' });
    expect(figure.drawing.chart.reference).toEqual({ value: 12000, quote: 'about 12,000' });
    expect(figure.notes.at(-1)).toBe(
      'The dashed line marks the story’s “about 12,000” (paragraph 1) at 12,000: the story’s own words, not a figure from the data.',
    );
  });

  it('takes the journalist’s own summary="…", and keeps the generated one in the table’s caption', () => {
    const generated = chart({ dataset: 'towns', type: 'bar', y: 'town', x: 'people' });
    const own = chart({ dataset: 'towns', type: 'bar', y: 'town', x: 'people', summary: 'Alder is the largest town.' });
    expect(own.summary).toBe('Alder is the largest town.');
    expect(own.table.caption).toBe(`The data behind “People by town”: one row per figure drawn. ${generated.summary}`);
    expect(generated.table.caption).toBe('The data behind “People by town”: one row per figure drawn');
  });

  // The bad-input corpus of the chart vocabulary (issue: "Mistakes get the project's one error format").
  it.each([
    [
      'an unknown type, listing the types',
      { dataset: 'towns', type: 'pie', y: 'town', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: type: "pie" is not a chart type: use one of "bar", "column", "line", "area", "dot", "range", "arrow", "scatter"',
    ],
    [
      'a type with its layout in it, told to write layout="grouped"',
      { dataset: 'towns', type: 'grouped-bar', y: 'town', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: type: "grouped-bar" is not a chart type (for grouped bars write type="bar" with series="…" and layout="grouped"): use one of "bar"',
    ],
    [
      'a misspelt type, with the nearest one',
      { dataset: 'towns', type: 'colum', y: 'town', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: type: "colum" is not a chart type (did you mean "column"?): use one of "bar"',
    ],
    [
      'a misspelt column, with the nearest one',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'peopel' },
      undefined,
      'src/content/explainers/towns.mdx:7: x: "peopel" is not a column of src/content/data/towns.csv (did you mean "people"?): its columns are',
    ],
    [
      'no type at all',
      { dataset: 'towns', y: 'town', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: type: <Chart> needs type="…": one of "bar"',
    ],
    [
      'a retired view, with what to write instead',
      { dataset: 'towns', view: 'per-year' },
      undefined,
      'src/content/explainers/towns.mdx:7: view: view="…" is retired: name the chart form and its columns, e.g. type="column" x="date" y="value" annotate="max: Peak"',
    ],
    [
      'an unknown dataset, listing the datasets',
      { dataset: 'town', type: 'bar', y: 'town', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: dataset: "town" is not a dataset in src/content/data (did you mean "towns"?): use one of "towns", "single"',
    ],
    [
      'a column the file does not have, listing its columns',
      { dataset: 'towns', type: 'bar', y: 'city', x: 'people' },
      undefined,
      'src/content/explainers/towns.mdx:7: y: "city" is not a column of src/content/data/towns.csv: its columns are "town", "year", "people", "share", "low", "high"',
    ],
    [
      'a value that is not a number, at the CSV’s line and column',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people' },
      { towns: files.towns.replace('8400', '"8,4OO"') },
      'src/content/data/towns.csv:3: people: "8,4OO" is not a number',
    ],
    [
      'a number written with separators',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people' },
      { towns: files.towns.replace('8400', '"8,400"') },
      'src/content/data/towns.csv:3: people: "8,400" is not a number: write it without separators',
    ],
    [
      'a date that does not exist, in a column of dates',
      { dataset: 'towns', type: 'column', x: 'year', y: 'people' },
      { towns: files.towns.replace('t2,Birch,2020', 't2,Birch,2020-02-30') },
      'src/content/data/towns.csv:3: year: "2020-02-30" is not a real date: February 2020 has 29 days',
    ],
    [
      'a range without x2',
      { dataset: 'towns', type: 'range', y: 'town', x1: 'low' },
      undefined,
      'src/content/explainers/towns.mdx:7: x2: type="range" needs x2="…": a column of src/content/data/towns.csv',
    ],
    [
      'a column a form does not take',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people', x2: 'high' },
      undefined,
      'src/content/explainers/towns.mdx:7: x2: type="bar" takes no x2="…": it uses series, y, x',
    ],
    [
      'a category twice without a series',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people' },
      { towns: files.towns.replace('t2,Birch', 't2,Alder') },
      'src/content/data/towns.csv:3: town: "Alder" appears again (first on line 2): one row per town, or name the column that tells them apart with series="…"',
    ],
    [
      'a compare quote that is not in the story',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people', compare: 'about 13,000' },
      undefined,
      'src/content/explainers/towns.mdx:7: compare: "about 13,000" is not in the story',
    ],
    [
      'an annotation of a row that is not drawn',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people', annotate: 'Dover: Biggest' },
      undefined,
      'src/content/explainers/towns.mdx:7: annotate: "Dover" matches no row drawn',
    ],
    [
      'a layout that does not exist',
      { dataset: 'towns', type: 'bar', y: 'town', x: 'people', layout: 'side' },
      undefined,
      'src/content/explainers/towns.mdx:7: layout: "side" is not a layout: use "stacked" (the default) or "grouped"',
    ],
  ])('stops on %s', (_case, props, over, expected) => {
    expect(errorOf(() => chart(props, over))).toContain(expected);
  });

  it('stops on a row without a source, when the dataset names none', () => {
    expect(errorOf(() => datasets({ towns: files.towns.replace('12000,census', '12000,') }))).toBe(
      'src/content/data/towns.csv:2: source: is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/towns.meta.yaml)',
    );
    expect(errorOf(() => datasets({ towns: 'town,people\nAlder,1\n' }))).toContain(
      'src/content/data/towns.csv:1: source: has no "source" column',
    );
  });
});
