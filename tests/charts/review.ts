/**
 * Writes every snapshot case as an HTML page styled by the site's own stylesheets, to look at in
 * a browser (light and dark) before accepting a snapshot:
 *
 *   node_modules/.bin/node tests/charts/review.ts /tmp/chart-review [case …]
 *
 * One page per case, each width at its drawn size, with the summary under it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartForm } from '../../src/figures/charts/forms/index.ts';
import { fixtureChart, fixtureSvg } from '../fixtures/charts/load.ts';
import { CASES, WIDTHS } from './cases.ts';

const [out = '/tmp/chart-review', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const css = (file: string) => fileURLToPath(new URL(`../../src/styles/${file}`, import.meta.url));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

for (const [name, tag] of Object.entries(CASES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const chart = fixtureChart(tag);
  const drawings = WIDTHS.map(
    (width) =>
      `<section class="w" style="width:${width}px"><p class="cap">${width} px</p>${fixtureSvg(chart, width, name)}</section>`,
  );
  writeFileSync(
    `${out}/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="file://${css('global.css')}"><link rel="stylesheet" href="file://${css('charts.css')}">
<style>body{padding:8px;margin:0;font-family:var(--font-ui);width:1000px} .w{display:inline-block;vertical-align:top;margin:0 8px 8px 0;outline:1px dashed var(--rule)} .cap{margin:0;font-size:11px;color:var(--ink-muted)} p.sum{max-width:60rem;font-size:14px}</style>
</head><body><h1 style="font-size:18px;margin:0 0 8px">${name}</h1>${drawings.join('')}
<p class="sum">${escape(chartForm(chart.type).summary(chart))}</p></body></html>`,
  );
}
console.log(`wrote ${out}`);
