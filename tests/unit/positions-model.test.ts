import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePositions, parseSources } from '../../src/loaders/data-files.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import { paragraphLink, type StoryContext } from '../../src/site/story-context.ts';
import { quoteCiter } from '../../src/story/evidence-figures.ts';
import {
  buildPositions,
  evidencedCells,
  findPositions,
  noPositionSymbol,
  positionsCaption,
  positionsSummary,
} from '../../src/figures/positions/model.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/figures/${name}`, import.meta.url), 'utf8');
const sources = parseSources(fixture('sources.yaml'), 'tests/fixtures/figures/sources.yaml');
const sourceIds = new Set(sources.map((s) => s.id));
const file = 'src/content/data/fixture-positions.yaml';
const story: StoryContext = {
  slug: 'fixture',
  path: 'src/content/explainers/fixture.mdx',
  href: '/explainers/fixture/',
  publishedAt: '2016-03-14',
  paragraphs: storyParagraphs(parseStory(fixture('story.mdx'))),
  embedded: false,
};

function grid(text = fixture('positions.yaml'), context = story) {
  return buildPositions({
    table: parsePositions(text, file, sourceIds),
    sources: new Map(sources.map((s) => [s.id, s])),
    cite: quoteCiter(context, file),
    file,
  });
}

describe('the grid', () => {
  test('has every party as a row and every question as a column, in file order', () => {
    const g = grid();
    expect(g.rows.map((row) => row.party.name)).toEqual(['United States', 'Russia', 'High Negotiations Committee']);
    expect(g.rows.every((row) => row.cells.map((c) => c.question.id).join() === 'assad,ceasefire')).toBe(true);
  });

  test('fills a cell the file leaves out with "No stated position" and no evidence', () => {
    const hnc = grid().rows[2]!;
    for (const cell of hnc.cells) {
      expect(cell).toMatchObject({ stated: false, stance: { label: 'No stated position', symbol: noPositionSymbol } });
      expect(cell.citation ?? cell.source ?? cell.summary).toBeUndefined();
    }
  });

  test('gives each stance the symbol of what it means, whatever its place, and none the symbol for "no stated position"', () => {
    for (const question of grid().questions)
      expect(question.stances.map((s) => s.symbol)).not.toContain(noPositionSymbol);
    // Must step aside (oppose), Must stay (support); Backs it (support), Doubts it (conditional), Excluded (other).
    expect(grid().questions.map((q) => q.stances.map((s) => s.symbol))).toEqual([
      ['▼', '▲'],
      ['▲', '◐', '◆'],
    ]);
    const reordered = fixture('positions.yaml').replace(
      '      - { id: backs, label: Backs it, meaning: support }\n      - { id: doubts, label: Doubts it, meaning: conditional }\n',
      '      - { id: doubts, label: Doubts it, meaning: conditional }\n      - { id: backs, label: Backs it, meaning: support }\n',
    );
    expect(grid(reordered).questions[1]!.stances.map((s) => [s.id, s.symbol])).toEqual([
      ['doubts', '◐'],
      ['backs', '▲'],
      ['excluded', '◆'],
    ]);
    const noMeaning = ['support', 'oppose', 'conditional', 'no-position', 'other'];
    expect(
      noMeaning.map(
        (m) =>
          grid(fixture('positions.yaml').replace('meaning: conditional', `meaning: ${m}`)).questions[1]!.stances[1]!
            .symbol,
      ),
    ).toEqual(['▲', '▼', '◐', '○', '◆']);
  });

  test('stops on a stance with no meaning, or an unknown one, at its line, listing the meanings', () => {
    expect(() =>
      grid(fixture('positions.yaml').replace(', meaning: support }\n      - { id: doubts', ' }\n      - { id: doubts')),
    ).toThrow(
      `${file}:10: meaning: is missing: say what the stance means with meaning: one of "support", "oppose", "conditional", "no-position", "other" (its symbol shows it)`,
    );
    expect(() => grid(fixture('positions.yaml').replace('meaning: conditional', 'meaning: maybe'))).toThrow(
      `${file}:11: meaning: "maybe" is not a meaning: use one of "support", "oppose"`,
    );
  });

  test('shows the stance label from the vocabulary, not the id', () => {
    expect(grid().rows[0]!.cells[0]!.stance).toEqual({
      id: 'must-go',
      label: 'Must step aside',
      meaning: 'oppose',
      symbol: '▼',
    });
  });
});

