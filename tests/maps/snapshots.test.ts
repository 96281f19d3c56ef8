import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawMap } from '../../src/figures/maps/draw.ts';
import { mapTypes } from '../../src/figures/maps/types.ts';
import { outside, overlaps, placedTexts, svgSize } from '../charts/svg-text.ts';
import { CASES, WIDTHS } from './cases.ts';
import { loadMap } from './load.ts';

/**
 * Reviewed SVGs of each map type, as for charts: each file was looked at in Chromium (light and
 * dark, at each width) before it was accepted; `node_modules/.bin/node tests/maps/review.ts DIR`
 * writes the pages to look at. A diff here means the picture changed: look again.
 */

const drawn = new Map<string, string[]>();
function draw(name: string): string[] {
  if (!drawn.has(name)) {
    const { site, publishedAt, props } = CASES[name];
    drawn.set(name, drawMap({ ...loadMap(props, site, publishedAt).drawing, idPrefix: name }));
  }
  return drawn.get(name)!;
}

const normalise = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('map snapshots', () => {
  it('cover every map type', () => {
    expect(new Set(Object.values(CASES).map((c) => c.props.type))).toEqual(new Set(mapTypes));
  });

  for (const name of Object.keys(CASES)) {
    WIDTHS.forEach((width, i) => {
      it(`${name} at ${width} px`, async () => {
        await expect(normalise(draw(name)[i])).toMatchFileSnapshot(`snapshots/${name}-${width}.svg`);
      });
    });
  }
});

describe('every map, as a reader sees it', () => {
  for (const name of Object.keys(CASES)) {
    it(`${name}: text at 12 px, none past the edge, none over another; at most 40 KiB gzipped for all widths`, () => {
      const svgs = draw(name);
      svgs.forEach((svg, i) => {
        const texts = placedTexts(svg);
        expect(texts.length, `${WIDTHS[i]} px`).toBeGreaterThan(0);
        expect(texts.filter((t) => t.fontSize < 12).map((t) => t.text)).toEqual([]);
        expect(outside(texts, svgSize(svg)), `${WIDTHS[i]} px: text past the edge`).toEqual([]);
        expect(overlaps(texts), `${WIDTHS[i]} px: text over text`).toEqual([]);
      });
      expect(gzipSync(svgs.join('')).length).toBeLessThanOrEqual(40 * 1024);
    });
  }

  it('locators label every place at the widest drawing and at least three quarters at the narrowest', () => {
    for (const name of Object.keys(CASES).filter((n) => CASES[n].props.type === 'locator')) {
      const { site, publishedAt, props } = CASES[name];
      const places = loadMap(props, site, publishedAt).drawing.map.places.map((p) => p.label!);
      const shown = (svg: string) => places.filter((label) => placedTexts(svg).some((t) => t.text === label)).length;
      const [narrow, , wide] = draw(name);
      expect(shown(wide), name).toBe(places.length);
      expect(shown(narrow), name).toBeGreaterThanOrEqual(Math.ceil(places.length * 0.75));
    }
  });

  it('draws a scale bar on locators only, a legend with numbers on shaded and symbol maps', () => {
    const [locator] = draw('locator-syria');
    expect(placedTexts(locator).map((t) => t.text)).toContainEqual(expect.stringMatching(/^\d+ km$/));
    const [shaded] = draw('choropleth-refugees');
    const words = placedTexts(shaded).map((t) => t.text);
    expect(words).toContain('No data');
    expect(words).toContainEqual(expect.stringMatching(/^\d+(\.\d)?[km]$/));
    expect(words.some((w) => / km$/.test(w))).toBe(false);
    expect(shaded).toMatch(/fill="url\(#choropleth-refugees-w340-nodata\)"/);
  });

  it('shows the base map and the drawing, with no request at read time', () => {
    for (const svgs of Object.keys(CASES).map(draw))
      for (const svg of svgs) {
        expect(svg).toMatch(/^<svg[^>]* role="img"/);
        expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
      }
  });
});
