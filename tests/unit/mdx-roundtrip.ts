/**
 * Test helper: checks that an imported draft's body means, to MDX, exactly the paragraphs that
 * went in, as plain text. It compiles the file with @mdx-js/mdx (what Astro's MDX runs) and
 * parses it back with remark (with GFM, which Astro's MDX enables), so an escape that is
 * missing shows up as a compile error, a non-paragraph node, or changed text.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';

const reader = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function splitFrontMatter(mdx: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?/.exec(mdx);
  if (!match) throw new Error('no front matter block');
  return { yaml: match[1]!, body: mdx.slice(match[0].length) };
}

/**
 * GFM turns a bare address ("www.un.org", "http://…", "a@b.c") into a link whatever the
 * escaping; the words stay the same, so such a link counts as text. Everything else must be text.
 */
function isText(node: RootContent): boolean {
  if (node.type === 'text') return true;
  return node.type === 'link' && node.children.every((child) => child.type === 'text');
}

/** The paragraphs MDX reads from the body, or an error message saying what went wrong. */
export async function readBack(mdx: string): Promise<string[]> {
  const { body } = splitFrontMatter(mdx);
  await compile(body);
  const tree = reader.parse(body) as Root;
  return tree.children.map((node, i) => {
    if (node.type !== 'paragraph') throw new Error(`block ${i + 1} is a ${node.type}, not a paragraph`);
    if (!node.children.every(isText)) {
      throw new Error(`paragraph ${i + 1} holds ${node.children.map((c) => c.type).join(', ')}, not only text`);
    }
    return toString(node);
  });
}
