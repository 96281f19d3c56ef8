import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildCacheStore, cacheKey, type BuildCacheStore } from '../build/build-cache.ts';

/** The plugin @astrojs/mdx compiles .mdx files with; its transform is what this cache wraps. */
const MDX_PLUGIN = '@mdx-js/rolldown';

type Transform = (this: unknown, code: string, id: string) => Promise<unknown>;

/**
 * In a build made by scripts/build.mjs, each story's compiled MDX module is kept in the build cache
 * under a key of its path (from the project root), its text and the code's hash: a rebuild compiles only the stories that
 * changed. Vite has no cache of its own between builds, and compiling 1,000 stories (remark, our
 * plugins, rehype, recma) is most of the bundle step. The module is the one the compiler returned,
 * metadata included, so Astro sees the same module either way. `npm run dev` compiles as before.
 */
export function mdxCompileCache(): AstroIntegration {
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const store = command === 'build' ? buildCacheStore('mdx') : null;
        if (store) updateConfig({ vite: { plugins: [cachingPlugin(store)] } });
      },
    },
  };
}

function cachingPlugin({ cache, codeHash }: BuildCacheStore): Plugin {
  const wrapped = new WeakSet<object>();
  return {
    name: 'explainers:mdx-compile-cache',
    configResolved(config) {
      const mdx = config.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function')
        throw new Error(`mdx-compile-cache: @astrojs/mdx no longer has a "${MDX_PLUGIN}" transform to cache`);
      if (wrapped.has(transform)) return;
      wrapped.add(transform);
      const compile = transform.handler as Transform;
      (transform as { handler: Transform }).handler = async function (code, id) {
        // The path from the project root: a cache restored into another checkout is still found.
        const key = cacheKey(`mdx\0${codeHash}\0${relative(config.root, id)}`, code);
        const stored = cache.get(key);
        if (stored) {
          try {
            return JSON.parse(stored.toString('utf8'));
          } catch {
            // Whole but unreadable: compiled again and overwritten below.
          }
        }
        // A story with a mistake throws here, and nothing is stored.
        const result = await compile.call(this, code, id);
        cache.put(key, Buffer.from(JSON.stringify(result)));
        return result;
      };
    },
  };
}
