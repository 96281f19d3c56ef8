import { ContentError } from './content-error.ts';
import { findQuote } from './citations.ts';
import type { StoryParagraph } from './story-tree.ts';

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

/** The link for quoted evidence, or a `path:line` error when the words are not in one paragraph. */
export function evidenceHref(
  story: StoryContext,
  quote: string,
  file: string,
  line: number,
  field = 'quote',
): { href: string; paragraph: number } {
  const match = findQuote(quote, story.paragraphs);
  if (!match.ok) throw new ContentError(file, line, field, `${match.reason} (${story.path})`);
  const anchor = `#p-${match.paragraph}`;
  return { href: story.embedded ? `${story.href}${anchor}` : anchor, paragraph: match.paragraph };
}

export function requireStory(story: StoryContext | undefined, component: string): StoryContext {
  if (!story) throw new Error(`<${component}> can only be used inside an explainer`);
  return story;
}
