// `npm run test:browser`: quality gates in a real browser (Debian's Chromium) and the Nu HTML
// Checker (Java), against one build of the site served on 127.0.0.1.
//
//   npm run test:browser                      build into a temporary folder, run every gate
//   npm run test:browser -- --only axe,print  run some gates
//   npm run test:browser -- --dist dist       skip the build, check an existing one
//   npm run test:browser -- --clean           build with --clean (no cache read), as .ci/run does
//
// BASE (default '/') is honoured: the build and the server use the same base path.
// Each gate prints its figures and PASS or FAIL; the last line is `N passed, M failed`
// and the exit code is non-zero when any gate failed.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumAvailable, INSTALL_HINT, launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { buildSite, htmlFiles, pagePath, repoRoot } from './site.mjs';
import axe from './gates/axe.mjs';
import budget from './gates/budget.mjs';
import html from './gates/html.mjs';
import lighthouse from './gates/lighthouse.mjs';
import noJsPhone from './gates/no-js-phone.mjs';
import phoneHeights from './gates/phone-heights.mjs';
import print from './gates/print.mjs';
import screenshots from './gates/screenshots.mjs';

/**
 * @typedef {object} GateContext
 * @property {import('playwright-core').Browser} browser
 * @property {Awaited<ReturnType<typeof serve>>} server
 * @property {string} dist the built site
 * @property {{ file: string, path: string, url: string }[]} pages every HTML file of the build
 * @property {string} explainerPath e.g. 'explainers/russia-syria-withdrawal/' (relative to the base)
 * @property {string} screenshotsDir
 */

const EXPLAINER = 'explainers/russia-syria-withdrawal/';
const SCREENSHOTS = join(repoRoot, 'tests/browser/screenshots');
const GATE_TIMEOUT_MS = 5 * 60_000;
/** Browser gates run one after another in one Chromium; `html` (Java) runs alongside them; Lighthouse last, alone. */
const BROWSER_GATES = [noJsPhone, phoneHeights, print, budget, screenshots, axe];
const ALL = [...BROWSER_GATES, html, lighthouse];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    dist: { type: 'string' },
    clean: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    `npm run test:browser [-- --only ${ALL.map((g) => g.name).join(',')}] [-- --dist <built site>] [-- --clean]`,
  );
  process.exit(0);
}
const only = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : null;
for (const name of only ?? []) {
  if (!ALL.some((g) => g.name === name)) {
    console.error(`Unknown gate "${name}". Gates: ${ALL.map((g) => g.name).join(', ')}`);
    process.exit(2);
  }
}
const selected = (gate) => !only || only.has(gate.name);
const gates = ALL.filter(selected);
const needsBrowser = gates.some((g) => g !== html);

const results = [];
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

if (needsBrowser && !chromiumAvailable()) {
  console.error(INSTALL_HINT);
  console.log(`\n0 passed, ${gates.length} failed`);
  process.exit(1);
}

let build = null;
let server = null;
let browser = null;
try {
  let dist;
  const base = process.env.BASE || '/';
  if (args.dist) {
    dist = resolve(args.dist);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`--dist ${args.dist}: no index.html there`);
    console.log(`Using the build in ${dist} (base ${base})`);
  } else {
    const t = Date.now();
    console.log(`Building the site (base ${base}) into a temporary folder…`);
    build = await buildSite({ base, clean: args.clean });
    dist = build.dist;
    console.log(`Built ${dist} in ${seconds(t)}`);
  }
  const files = htmlFiles(dist);
  server = await serve(dist, { base });
  const pages = files.map((file) => ({ file, path: pagePath(file), url: server.url(pagePath(file)) }));
  console.log(`Serving ${pages.length} HTML pages at ${server.url()}`);
  if (!files.includes(`${EXPLAINER}index.html`)) {
    throw new Error(`The build has no ${EXPLAINER}index.html: the explainer the gates check is missing`);
  }
  // Each gate overwrites its own files there; nothing else is removed, so `--only` keeps the rest.
  mkdirSync(SCREENSHOTS, { recursive: true });

  /** @type {Omit<GateContext, 'browser'> & { browser: any }} */
  const context = { browser: null, server, dist, pages, explainerPath: EXPLAINER, screenshotsDir: SCREENSHOTS };

  // The HTML checker needs no browser: start it now, print it when the browser gates are done.
  const htmlRun = selected(html) ? runGate(html, context, { buffered: true }) : null;
  if (BROWSER_GATES.some(selected)) {
    browser = await launchChromium();
    context.browser = browser;
    console.log(`Chromium ${browser.version()}`);
    for (const gate of BROWSER_GATES.filter(selected)) report(await runGate(gate, context));
    await browser.close();
    browser = null;
  }
  if (htmlRun) report(await htmlRun);
  // Lighthouse times the page: run it alone, after everything else.
  if (selected(lighthouse)) report(await runGate(lighthouse, context));
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  results.push({ name: 'setup', ok: false });
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  build?.cleanup();
}

// Gates are counted; a setup failure (the build, the server) shows as every gate not run.
const notRun = gates.filter((g) => !results.some((r) => r.name === g.name));
const passed = results.filter((r) => r.ok).length;
const failed = results.filter((r) => !r.ok && r.name !== 'setup').length + notRun.length;
console.log(`\nSummary (${seconds(started)}):`);
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}`);
for (const g of notRun) console.log(`  FAIL  ${g.name} (not run)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/**
 * Runs one gate with a time limit. Its lines go to the console as they come, or are kept
 * until `report` when it runs alongside other gates.
 */
async function runGate(gate, context, { buffered = false } = {}) {
  const lines = [];
  const log = (line) => (buffered ? lines.push(line) : console.log(line));
  if (!buffered) console.log(`\n== ${gate.name}: ${gate.title}`);
  const t = Date.now();
  let failures;
  let timer;
  try {
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${GATE_TIMEOUT_MS / 1000} s`)), GATE_TIMEOUT_MS);
    });
    ({ failures } = await Promise.race([gate.run(context, log), limit]));
  } catch (error) {
    failures = [`${gate.name} could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`];
  } finally {
    clearTimeout(timer);
  }
  return { gate, lines, buffered, failures, time: seconds(t) };
}

function report({ gate, lines, buffered, failures, time }) {
  if (buffered) {
    console.log(`\n== ${gate.name}: ${gate.title}`);
    for (const line of lines) console.log(line);
  }
  const ok = failures.length === 0;
  if (!ok) {
    console.log(`  ${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
    for (const f of failures) console.log(`  ✗ ${f}`);
  }
  console.log(`${ok ? 'PASS' : 'FAIL'} ${gate.name} (${time})`);
  results.push({ name: gate.name, ok });
}
