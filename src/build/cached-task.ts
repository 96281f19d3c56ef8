import { runTask, type WorkerTask } from '../render/worker-pool.ts';
import { buildCacheStore, cacheKey, type BuildCacheStore } from './build-cache.ts';

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

let setup: BuildCacheStore | null | undefined;

/** Drawn charts' store, in a build made by scripts/build.mjs. */
function cacheSetup(): BuildCacheStore | null {
  // A clean build (`npm run build -- --clean`) starts from an empty folder. Nothing else about
  // the cache may differ between a clean build and another: Astro hashes this module's code.
  setup ??= import.meta.env.PROD === true ? buildCacheStore('figures') : null;
  return setup;
}

/**
 * runTask (src/render/worker-pool.ts), through the build cache: a task whose input, code and
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
