import { describe, expect, it } from 'vitest';
import { parseChartDataset, parsePositions, parseSources, parseTimeline } from '../../src/lib/datasets.ts';

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

  it('reads rows with their line, as-of day and numbers', () => {
    const rows = parseChartDataset(good, csvFile, ids);
    expect(rows.map((r) => [r.id, r.value, r.asOf, r.line])).toEqual([
      ['sohr-2014', 76021, '2014-12-31', 2],
      ['sohr-2015', 55219, '2015-12-31', 3],
    ]);
  });

  it('parses a byte-order mark, CRLF endings and trailing blank lines exactly like a clean file', () => {
    const messy = `\uFEFF${good.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(parseChartDataset(messy, csvFile, ids)).toEqual(parseChartDataset(good, csvFile, ids));
  });

  it.each([
    [
      'a number with a letter',
      good.replace('76021', '"7,84l"'),
      'src/content/data/deaths.csv:2: value: "7,84l" is not a number',
    ],
    [
      'a number with separators',
      good.replace('76021', '"76,021"'),
      'src/content/data/deaths.csv:2: value: "76,021" is not a number: write it without separators',
    ],
    [
      'an impossible date',
      good.replace(',2014,2015-01-01', ',2014-02-30,2015-01-01'),
      'src/content/data/deaths.csv:2: date: "2014-02-30" is not a real date',
    ],
    [
      'an unknown source id',
      good.replace('55219,,sohr-seattle', '55219,,sohr-seatle'),
      'src/content/data/deaths.csv:3: source: "sohr-seatle" is not in the sources registry',
    ],
    [
      'an empty source id',
      good.replace('55219,,sohr-seattle', '55219,,'),
      'src/content/data/deaths.csv:3: source: "" is not a valid id',
    ],
    [
      'a duplicate id',
      good.replace('sohr-2015', 'sohr-2014'),
      'src/content/data/deaths.csv:3: id: "sohr-2014" is already used on line 2',
    ],
    [
      'a missing column',
      good.replace(',note', '').replace(/,\n/g, '\n'),
      'src/content/data/deaths.csv:1: note: missing column "note"',
    ],
    [
      'an unknown kind',
      good.replace('all,2015', 'everyone,2015'),
      'src/content/data/deaths.csv:3: scope: "everyone" is not allowed: use one of "all", "civilians"',
    ],
    ['an empty file', '', 'src/content/data/deaths.csv:1: file: is empty'],
    ['a header alone', `${header}\n`, 'src/content/data/deaths.csv:1: file: has a header but no rows'],
  ])('stops on %s with path:line: field: message', (_case, text, expected) => {
    expect(errorOf(() => parseChartDataset(text, csvFile, ids))).toContain(expected);
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
      sourcesYaml.replace(/  outlet:.*\n/, ''),
      'src/content/sources.yaml:1: outlet: is required but missing',
    ],
  ])('stops on %s', (_case, text, expected) => {
    expect(errorOf(() => parseSources(text, 'src/content/sources.yaml'))).toContain(expected);
  });
});

describe('timelines and positions', () => {
  const timeline = `- id: truce\n  date: "2016-02-27"\n  title: Truce\n  text: It began.\n  category: ceasefire\n  source: sohr-seattle\n`;

  it('reports an unknown category and an unknown source at their lines', () => {
    expect(errorOf(() => parseTimeline(timeline.replace('ceasefire', 'truce'), 'x-timeline.yaml', ids))).toContain(
      'x-timeline.yaml:5: category: "truce" is not allowed',
    );
    expect(
      errorOf(() => parseTimeline(timeline.replace('source: sohr-seattle', 'source: nope'), 'x-timeline.yaml', ids)),
    ).toContain('x-timeline.yaml:6: source: "nope" is not in the sources registry');
  });

  it('reports a stance outside the vocabulary and a stance without evidence', () => {
    const positions = `questions:\n  - id: assad\n    label: Assad's future\n    stances:\n      - { id: must-go, label: Must go }\nparties:\n  - { id: russia, name: Russia }\ncells:\n  - party: russia\n    question: assad\n    stance: must-go\n    summary: Wants him gone.\n    source: sohr-seattle\n`;
    expect(parsePositions(positions, 'p-positions.yaml', ids).cells).toHaveLength(1);
    expect(
      errorOf(() => parsePositions(positions.replace('stance: must-go', 'stance: must-stay'), 'p-positions.yaml', ids)),
    ).toContain('p-positions.yaml:11: stance: "must-stay" is not a stance for assad');
    expect(
      errorOf(() => parsePositions(positions.replace('    source: sohr-seattle\n', ''), 'p-positions.yaml', ids)),
    ).toContain('p-positions.yaml:11: stance: claims a stance without evidence');
  });

  it('refuses a {{fact}} where it would be printed as typed: a cell summary, an event text', () => {
    const positions = `questions:\n  - id: assad\n    label: Assad's future\n    stances:\n      - { id: must-go, label: Must go }\nparties:\n  - { id: russia, name: Russia }\ncells:\n  - party: russia\n    question: assad\n    stance: must-go\n    summary: Cites {{sohr-2016}} deaths.\n    source: sohr-seattle\n`;
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
