import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Piscina from 'piscina';

/**
 * Build work that needs no page (a chart's SVGs, a social card's PNG) runs on worker threads in a
 * production build: Astro renders pages on one thread, and the machines that build have two
 * cores or more. Workers load the functions from their source files under src/ (Node runs the
 * TypeScript as is), which is why a task names its module as well as passing the function itself.
 * Dev and tests call the function in-process: same code, same output, easier to debug.
 */
export interface WorkerTask<Input, Output> {
  /** Path under src/ of the module that exports `name`; it must not import astro: modules. */
  module: string;
  name: string;
  /** The same function, called directly outside a production build. */
  run: (input: Input) => Output | Promise<Output>;
}

let pool: Piscina | undefined;

/** The file a worker loads for `task`. */
export function taskFile(task: WorkerTask<unknown, unknown>, sourceDir: string): string {
  return join(sourceDir, task.module);
}

export async function runTask<Input, Output>(task: WorkerTask<Input, Output>, input: Input): Promise<Output> {
  if (import.meta.env.PROD !== true || typeof __SOURCE_DIR__ !== 'string') return task.run(input);
  // atomics 'disabled': with Piscina's default, a worker sleeps in Atomics.wait between tasks and
  // its event loop never turns, so FinalizationRegistry callbacks never run. Satori frees its
  // HarfBuzz memory that way: 1,000 social cards kept 3.6 GB.
  // minThreads 0, idleTimeout 1 s: workers go when a run of tasks ends. A worker that drew cards
  // still holds satori's WebAssembly memory (about 260 MB after 500 cards), and the build's
  // memory peaks later, while Astro renders the explainer pages.
  pool ??= new Piscina({ minThreads: 0, maxThreads: availableParallelism(), idleTimeout: 1_000, atomics: 'disabled' });
  return pool.run(input, {
    filename: taskFile(task as WorkerTask<unknown, unknown>, __SOURCE_DIR__),
    name: task.name,
  }) as Promise<Output>;
}
