import { describe, expect, it } from 'vitest';
import { parseChartDataset, parseDatasetMeta, parseSources } from '../../src/loaders/data-files.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { resolveTable } from '../../src/story/table-figure.ts';

/** <Table>: the rows sorted, labelled by the sidecar, numbers as their columns write them, folded, summarised, downloadable. */
const sources = new Map(
  parseSources(
    `- id: office
  originator: Statistics Office
  outlet: Bulletin
  title: Applications
  published: "2016-01-10"
  confidence: confirmed
  kind: official statistics
- id: later
  originator: Statistics Office
  outlet: Revised bulletin
  title: Revised applications
  published: "2016-09-01"
  confidence: confirmed
  kind: official statistics
`,
    'src/content/sources.yaml',
  ).map((s) => [s.id, s]),
);
const path = 'src/content/data/asylum.csv';
const csv = `id,name,applicants,per-million,region,source
de,Germany,476510,5880.2,West,office
se,Sweden,162450,16650.75,North,office
hu,Hungary,177135,17994,East,office
mt,Malta,1845,4306,South,office
cy,Cyprus,,2645.5,South,office
at,Austria,88160,10280,West,later
`;
const meta = `source: office
columns:
  name: { label: "Country" }
  applicants: { label: "Applications" }
  per-million: { label: "Per million residents", format: "decimal:1" }
`;
const ids = new Set(sources.keys());
const datasets = resolveDatasets(
  [{ id: 'asylum', data: { path, dataset: parseChartDataset(csv, path, ids) } }],
  [{ id: 'asylum.meta', data: { path: 'src/content/data/asylum.meta.yaml', meta: parseDatasetMeta(meta, 'x', ids) } }],
);
const story = { path: 'src/content/explainers/asylum.mdx', publishedAt: '2016-03-01', paragraphs: [] };
const table = (props: Record<string, string>) =>
  resolveTable({ id: 'by-country', dataset: 'asylum', ...props }, 12, story, datasets, sources);
const texts = (figure: ReturnType<typeof table>) => figure.table.rows.map((r) => r.cells.map((c) => c.text));

