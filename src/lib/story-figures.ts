import type { CollectionEntry } from 'astro:content';
import { figureNames } from '../components/component-names.ts';
import { jsxElements, jsxProps, parseStory } from './story-tree.ts';

export interface StoryFigure {
  name: (typeof figureNames)[number];
  props: Record<string, string | undefined>;
  line: number;
}

/** The figure tags of a story, as written: CSV downloads and embed pages are made for each. */
export function storyFigures(entry: CollectionEntry<'explainers'>): StoryFigure[] {
  return jsxElements(parseStory(entry.body ?? '')).flatMap((element) =>
    (figureNames as readonly string[]).includes(element.name ?? '')
      ? [{ name: element.name as StoryFigure['name'], props: jsxProps(element), line: element.position?.start.line ?? 1 }]
      : [],
  );
}
