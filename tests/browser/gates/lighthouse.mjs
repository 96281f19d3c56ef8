// Lighthouse on the explainer, in the same Debian Chromium (launched here with a DevTools
// port), with Lighthouse's default mobile settings (simulated slow 4G, 4x CPU slowdown).
// Accessibility, best practices and SEO must score 100; performance at least 90.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { repoRoot } from '../site.mjs';

const REQUIRED = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export default {
  name: 'lighthouse',
  title: 'Lighthouse on the explainer: accessibility, best practices, SEO = 100; performance >= 90',
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ server, explainerPath, screenshotsDir }, log) {
    const failures = [];
    const url = server.url(explainerPath);
    const chrome = await launchWithPort();
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: Object.keys(REQUIRED),
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError)
        failures.push(`Lighthouse runtime error: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings ?? []) log(`  warning: ${warning}`);
      for (const [id, minimum] of Object.entries(REQUIRED)) {
        const category = lhr.categories[id];
        const score = category?.score == null ? null : Math.round(category.score * 100);
        log(`  ${category?.title ?? id}: ${score ?? 'no score'} (needs ${minimum === 100 ? '100' : `>= ${minimum}`})`);
        if (score == null || score < minimum)
          failures.push(`/${explainerPath}: Lighthouse ${id} ${score ?? 'no score'} < ${minimum}`);
        // Whatever kept a category below 100, so its owner can see it.
        for (const ref of category?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
            log(`    - ${ref.id}: score ${audit.score}${detail}: ${audit.title}`);
            const items = audit.details?.items ?? [];
            for (const item of items.slice(0, 8)) {
              const node = item.node
                ? `${item.node.selector}${item.node.boundingRect ? ` (${Math.round(item.node.boundingRect.width)}×${Math.round(item.node.boundingRect.height)} px)` : ''}: ${String(item.node.snippet ?? '').slice(0, 120)}`
                : (item.url ?? item.source?.url ?? item.description);
              if (node) log(`        ${String(node).slice(0, 220)}`);
            }
            if (items.length > 8) log(`        … and ${items.length - 8} more (see the report)`);
            if (score != null && score < minimum)
              failures.push(`/${explainerPath}: Lighthouse ${id}: ${ref.id} ${audit.score}${detail}: ${audit.title}`);
          }
        }
      }
      log(
        `  metrics: ${METRICS.map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`).join('; ')}`,
      );
      const [htmlReport, jsonReport] = /** @type {string[]} */ (result.report);
      writeFileSync(join(screenshotsDir, 'lighthouse-explainer.html'), htmlReport);
      writeFileSync(join(screenshotsDir, 'lighthouse-explainer.json'), jsonReport);
      log(`  report: ${relative(repoRoot, join(screenshotsDir, 'lighthouse-explainer.html'))} (and .json)`);
    } finally {
      await chrome.kill();
    }
    return { failures };
  },
};

/** Starts Chromium with --remote-debugging-port=0 and reads the port it chose from stderr. */
async function launchWithPort() {
  const profile = mkdtempSync(join(tmpdir(), 'explainers-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group, so the wrapper script and Chromium end together
    },
  );
  let stderr = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open a DevTools port in 30 s:\n${stderr}`)),
      30_000,
    );
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${stderr}`));
    });
  });
  return {
    port,
    kill: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // The child and its group have already exited.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
