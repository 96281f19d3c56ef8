import type { QuotedProblem } from '../problems/problem-output.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What `npm run dev` shows instead of a page whose content has a mistake: each problem as the
 * build would print it, and the line of the file it names. Vite's client script reloads the page
 * when a file changes, so saving the fix brings the page back.
 */
export function problemPage(problems: readonly QuotedProblem[], base: string): string {
  const items = problems.map(
    ({ message, source }) =>
      `<li><p><code>${escape(message)}</code></p>${
        source
          ? `<pre aria-label="Line ${source.line} of the file"><span class="n">${source.line} |</span> ${escape(source.text)}</pre>`
          : ''
      }</li>`,
  );
  const title = problems.length === 1 ? 'A content mistake' : `${problems.length} content mistakes`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: this page cannot be shown</title>
<script type="module" src="${escape(base.replace(/\/?$/, '/'))}@vite/client"></script>
<style>
:root { color-scheme: light dark; font: 100%/1.5 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
ol { padding-left: 1.5rem; }
li { margin: 1.25rem 0; }
code, pre { font: .95rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
li p { margin: 0 0 .4rem; font-weight: 600; overflow-wrap: anywhere; }
pre { margin: 0; padding: .6rem .8rem; border-left: 4px solid #c62828; background: color-mix(in srgb, currentColor 7%, transparent); white-space: pre-wrap; overflow-wrap: anywhere; }
.n { opacity: .6; }
</style>
</head>
<body>
<main>
<h1>${title}: this page cannot be shown</h1>
<p>${problems.length === 1 ? 'Fix the file at the line named below and save it' : 'Fix each file at the line named below and save it'}: this page reloads by itself. <code>npm run build</code> would stop here and publish nothing.</p>
<ol>
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}
