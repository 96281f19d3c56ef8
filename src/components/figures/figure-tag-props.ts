/**
 * What a figure component reads from its tag: only its id. The story model resolved every other
 * prop (src/vocabulary.ts lists them; docs/authoring.md and docs/maps.md document them).
 */
export interface FigureTagProps {
  /** Slug-safe and unique on the page: the figure's anchor and its embed address. */
  id: string;
  /** Embed pages, where the figure is the page, use 1. */
  headingLevel?: 1 | 2;
}
