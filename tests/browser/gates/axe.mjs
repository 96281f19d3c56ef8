// Accessibility: axe-core on every page of the build, in light and dark colour schemes,
// with no violation allowed. Each violation is printed with its rule, element and help.
import { join } from 'node:path';
import { repoRoot } from '../site.mjs';

const AXE = join(repoRoot, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = /** @type {const} */ (['light', 'dark']);

export default {
  name: 'axe',
  title: `Accessibility: axe-core (${TAGS.join(', ')}) on every page, light and dark`,
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ browser, pages }, log) {
    const failures = [];
    for (const colorScheme of SCHEMES) {
      // bypassCSP: the site's Content-Security-Policy rightly refuses injected scripts such as axe.
      const context = await browser.newContext({
        colorScheme,
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      for (const { path, url } of pages) {
        const label = `/${path} (${colorScheme})`;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response || (response.status() >= 400 && !path.endsWith('404.html'))) {
          failures.push(`${label}: HTTP ${response?.status() ?? 'no response'}`);
          log(`  ${label}: HTTP ${response?.status()}`);
          continue;
        }
        await page.emulateMedia({ colorScheme });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async (tags) => {
          // axe is injected above, as window.axe
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html })),
          }));
        }, TAGS);
        const count = violations.reduce((sum, v) => sum + v.nodes.length, 0);
        log(
          `  ${label}: ${violations.length} violation${violations.length === 1 ? '' : 's'}${count ? ` on ${count} element(s)` : ''}`,
        );
        for (const v of violations) {
          for (const node of v.nodes) {
            const line = `${label}: ${v.id} (${v.impact}) at ${node.target}: ${v.help}`;
            failures.push(line);
            log(`    - ${v.id} (${v.impact}): ${v.help}`);
            log(`      target: ${node.target}`);
            log(`      html:   ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
            if (node.summary) log(`      ${node.summary.replace(/\n\s*/g, ' | ')}`);
          }
          log(`      ${v.helpUrl}`);
        }
      }
      await context.close();
    }
    return { failures };
  },
};
