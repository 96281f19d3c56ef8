/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    story?: import('./lib/story-context.ts').StoryContext;
  }
}
