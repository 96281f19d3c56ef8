import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { throwContentErrors } from '../problems/content-error.ts';
import { contentRuleProblems } from './content-rules.ts';

/** The MDX file's path from the project root, for `path:line` messages. */
export function mdxFilePath(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path).split('\\').join('/') : 'story.mdx';
}

/**
 * Runs the content rules (src/remark/content-rules.ts) where MDX is compiled, for stories and
 * gallery pages alike, before any other plugin: a file that breaks them never becomes a module, so
 * an `export` or `{…}` in it is never evaluated, in `npm run build` or `npm run dev`.
 */
export function remarkContentIsData() {
  return (tree: Root, file: VFile) => {
    throwContentErrors(contentRuleProblems(tree, mdxFilePath(file)));
  };
}
