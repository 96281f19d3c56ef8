import { join } from 'node:path';
import { runTask, type WorkerTask } from '../lib/worker-pool.ts';
import { cacheKey, openBuildCache, type BuildCache } from './build-cache.ts';

/** How a task's output is stored as bytes in the build cache, and read back. */
export interface OutputCodec<Output> {
  encode(output: Output): Uint8Array;
  decode(bytes: Buffer): Output;
}

/** A chart's SVGs, one per width. */
export const svgListCodec: OutputCodec<string[]> = {
  encode: (svgs) => Buffer.from(JSON.stringify(svgs)),
  decode: (bytes) => {
    const svgs: unknown = JSON.parse(bytes.toString('utf8'));
    if (!Array.isArray(svgs) || !svgs.every((svg) => typeof svg === 'string')) throw new Error('not a list of SVGs');
    return svgs;
  },
};

interface CacheSetup {
  cache: BuildCache;
  codeHash: string;
}

let setup: CacheSetup | null | undefined;

/**
 * The build cache scripts/build.mjs set up for this build (its folder, and a hash of the code,
 * configuration and lockfile, part of every key), or null: dev, tests and a bare `astro build`
 * draw everything, as before.
 */
function cacheSetup(): CacheSetup | null {
  if (setup !== undefined) return setup;
  // A clean build (`npm run build -- --clean`, CI) starts from an empty folder. Nothing else about
  // the cache may differ between a clean build and another: Astro hashes this module's code.
  const { EXPLAINERS_CACHE_DIR: dir, EXPLAINERS_CODE_HASH: codeHash } = process.env;
  setup =
    import.meta.env.PROD === true && dir && codeHash ? { cache: openBuildCache(join(dir, 'figures')), codeHash } : null;
  return setup;
}

/**
 * runTask (src/lib/worker-pool.ts), through the build cache: a task whose input, code and
 * dependencies are unchanged since an earlier build returns that build's output without running.
 * The key is the input itself, so it cannot leave out anything the task is given.
 */
export async function runCachedTask<Input, Output>(
  task: WorkerTask<Input, Output>,
  input: Input,
  codec: OutputCodec<Output>,
): Promise<Output> {
  const cache = cacheSetup();
  if (!cache) return runTask(task, input);
  const key = cacheKey(`${cache.codeHash}\0${task.module}#${task.name}`, input);
  const stored = cache.cache.get(key);
  if (stored) {
    try {
      return codec.decode(stored);
    } catch {
      // Whole, but not this task's kind of output: drawn again and overwritten below.
    }
  }
  const output = await runTask(task, input);
  cache.cache.put(key, codec.encode(output));
  return output;
}
