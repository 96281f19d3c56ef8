import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import { findQuote } from '../../src/provenance/citations.ts';
import { remarkParagraphAnchors } from '../../src/remark/remark-paragraph-anchors.ts';
import { remarkKnownComponents } from '../../src/remark/remark-known-components.ts';

const body = `MOSCOW — Russia will begin withdrawing troops.

## A heading is not a paragraph

"I order to begin withdrawal," Putin said.

<Chart id="tolls" dataset="death-toll-estimates" view="by-publisher" />

> A quoted note is not numbered.

He said the "cessation of hostilities" introduced on Feb. 27 has largely held.
`;

function renderHtml(mdx: string, path = '/repo/src/content/explainers/x.mdx') {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkKnownComponents).use(remarkParagraphAnchors);
  const file = new VFile({ value: mdx, path });
  const tree = processor.runSync(processor.parse(file), file);
  return tree;
}

describe('story paragraphs', () => {
  it('numbers only the story’s own top-level paragraphs, from the lede', () => {
    expect(storyParagraphs(parseStory(body)).map((p) => [p.n, p.text.slice(0, 12)])).toEqual([
      [1, 'MOSCOW — Rus'],
      [2, '"I order to '],
      [3, 'He said the '],
    ]);
  });

  it('writes id="p-N" on the same paragraphs the resolver counts', () => {
    const tree = renderHtml(
      body.replace('<Chart id="tolls" dataset="death-toll-estimates" view="by-publisher" />', ''),
    );
    type Node = { type: string; data?: { hProperties?: { id?: string } } };
    const ids = (tree as unknown as { children: Node[] }).children
      .filter((n) => n.type === 'paragraph')
      .map((n) => n.data?.hProperties?.id);
    expect(ids).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('finds the paragraph that holds a quote, folding curly quotes and spacing', () => {
    const paragraphs = storyParagraphs(parseStory(body));
    expect(findQuote('“cessation of hostilities”  introduced', paragraphs)).toEqual({ ok: true, paragraph: 3 });
    expect(findQuote('Russia will begin', paragraphs)).toEqual({ ok: true, paragraph: 1 });
    expect(findQuote('not in the story', paragraphs)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('is not in the story'),
    });
  });
});

describe('the component check', () => {
  const run = (mdx: string) => {
    try {
      renderHtml(mdx, `${process.cwd()}/src/content/explainers/x.mdx`);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts known tags and plain HTML', () => {
    expect(run('<Fact id="scpr-2015" /> and <br />\n\n<Timeline id="t" events="ceasefire-timeline" />\n')).toBe('');
  });

  it.each([
    [
      'an unknown tag',
      'Text.\n\n<Chrat id="a" dataset="d" view="v" />\n',
      'src/content/explainers/x.mdx:3: component: <Chrat> is not a known component (did you mean <Chart>?): use one of <Chart>, <Timeline>, <PositionsTable>, <Fact>, <Table>, <Image>, <Map>',
    ],
    [
      'a missing prop',
      '<Chart id="a" view="by-publisher" />\n',
      'src/content/explainers/x.mdx:1: dataset: <Chart> needs dataset="…"',
    ],
    [
      'an unknown prop',
      '<Timeline id="a" events="e" colour="red" />\n',
      'src/content/explainers/x.mdx:1: colour: <Timeline> has no prop "colour"',
    ],
    ['a computed prop', '<Fact id={x} />\n', 'src/content/explainers/x.mdx:1: id: write id="…" as plain text'],
    [
      'a {{fact}} in a figure title',
      '<Timeline id="a" events="e" title="Since {{sohr-2016}} deaths" />\n',
      "src/content/explainers/x.mdx:1: title: has {{sohr-2016}}, but only a story's keyPoints turn {{…}} into a number from the data: write it out here",
    ],
    [
      'a duplicate figure id',
      '<Timeline id="a" events="e" />\n\n<Chart id="a" dataset="d" view="v" />\n',
      'src/content/explainers/x.mdx:3: id: "a" is already the id of the figure on line 1',
    ],
  ])('rejects %s with path:line', (_case, mdx, expected) => {
    expect(run(mdx)).toContain(expected);
  });
});