describe('a <Table>', () => {
  it('shows every data column in file order, headed by the sidecar’s labels, numbers as their columns write them', () => {
    const figure = table({});
    expect(figure.table.columns.map((c) => [c.label, c.numeric])).toEqual([
      ['Country', false],
      ['Applications', true],
      ['Per million residents', true],
      ['region', false],
    ]);
    // Austria came out after the story: left out, and said so.
    expect(texts(figure)).toEqual([
      ['Germany', '476,510', '5,880.2', 'West'],
      ['Sweden', '162,450', '16,650.8', 'North'],
      ['Hungary', '177,135', '17,994.0', 'East'],
      ['Malta', '1,845', '4,306.0', 'South'],
      ['Cyprus', '', '2,645.5', 'South'],
    ]);
    expect(figure.notes).toEqual(['1 row published after this story (1 March 2016) is left out.']);
  });

  it('sorts by a column, descending with "-", an empty cell last either way', () => {
    const down = table({ columns: 'name,applicants', sort: '-applicants' });
    expect(texts(down).map((r) => r[0])).toEqual(['Germany', 'Hungary', 'Sweden', 'Malta', 'Cyprus']);
    const up = table({ columns: 'name,applicants', sort: 'applicants' });
    expect(texts(up).map((r) => r[0])).toEqual(['Malta', 'Sweden', 'Hungary', 'Germany', 'Cyprus']);
    expect(texts(table({ columns: 'name', sort: 'name' })).flat()).toEqual([
      'Cyprus',
      'Germany',
      'Hungary',
      'Malta',
      'Sweden',
    ]);
  });

  it('draws bars as a share of the longest, shades heat in five steps, and folds after `rows`', () => {
    const figure = table({
      columns: 'name,applicants,per-million',
      sort: '-applicants',
      bars: 'applicants',
      heat: 'per-million',
      rows: '3',
    });
    expect(figure.table.columns.map((c) => [c.key, c.bars ?? false, c.heat ?? false])).toEqual([
      ['name', false, false],
      ['applicants', true, false],
      ['per-million', false, true],
    ]);
    expect(figure.table.rows.map((r) => r.cells[1].bar?.length.toFixed(3))).toEqual([
      '1.000',
      '0.372',
      '0.341',
      '0.004',
      undefined,
    ]);
    expect(figure.table.rows.map((r) => r.cells[2].heat)).toEqual([1, 4, 4, 0, 0]);
    expect(figure.table.shown).toBe(3);
  });

  it('summarises the ranked column’s highest and lowest rows, in one field', () => {
    expect(table({ sort: '-per-million' }).summary).toBe(
      'Per million residents: highest for Hungary (17,994.0), lowest for Cyprus (2,645.5); 5 rows.',
    );
    expect(table({ bars: 'applicants' }).summary).toBe(
      'Applications: highest for Germany (476,510), lowest for Malta (1,845); 5 rows.',
    );
    expect(table({ columns: 'name,region' }).summary).toBe('5 rows.');
    expect(table({}).title).toBe('Applications by country');
    expect(table({ title: 'Where they applied' }).title).toBe('Where they applied');
  });

  it('gives a CSV of the rows shown, in the table’s order: its columns first, the rest, then where each was read', () => {
    const { csv: out } = table({ columns: 'name,applicants', sort: '-applicants', rows: '2' });
    expect(out.header).toEqual([
      'Country',
      'Applications',
      'Per million residents',
      'region',
      'Qualifier',
      'Announced',
      'Source',
      'Read at',
      'Address',
      'Confidence',
      'Note',
      'Row id',
    ]);
    expect(out.rows.map((r) => [r[0], r[1], r[2], r[6], r[11]])).toEqual([
      ['Germany', '476510', '5880.2', 'Statistics Office', 'de'],
      ['Hungary', '177135', '17994', 'Statistics Office', 'hu'],
      ['Sweden', '162450', '16650.75', 'Statistics Office', 'se'],
      ['Malta', '1845', '4306', 'Statistics Office', 'mt'],
      ['Cyprus', '', '2645.5', 'Statistics Office', 'cy'],
    ]);
  });

  it.each([
    [
      'a column the file lacks, listing its columns',
      { columns: 'name,population' },
      'src/content/explainers/asylum.mdx:12: columns: "population" is not a column of src/content/data/asylum.csv: use one of "name", "applicants", "per-million", "region"',
    ],
    [
      'an unknown sort column',
      { sort: '-population' },
      'src/content/explainers/asylum.mdx:12: sort: "population" is not a column of src/content/data/asylum.csv: use one of "name"',
    ],
    [
      'an unknown bars column',
      { bars: 'total' },
      'src/content/explainers/asylum.mdx:12: bars: "total" is not a column of src/content/data/asylum.csv: use one of',
    ],
    [
      'a bars column the table does not show',
      { columns: 'name,per-million', bars: 'applicants' },
      'src/content/explainers/asylum.mdx:12: bars: "applicants" is not among columns="name,per-million": add it there to draw it',
    ],
    [
      'a column of words as bars: the first cell that is not a number, at its line in the CSV',
      { bars: 'region' },
      'src/content/data/asylum.csv:2: region: "West" is not a number (<Table bars="region"> draws every cell of it)',
    ],
    [
      'a column of words as heat',
      { heat: 'name' },
      'src/content/data/asylum.csv:2: name: "Germany" is not a number (<Table heat="name"> draws every cell of it)',
    ],
    [
      'rows that is not a whole number',
      { rows: 'eight' },
      'src/content/explainers/asylum.mdx:12: rows: "eight" is not a number of rows',
    ],
    [
      'an unknown dataset',
      { dataset: 'asylm' },
      'src/content/explainers/asylum.mdx:12: dataset: "asylm" is not a dataset in src/content/data (did you mean "asylum"?): use one of "asylum"',
    ],
  ])('stops on %s', (_case, props, expected) => {
    expect(() => table(props)).toThrow(expected);
  });

  it('takes the journalist’s own summary, keeping the generated one among the notes', () => {
    const generated = table({}).summary;
    const own = table({ summary: 'Germany received the most applications.' });
    expect(own.summary).toBe('Germany received the most applications.');
    expect(own.notes).toContain(generated);
    expect(() => table({ summary: ' ' })).toThrow('summary: is empty');
  });
});
