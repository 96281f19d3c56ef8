import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/** Where a story's pictures are kept. */
export const IMAGE_FOLDER = 'src/content/images';

/** Pictures Astro's image pipeline reads (src/components/figures/Image.astro). */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'tif', 'tiff'] as const;

/**
 * The pictures in src/content/images/, one entry per file (its name is the id), whose `src` the
 * collection's schema turns into an image for Astro's pipeline (`image()`). Read through the content
 * layer, not imported by a component: Astro then keeps pages that show no picture out of a
 * picture's module graph, and an incremental build can still copy them.
 */
export function imageFileLoader(): Loader {
  return {
    name: 'image-files',
    async load({ store, parseData, watcher }) {
      const sync = async () => {
        store.clear();
        for (const name of pictureFiles()) {
          const filePath = `${IMAGE_FOLDER}/${name}`;
          const data = await parseData({ id: name, data: { src: `./${name}` }, filePath });
          store.set({ id: name, data, filePath, digest: pictureDigest(name) });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (path.split('\\').join('/').includes(`/${IMAGE_FOLDER}/`)) void sync();
      });
    },
  };
}

/** The picture files of the folder, by name. */
export function pictureFiles(): string[] {
  if (!existsSync(IMAGE_FOLDER)) return [];
  return readdirSync(IMAGE_FOLDER)
    .filter((name) => (imageExtensions as readonly string[]).includes(name.split('.').pop()?.toLowerCase() ?? ''))
    .sort();
}

/** A picture file's content, as a hash: a changed picture is a changed entry and a changed page key. */
export function pictureDigest(name: string): string {
  return createHash('sha256')
    .update(readFileSync(`${IMAGE_FOLDER}/${name}`))
    .digest('hex');
}
