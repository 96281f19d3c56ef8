import type { GetStaticPaths } from 'astro';
import { editionPages, explainerSlug } from '../../../site/explainer-list.ts';
import { pageCacheKey } from '../../../build/page-cache-key.ts';
import { cardText } from '../[slug].png.ts';

/** One social card per edition in another language, at /cards/<lang>/<slug>.png; drawn as the others are. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await editionPages()).map(async (entry) => ({
      params: { lang: entry.data.lang!, slug: explainerSlug(entry) },
      props: { entry },
      cacheKey: await pageCacheKey(() => cardText(entry)),
    })),
  )) satisfies GetStaticPaths;

export { GET } from '../[slug].png.ts';
