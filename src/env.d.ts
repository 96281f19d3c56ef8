/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    story?: import('./site/story-context.ts').StoryContext;
    /** The story's resolved figures and facts (src/story/model.ts); set with `story`. */
    storyModel?: import('./story/model.ts').StoryModel;
    /** The page's language and formats (src/words/editions.ts); the site's own when unset. */
    edition?: import('./words/editions.ts').Edition;
  }
}

/** Absolute path of src/, set in astro.config.mjs for the build's worker threads (src/render/worker-pool.ts). */
declare const __SOURCE_DIR__: string;
