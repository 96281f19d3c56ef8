import type { StoryParagraph } from '../loaders/story-tree.ts';

/**
 * What a figure needs to know about the story it sits in. The page sets it on
 * Astro.locals before rendering the MDX, so tags stay as short as journalists type them.
 */
export interface StoryContext {
  slug: string;
  /** The MDX file, from the repository root. */
  path: string;
  /** The explainer's own address, base included, ending in a slash. */
  href: string;
  /** YYYY-MM-DD: what the story knew ("as of"). */
  publishedAt: string;
  paragraphs: StoryParagraph[];
  /** True on an embed page, whose paragraph links must point back to the explainer. */
  embedded: boolean;
}

/** A paragraph link from the story model ("#p-7"), made to point back at the story on an embed page. */
export function paragraphLink(story: StoryContext, fragment: string): string {
  return story.embedded ? `${story.href}${fragment}` : fragment;
}

export function requireStory(story: StoryContext | undefined, component: string): StoryContext {
  if (!story) throw new Error(`<${component}> can only be used inside an explainer`);
  return story;
}
