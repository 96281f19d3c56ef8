import { describe, expect, it } from 'vitest';
import {
  parseChartDataset,
  parseDatasetMeta,
  parsePositions,
  parseSources,
  parseTimeline,
} from '../../src/loaders/data-files.ts';

const header = 'id,series,kind,scope,date,announced,value,qualifier,source,note';
const sourcesYaml = `- id: sohr-seattle
  originator: Syrian Observatory for Human Rights (SOHR)
  outlet: The Seattle Times (AP)
  title: 2014 deadliest year yet
  url: https://www.seattletimes.com/nation-world/x/
  published: "2015-01-01"
  confidence: confirmed
  translated: false
  kind: documented count
`;
const ids = new Set(['sohr-seattle']);
const csvFile = 'src/content/data/deaths.csv';

/** The message a journalist sees, or '' when the file is accepted. */
function errorOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('chart datasets', () => {
  const good = `${header}\nsohr-2014,SOHR,documented count,all,2014,2015-01-01,76021,,sohr-seattle,\nsohr-2015,SOHR,documented count,all,2015,,55219,,sohr-seattle,\n`;

  it('reads any header: reserved columns checked, every other column kept as written, with its line', () => {
    const dataset = parseChartDataset(good, csvFile, ids);
    expect(dataset.columns).toEqual(['series', 'kind', 'scope', 'date', 'value']);
    expect(dataset.rows.map((r) => [r.id, r.cells.value, r.cells.date, r.source, r.line])).toEqual([
      ['sohr-2014', '76021', '2014', 'sohr-seattle', 2],
      ['sohr-2015', '55219', '2015', 'sohr-seattle', 3],
    ]);
  });

  it('takes a tidy file of another subject, with no reserved column but source', () => {
    const dataset = parseChartDataset(
      'country,year,share,source\nPeru,2020,12.50,sohr-seattle\nChile,2020,,sohr-seattle\n',
      csvFile,
      ids,
    );
    expect(dataset.columns).toEqual(['country', 'year', 'share']);
    expect(dataset.rows.map((r) => [r.id, r.cells.share, r.qualifier])).toEqual([
      ['', '12.50', ''],
      ['', '', ''],
    ]);
  });

  it('parses a byte-order mark, CRLF endings and trailing blank lines exactly like a clean file', () => {
    const messy = `\uFEFF${good.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(parseChartDataset(messy, csvFile, ids)).toEqual(parseChartDataset(good, csvFile, ids));
  });

  it.each([
    [
      'an impossible "announced" date',
      good.replace('2014,2015-01-01', '2014,2015-02-30'),
      'src/content/data/deaths.csv:2: announced: "2015-02-30" is not a real date',
    ],
    [
      'an unknown source id',
      good.replace('55219,,sohr-seattle', '55219,,sohr-seatle'),
      'src/content/data/deaths.csv:3: source: "sohr-seatle" is not in the sources registry',
    ],
    [
      'a source id that is not an id',
      good.replace('55219,,sohr-seattle', '55219,,SOHR Seattle'),
      'src/content/data/deaths.csv:3: source: "SOHR Seattle" is not a valid id',
    ],
    [
      'a duplicate id',
      good.replace('sohr-2015', 'sohr-2014'),
      'src/content/data/deaths.csv:3: id: "sohr-2014" is already used on line 2',
    ],
    [
      'an unknown qualifier',
      good.replace('55219,,', '55219,roughly,'),
      'src/content/data/deaths.csv:3: qualifier: "roughly" is not allowed: leave it empty or use "at least", "more than", "about", "nearly"',
    ],
    [
      'a column with no name',
      good.replace(',note', ','),
      'src/content/data/deaths.csv:1: (empty): column 10 has no name',
    ],
    [
      'a column named twice',
      good.replace(',note', ',value'),
      'src/content/data/deaths.csv:1: value: the column "value" appears twice',
    ],
    [
      'a row with a cell too many',
      good.replace('sohr-seattle,\nsohr-2015', 'sohr-seattle,,\nsohr-2015'),
      'src/content/data/deaths.csv:2: row: has 11 cells but the header has 10 columns',
    ],
    [
      'a value that is not a number (what <Fact> quotes, checked wherever it is drawn)',
      good.replace('76021', '"7,84l"'),
      'src/content/data/deaths.csv:2: value: "7,84l" is not a number',
    ],
    [
      'an unclosed quote',
      good.replace('sohr-seattle,\nsohr-2015', 'sohr-seattle,"The deadliest\nsohr-2015'),
      'src/content/data/deaths.csv:3: csv: Quote Not Closed',
    ],
    ['an empty file', '', 'src/content/data/deaths.csv:1: file: is empty'],
    ['a header alone', `${header}\n`, 'src/content/data/deaths.csv:1: file: has a header but no rows'],
  ])('stops on %s with path:line: field: message', (_case, text, expected) => {
    expect(errorOf(() => parseChartDataset(text, csvFile, ids))).toContain(expected);
  });
});

describe('dataset sidecars', () => {
  const file = 'src/content/data/deaths.meta.yaml';
  it('reads labels, formats, one source and pinned colours', () => {
    const meta = parseDatasetMeta(
      'source: sohr-seattle\ncolumns:\n  share: { label: Share, format: percent }\ncolors:\n  Peru: "#d55e00"\n',
      file,
      ids,
    );
    expect(meta).toEqual({
      source: 'sohr-seattle',
      notes: [],
      columns: { share: { label: 'Share', format: 'percent' } },
      colors: { Peru: '#d55e00' },
      columnLines: { share: 3 },
    });
  });
  it.each([
    [
      'an unknown format',
      'columns:\n  share: { format: percentage }\n',
      `${file}:2: format: "percentage" is not a number format`,
    ],
    ['an unknown source', 'source: nobody\n', `${file}:1: source: "nobody" is not in the sources registry`],
    ['a colour that is not one', 'colors:\n  Peru: red\n', `${file}:2: Peru: "red" is not a colour`],
    [
      'an unknown field',
      'title: Deaths\n',
      `${file}:1: title: is not a field here: use source, notes, columns, colors`,
    ],
    [
      'a misspelt field, with the nearest name',
      'source: sohr-seattle\ncolums:\n  share: { label: Share }\n',
      `${file}:2: colums: is not a field here (did you mean "columns"?): use source, notes, columns, colors`,
    ],
    [
      'a misspelt key of a column, with the nearest name',
      'columns:\n  share:\n    lable: Share\n',
      `${file}:3: lable: is not a field here (did you mean "label"?): use label, unit, format, scale`,
    ],
  ])('stops on %s', (_case, text, expected) => {
    expect(errorOf(() => parseDatasetMeta(text, file, ids))).toContain(expected);
  });
});

describe('the sources registry', () => {
  it('reads sources', () => {
    expect(parseSources(sourcesYaml, 'src/content/sources.yaml')[0]).toMatchObject({
      id: 'sohr-seattle',
      published: '2015-01-01',
      translated: false,
    });
  });

  it.each([
    [
      'an unquoted impossible date',
      sourcesYaml.replace('"2015-01-01"', '2016-02-31'),
      'src/content/sources.yaml:6: published: "2016-02-31" is not a real date',
    ],
    [
      'a staging address',
      sourcesYaml.replace(
        'https://www.seattletimes.com/nation-world/x/',
        'https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/x',
      ),
      'src/content/sources.yaml:5: url: is a staging, proxy, mirror or machine-translation address',
    ],
    ['bad indentation', sourcesYaml.replace('  outlet:', ' outlet:'), 'src/content/sources.yaml:3: yaml:'],
    [
      'an unknown kind',
      sourcesYaml.replace('kind: documented count', 'kind: rumour'),
      'src/content/sources.yaml:9: kind: "rumour" is not allowed',
    ],
    [
      'a missing field',
      sourcesYaml.replace(/ {2}outlet:.*\n/, ''),
      'src/content/sources.yaml:1: outlet: is required but missing',
    ],
  ])('stops on %s', (_case, text, expected) => {
    expect(errorOf(() => parseSources(text, 'src/content/sources.yaml'))).toContain(expected);
  });
});

describe('timelines and positions', () => {
  const timeline = `- id: truce\n  date: "2016-02-27"\n  title: Truce\n  text: It began.\n  category: ceasefire\n  source: sohr-seattle\n`;

  it("takes any short category as the timeline's own, and reports a placeholder and an unknown source at their lines", () => {
    expect(parseTimeline(timeline.replace('ceasefire', 'Truce talks'), 'x-timeline.yaml', ids)[0]?.category).toBe(
      'Truce talks',
    );
    expect(errorOf(() => parseTimeline(timeline.replace('ceasefire', 'TODO'), 'x-timeline.yaml', ids))).toContain(
      'x-timeline.yaml:5: category: is still "TODO"',
    );
    expect(
      errorOf(() => parseTimeline(timeline.replace('source: sohr-seattle', 'source: nope'), 'x-timeline.yaml', ids)),
    ).toContain('x-timeline.yaml:6: source: "nope" is not in the sources registry');
  });

  it('names the nearest field for a misspelt one, in a timeline event and in a positions stance', () => {
    expect(errorOf(() => parseTimeline(timeline.replace('category:', 'catgory:'), 'x-timeline.yaml', ids))).toContain(
      'x-timeline.yaml:5: catgory: is not a field here (did you mean "category"?): use id, date',
    );
    const positions = `questions:\n  - id: assad\n    label: Assad's future\n    stances:\n      - { id: must-go, label: Must go, meanning: oppose }\nparties:\n  - { id: russia, name: Russia }\ncells: []\n`;
    expect(errorOf(() => parsePositions(positions, 'p-positions.yaml', ids))).toContain(
      'p-positions.yaml:5: meanning: is not a field here (did you mean "meaning"?): use id, label, meaning, short',
    );
  });

  it('reports a stance outside the vocabulary and a stance without evidence', () => {
    const positions = `questions:\n  - id: assad\n    label: Assad's future\n    stances:\n      - { id: must-go, label: Must go, meaning: oppose }\nparties:\n  - { id: russia, name: Russia }\ncells:\n  - party: russia\n    question: assad\n    stance: must-go\n    summary: Wants him gone.\n    source: sohr-seattle\n`;
    expect(parsePositions(positions, 'p-positions.yaml', ids).cells).toHaveLength(1);
    expect(
      errorOf(() => parsePositions(positions.replace('stance: must-go', 'stance: must-stay'), 'p-positions.yaml', ids)),
    ).toContain('p-positions.yaml:11: stance: "must-stay" is not a stance for assad');
    expect(
      errorOf(() => parsePositions(positions.replace('    source: sohr-seattle\n', ''), 'p-positions.yaml', ids)),
    ).toContain('p-positions.yaml:11: stance: claims a stance without evidence');
  });

  it('refuses a {{fact}} where it would be printed as typed: a cell summary, an event text', () => {
    const positions = `questions:\n  - id: assad\n    label: Assad's future\n    stances:\n      - { id: must-go, label: Must go, meaning: oppose }\nparties:\n  - { id: russia, name: Russia }\ncells:\n  - party: russia\n    question: assad\n    stance: must-go\n    summary: Cites {{sohr-2016}} deaths.\n    source: sohr-seattle\n`;
    expect(errorOf(() => parsePositions(positions, 'p-positions.yaml', ids))).toBe(
      "p-positions.yaml:12: summary: has {{sohr-2016}}, but only a story's keyPoints turn {{…}} into a number from the data: write it out here",
    );
    expect(
      errorOf(() =>
        parseTimeline(timeline.replace('It began.', 'It began after {{ sohr-2015 }}.'), 'x-timeline.yaml', ids),
      ),
    ).toBe(
      "x-timeline.yaml:4: text: has {{sohr-2015}}, but only a story's keyPoints turn {{…}} into a number from the data: write it out here",
    );
  });
});

describe('YAML data files', () => {
  const file = 'src/content/data/events-timeline.yaml';
  it.each([
    [
      'an unquoted text starting with * (a YAML alias)',
      '- id: a\n  title: *note\n',
      `${file}:2: yaml: Unresolved alias`,
    ],
    ['an empty file', '\n\n', `${file}:1: file: is empty`],
    ['bad indentation', '- id: a\n  title: A\n   text: B\n', `${file}:2: yaml: Nested mappings are not allowed`],
  ])('stops on %s', (_case, text, expected) => {
    expect(errorOf(() => parseTimeline(text, file, ids))).toContain(expected);
  });
});
