/**
 * A parsed story as an MDX draft. The body is built as a Markdown syntax tree of plain text
 * paragraphs and printed by remark-stringify with remark-mdx, so escaping is the library's
 * job: `{`, `<`, `*`, `_`, `[`, a leading "#", "-", "1." and so on come out as literal text.
 */
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { draftFrontMatter, frontMatterBlock } from '../drafts/front-matter.ts';
import { creditLine } from './credits.ts';
import type { WireStory } from './parse-wire.ts';

/**
 * What remark-mdx does not escape by itself: "import "/"export " opening a paragraph would be
 * read as JavaScript, and GFM (on in Astro's MDX) reads "~~" as strikethrough and "http://…",
 * "www." and "a@b.c" as links, which would swallow a backslash escape right after them. The
 * GFM patterns are those of mdast-util-gfm-*; letters are escaped as character references,
 * which MDX reads back as the same text.
 */
const UNSAFE = [
  { atBreak: true, character: 'i', after: 'mport[ \\t]' },
  { atBreak: true, character: 'e', after: 'xport[ \\t]' },
  { character: '~', inConstruct: 'phrasing' as const },
  { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct: 'phrasing' as const },
  { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: 'phrasing' as const },
  { character: ':', before: '[ps]', after: '\\/', inConstruct: 'phrasing' as const },
];

const printer = unified().use(remarkMdx).use(remarkStringify, { unsafe: UNSAFE });

export function paragraphsToMdx(texts: string[]): string {
  const tree: Root = {
    type: 'root',
    children: texts.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return printer.stringify(tree);
}

export function storyToMdx(story: WireStory, publishedAt: string): string {
  const fields = draftFrontMatter({
    ...(story.headline ? { title: story.headline } : {}),
    dateline: story.dateline,
    publishedAt,
    credit: creditLine([story.byline, ...story.trailers]),
  });
  return `${frontMatterBlock(fields)}\n${paragraphsToMdx(story.paragraphs.map((p) => p.text))}`;
}