describe('evidence', () => {
  test('a story quote links its paragraph; a source keeps its outlet and quoted words', () => {
    const [us, russia] = grid().rows;
    expect(us!.cells[0]!.citation).toEqual({ href: '#p-3', paragraph: 3 });
    expect(russia!.cells[1]).toMatchObject({
      source: { outlet: 'Reuters' },
      sourceQuote: 'We are in the political mode now',
    });
    expect(us!.cells[1]).toMatchObject({ citation: { paragraph: 4 }, source: { id: 'paper-2016-03' } });
  });

  test('on an embed page paragraph links point back to the story', () => {
    const cell = grid().rows[0]!.cells[0]!;
    expect(paragraphLink({ ...story, embedded: true }, cell.citation!.href)).toBe('/explainers/fixture/#p-3');
  });

  test('counts evidenced cells and lists cited sources once, in reading order', () => {
    const g = grid();
    expect(evidencedCells(g)).toBe(4);
    expect(g.sources.map((s) => s.id)).toEqual(['paper-2016-03', 'wire-2016-02-22']);
    expect(positionsSummary(g)).toBe(
      "Where 3 parties stand on 2 questions (Assad's future and The ceasefire): 4 stated positions, and for the other 2 we found none. The evidence: 3 quotes from this story, 1 quote from a named source and 1 named source without quoted words.",
    );
  });

  test('a quote that is not in the story stops the build at the quote line', () => {
    const text = fixture('positions.yaml').replace(
      'should step aside so that new elections',
      'should leave so that new elections',
    );
    expect(() => grid(text)).toThrow(
      `${file}:22: quote: "should leave so that new elections can be held" is not in the story: quote its words exactly; the nearest words are "should step aside so that new elections can be held" (paragraph 3) (src/content/explainers/fixture.mdx)`,
    );
  });
});

describe('bad input stops the build with path:line: field: message', () => {
  const head = fixture('positions.yaml').split('cells:')[0];
  const cell = (body: string) => `${head}cells:\n  - party: us\n    question: assad\n${body}`;

  test('an unknown party', () => {
    const text = `${head}cells:\n  - party: iran\n    question: assad\n    stance: must-stay\n    summary: S.\n    quote: "steadfast"\n`;
    expect(() => parsePositions(text, file, sourceIds)).toThrow(
      `${file}:18: party: "iran" is not a party in this file: use one of us, russia, hnc`,
    );
  });

  test('an unknown question', () => {
    const text = `${head}cells:\n  - party: us\n    question: talks\n    stance: backs\n    summary: S.\n    quote: "steadfast"\n`;
    expect(() => parsePositions(text, file, sourceIds)).toThrow(
      `${file}:19: question: "talks" is not a question in this file: use one of assad, ceasefire`,
    );
  });

  test('a stance outside the vocabulary', () => {
    const text = cell('    stance: maybe\n    summary: S.\n    quote: "steadfast"\n');
    expect(() => parsePositions(text, file, sourceIds)).toThrow(
      `${file}:20: stance: "maybe" is not a stance for assad: use one of must-go, must-stay`,
    );
  });

  test('a stance claimed without evidence', () => {
    const text = cell('    stance: must-go\n    summary: S.\n');
    expect(() => parsePositions(text, file, sourceIds)).toThrow(`${file}:20: stance: claims a stance without evidence`);
  });

  test('an unknown source id', () => {
    const text = cell('    stance: must-go\n    summary: S.\n    source: nobody\n');
    expect(() => parsePositions(text, file, sourceIds)).toThrow(
      `${file}:22: source: "nobody" is not in the sources registry`,
    );
  });
});

test('an unknown positions id names the MDX line and the tables there are', () => {
  expect(() => findPositions([{ id: 'syria-positions', data: 1 }], 'syria', story.path, 31)).toThrow(
    `${story.path}:31: positions: "syria" is not a positions table in src/content/data: use one of "syria-positions"`,
  );
});

describe('the figure counts what it holds', () => {
  const one = `questions:
  - id: truce
    label: The truce
    stances:
      - { id: backs, label: Backs it, meaning: support }
parties:
  - { id: north, name: North }
cells:
  - party: north
    question: truce
    stance: backs
    summary: Backs the truce.
    source: wire-2016-02-22
`;

  test('in the singular for one party on one question, and the evidence as what it is', () => {
    const g = grid(one);
    expect(positionsSummary(g)).toBe(
      'Where 1 party stands on 1 question (The truce): 1 stated position. The evidence: 1 named source without quoted words.',
    );
    expect(positionsCaption(g)).toBe(
      '1 party on 1 question: each stance in words and a symbol, with the evidence it rests on.',
    );
  });

  test('a source with its words quoted is a quote; a story quote and a source in one cell are both counted', () => {
    const quoted = one.replace(
      '    source: wire-2016-02-22\n',
      '    source: wire-2016-02-22\n    sourceQuote: "We back it"\n',
    );
    expect(positionsSummary(grid(quoted))).toContain('The evidence: 1 quote from a named source.');
    const both = one.replace(
      '    source: wire-2016-02-22\n',
      '    source: wire-2016-02-22\n    quote: "steadfast supporters"\n',
    );
    expect(positionsSummary(grid(both))).toContain(
      'The evidence: 1 quote from this story and 1 named source without quoted words.',
    );
  });
});
