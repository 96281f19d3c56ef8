/**
 * Writes each map case as an HTML page styled by the site's own stylesheets, to look at in a
 * browser (light and dark) before accepting a snapshot:
 *
 *   node_modules/.bin/node tests/maps/review.ts /tmp/map-review [case …]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawMap } from '../../src/figures/maps/draw.ts';
import { CASES, WIDTHS } from './cases.ts';
import { loadMap } from './load.ts';

const [out = '/tmp/map-review', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const css = (file: string) => fileURLToPath(new URL(`../../src/styles/${file}`, import.meta.url));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

for (const [name, { site, publishedAt, props }] of Object.entries(CASES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const figure = loadMap(props, site, publishedAt);
  const svgs = drawMap({ ...figure.drawing, idPrefix: name });
  const drawings = WIDTHS.map(
    (width, i) => `<section class="w" style="width:${width}px"><p class="cap">${width} px</p>${svgs[i]}</section>`,
  );
  writeFileSync(
    `${out}/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="file://${css('global.css')}"><link rel="stylesheet" href="file://${css('charts.css')}"><link rel="stylesheet" href="file://${css('maps.css')}">
<style>body{padding:8px;margin:0;font-family:var(--font-ui);width:1000px;background:var(--paper);color:var(--ink)} .w{display:inline-block;vertical-align:top;margin:0 8px 8px 0;outline:1px dashed var(--rule)} .cap{margin:0;font-size:11px;color:var(--ink-muted)} p.sum{max-width:60rem;font-size:14px}</style>
</head><body><h1 style="font-size:18px;margin:0 0 8px">${name}: ${escape(figure.title)}</h1>${drawings.join('')}
<p class="sum">${escape(figure.summary)}</p></body></html>`,
  );
}
console.log(`wrote ${out}`);
