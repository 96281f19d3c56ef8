/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    story?: import('./lib/story-context.ts').StoryContext;
  }
}

/** Absolute path of src/, set in astro.config.mjs for the build's worker threads (src/lib/worker-pool.ts). */
declare const __SOURCE_DIR__: string;
