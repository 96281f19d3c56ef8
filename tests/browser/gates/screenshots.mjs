// Screenshots for a person to review (not compared pixel by pixel): the home page and the
// explainer, full page, at 375 and 1280 px, light and dark. The gate fails only when a page
// or one of its own resources does not load.
import { join, relative } from 'node:path';
import { repoRoot } from '../site.mjs';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'];

export default {
  name: 'screenshots',
  title: 'Screenshots: home and explainer, 375 and 1280 px, light and dark (for review)',
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ browser, server, explainerPath, screenshotsDir }, log) {
    const failures = [];
    const targets = [
      { name: 'home', path: '' },
      { name: 'explainer', path: explainerPath },
    ];
    for (const colorScheme of SCHEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 812 : 900 },
          colorScheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        const broken = [];
        page.on('response', (r) => {
          if (r.url().startsWith(server.origin) && r.status() >= 400) broken.push(`${r.status()} ${r.url()}`);
        });
        page.on('requestfailed', (r) => broken.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
        for (const { name, path } of targets) {
          broken.length = 0;
          const response = await page.goto(server.url(path), { waitUntil: 'load' });
          if (!response?.ok()) failures.push(`/${path}: HTTP ${response?.status()}`);
          const file = join(screenshotsDir, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
          log(`  ${relative(repoRoot, file)} (${width}×${height})`);
          for (const b of broken) failures.push(`/${path} (${width}, ${colorScheme}): ${b}`);
        }
        await context.close();
      }
    }
    return { failures };
  },
};
