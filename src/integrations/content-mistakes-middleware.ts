import { defineMiddleware } from 'astro:middleware';
import { contentMistake } from '../problems/content-mistake.ts';
import { problemRoot, quoteProblems, reportProblems } from '../problems/problem-output.ts';
import { problemPage } from './problem-page.ts';

/**
 * `npm run dev` only (see content-mistakes.ts): a page that runs into a content mistake is
 * answered with the mistake itself, as the build words it, instead of Astro's error overlay with
 * its stack trace and hints; anything else (a fault in the code) goes to Astro as before.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.includes('text/html')) return response;
    // Read here, so that a mistake met while the page is written out is caught too.
    return new Response(await response.text(), response);
  } catch (error) {
    const text = contentMistake(error, problemRoot());
    if (!text) throw error;
    // Problems a loader stored were printed when the file was loaded.
    if (!(error as { printed?: boolean }).printed) reportProblems(text);
    return new Response(problemPage(quoteProblems(text), import.meta.env.BASE_URL), {
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
});
