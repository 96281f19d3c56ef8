import { existsSync, readFileSync } from 'node:fs';
import type { FigurePage } from './explainer-list.ts';
import { figureNames, type StoryFigure } from '../vocabulary.ts';
import { jsxElements, jsxProps, parseStory } from '../lib/story-tree.ts';

export type { StoryFigure };

/** Figures by story file, in a production build, where content cannot change (two routes ask). */
const figuresByFile = new Map<string, StoryFigure[]>();

/** The figure tags of a story, as written: CSV downloads and embed pages are made for each. Shared: do not change. */
export function storyFigures(entry: FigurePage): StoryFigure[] {
  if (import.meta.env?.PROD !== true || !entry.filePath) return findFigures(entry);
  let figures = figuresByFile.get(entry.filePath);
  if (!figures) figuresByFile.set(entry.filePath, (figures = findFigures(entry)));
  return figures;
}

function findFigures(entry: FigurePage): StoryFigure[] {
  const offset = bodyLineOffset(entry);
  return jsxElements(parseStory(entry.body ?? '')).flatMap((element) =>
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

/** entry.body starts after the front matter; messages count lines from the top of the file. */
export function bodyLineOffset(entry: FigurePage): number {
  const body = entry.body ?? '';
  if (!entry.filePath || !existsSync(entry.filePath) || !body) return 0;
  const text = readFileSync(entry.filePath, 'utf8');
  const at = text.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}
