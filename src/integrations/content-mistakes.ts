import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { contentMistake } from '../problems/content-mistake.ts';
import { forgetReportedProblems, problemRoot, reportProblems, setProblemOutput } from '../problems/problem-output.ts';

type RejectionListener = (reason: unknown, promise: Promise<unknown>) => void;

/** Kept on globalThis: a restart of the dev server (astro.config.mjs changed) loads this module again. */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('explainers.content-mistakes')] ??= {
  astroListeners: [] as RejectionListener[],
  listener: undefined as RejectionListener | undefined,
}) as { astroListeners: RejectionListener[]; listener?: RejectionListener };

/**
 * `npm run dev` tells journalists about content mistakes the way the build does: each problem once
 * in the terminal, as `path:line: field: message` with the line quoted, and in the browser on every
 * page that reads the file (middleware), never Astro's stack traces and unrelated hints.
 * Loaders store the problems of bad files (src/problems/content-problems.ts); pages throw them.
 */
export function contentMistakes(): AstroIntegration {
  return {
    name: 'content-mistakes',
    hooks: {
      'astro:config:setup': ({ command, config, logger, addMiddleware, updateConfig }) => {
        if (command !== 'dev') return;
        const log = logger.fork('content');
        setProblemOutput((text) => log.error(text), fileURLToPath(config.root));
        addMiddleware({ entrypoint: new URL('./content-mistakes-middleware.ts', import.meta.url), order: 'pre' });
        updateConfig({ vite: { plugins: [devServerPlugin()] } });
      },
    },
  };
}

function devServerPlugin(): Plugin {
  return {
    name: 'content-mistakes',
    // After Astro's own server plugin, which has just added its unhandled-rejection listener.
    enforce: 'post',
    configureServer(server) {
      takeOverRejections();
      // After an edit, a mistake that is still there is printed again, once. Only the project's
      // own files count: Astro writes its content store (node_modules/.astro), watched too, after each change.
      const src = join(problemRoot(), 'src', '/');
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(src)) forgetReportedProblems();
      });
    },
  };
}

/**
 * Astro renders a page's components in parallel, so a content mistake thrown by one figure also
 * surfaces as an "unhandled rejection", which Astro prints with a stack trace and "Make sure
 * your promises all have an `await`…", and shows over the page. The page has reported it
 * already (middleware); Astro's listener still hears every other rejection.
 */
function takeOverRejections() {
  const listener = (state.listener ??= (reason, promise) => {
    const text = contentMistake(reason, problemRoot());
    if (text) {
      if (!(reason as { printed?: boolean }).printed) reportProblems(text);
    } else for (const astro of state.astroListeners) astro(reason, promise);
  });
  const others = process.listeners('unhandledRejection').filter((l) => l !== listener) as RejectionListener[];
  for (const other of others) process.off('unhandledRejection', other);
  // Each start of the dev server (a restart too) brings Astro's new listener; its old one is dropped here.
  state.astroListeners = others;
  if (!process.listeners('unhandledRejection').includes(listener)) process.on('unhandledRejection', listener);
}
