import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { FigurePage } from './figure-page.ts';
import { figureNames, type StoryFigure } from '../vocabulary.ts';
import { ContentError } from '../problems/content-error.ts';
import { jsxElements, jsxProps, parseStory } from '../loaders/story-tree.ts';

export type { StoryFigure };

/** Figures by story file, in a production build, where content cannot change (two routes ask). */
const figuresByFile = new Map<string, StoryFigure[]>();

/** The figure tags of a story, as written: CSV downloads and embed pages are made for each. Shared: do not change. */
export function storyFigures(entry: FigurePage): StoryFigure[] {
  if (import.meta.env.PROD !== true || !entry.filePath) return findFigures(entry);
  let figures = figuresByFile.get(entry.filePath);
  if (!figures) figuresByFile.set(entry.filePath, (figures = findFigures(entry)));
  return figures;
}

function findFigures(entry: FigurePage): StoryFigure[] {
  const offset = bodyLineOffset(entry);
  let tree: Root;
  try {
    tree = storyTree(entry);
  } catch (error) {
    // An MDX syntax error lists no figures (embed pages and downloads are listed before any page
    // renders, where `npm run dev` could not show it); the story's own page reports it.
    if (error instanceof ContentError) return [];
    throw error;
  }
  return jsxElements(tree).flatMap((element) =>
    (figureNames as readonly string[]).includes(element.name ?? '')
      ? [
          {
            name: element.name as StoryFigure['name'],
            props: jsxProps(element),
            line: offset + (element.position?.start.line ?? 1),
          },
        ]
      : [],
  );
}

/**
 * A story's body as the site's MDX pipeline reads it (parseStory). An MDX syntax error comes out
 * as the MDX compiler's would in a build, `path:line: mdx: message`, at the line in the file:
 * pages read the body before the compiler runs.
 */
export function storyTree(entry: FigurePage): Root {
  try {
    return parseStory(entry.body ?? '');
  } catch (error) {
    // A VFileMessage: its place is a point or a span, sometimes only at the end of its reason, "… (7:1-7:51)".
    type Point = { line?: number };
    const { reason, place } = error as { reason?: string; place?: Point & { start?: Point } };
    if (reason === undefined) throw error;
    const at = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
    const line = place?.start?.line ?? place?.line ?? Number(at?.[1] ?? 1);
    const path = entry.filePath ?? `src/content/${entry.collection}/${entry.id}.mdx`;
    const message = (at ? reason.slice(0, at.index) : reason).replace(/`/g, '');
    throw new ContentError(path, bodyLineOffset(entry) + line, 'mdx', message);
  }
}

/** entry.body starts after the front matter; messages count lines from the top of the file. */
export function bodyLineOffset(entry: FigurePage): number {
  const body = entry.body ?? '';
  if (!entry.filePath || !existsSync(entry.filePath) || !body) return 0;
  const text = readFileSync(entry.filePath, 'utf8');
  const at = text.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}
