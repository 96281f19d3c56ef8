import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * The story's own paragraphs are the top-level paragraphs of the MDX body: headings,
 * figures, lists, quotes and notes are not numbered. The remark plugin that writes
 * `id="p-N"` and the citation resolver both count with this function, so they agree.
 */
export function storyParagraphNodes(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}

export interface StoryParagraph {
  n: number;
  text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The last few bodies parsed: a story's page, its embed pages and its CSV routes parse the same body. */
const recent = new Map<string, Root>();

/**
 * Parses an MDX body (front matter already removed) the way the site's MDX pipeline reads it.
 * The tree is shared with other callers of the same body: read it, do not change it.
 */
export function parseStory(body: string): Root {
  const cached = recent.get(body);
  if (cached) return cached;
  const tree = parser.parse(body);
  recent.set(body, tree);
  // Kept small: pages of one story are built one after another, and a tree is large.
  if (recent.size > 8) recent.delete(recent.keys().next().value!);
  return tree;
}

export function storyParagraphs(tree: Root): StoryParagraph[] {
  return storyParagraphNodes(tree).map((node, i) => ({ n: i + 1, text: toString(node) }));
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Every JSX element in the body, in document order. */
export function jsxElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}

/** The element's literal string attributes; expressions (`{…}`) are reported as undefined values. */
export function jsxProps(element: JsxElement): Record<string, string | undefined> {
  const props: Record<string, string | undefined> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : undefined;
  }
  return props;
}
