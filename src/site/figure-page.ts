import type { CollectionEntry } from 'astro:content';

/** A page whose MDX holds figures: an explainer, or a gallery page of example figures. */
export type FigurePage = CollectionEntry<'explainers'> | CollectionEntry<'gallery'>;
