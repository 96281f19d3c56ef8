import type { Root } from 'mdast';
import { storyParagraphNodes } from '../loaders/story-tree.ts';

/** Gives the story's own paragraphs stable anchors, `id="p-1"` from the lede on, so tables and timelines can cite them. */
export function remarkParagraphAnchors() {
  return (tree: Root) => {
    storyParagraphNodes(tree).forEach((node, i) => {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: `p-${i + 1}` } };
    });
  };
}
