// Pictures for docs/charts.md and docs/maps.md: each figure of the chart gallery (/charts/) from the last build in
// dist/, at a 640 px column in the light scheme. Run `npm run build` first; needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../tests/browser/chromium.mjs';
import { serve } from '../../tests/browser/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'docs/charts');
mkdirSync(out, { recursive: true });
const site = await serve(join(root, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 700, height: 900 }, colorScheme: 'light' });
  await page.goto(site.url('charts/'));
  const ids = await page.$$eval('figure[data-figure="chart"], figure[data-figure="map"]', (figures) =>
    figures.map((f) => [f.id, f.dataset.figure]),
  );
  for (const [id, kind] of ids) {
    // Maps go beside docs/maps.md, charts beside docs/charts.md.
    const folder = kind === 'map' ? 'maps' : 'charts';
    mkdirSync(join(root, 'docs', folder), { recursive: true });
    await page.locator(`#${id} .chart-widths`).screenshot({ path: join(root, 'docs', folder, `${id}.png`) });
    console.log(`docs/${folder}/${id}.png`);
  }
} finally {
  await browser.close();
  await site.close();
}
