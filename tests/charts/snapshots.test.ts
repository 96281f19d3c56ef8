import { describe, expect, it } from 'vitest';
import { chartTypes } from '../../src/figures/charts/types.ts';
import { fixtureChart, fixtureSvg } from '../fixtures/charts/load.ts';
import { CASES, WIDTHS } from './cases.ts';
import { outside, overlaps, placedTexts, svgSize } from './svg-text.ts';

/**
 * Reviewed SVGs, Plot's own pattern: each file was looked at in Chromium (light and dark, at each
 * width) before it was accepted; `node_modules/.bin/node tests/charts/review.ts DIR` writes the
 * pages to look at. A diff here means the picture changed: look again.
 */

const svgs = new Map<string, string>();
function draw(name: string, width: number): string {
  const key = `${name}-${width}`;
  if (!svgs.has(key)) svgs.set(key, fixtureSvg(fixtureChart(CASES[name]), width, name));
  return svgs.get(key)!;
}

/** Rounds long decimals and breaks lines between elements, so a diff shows what moved. */
function normalise(svg: string): string {
  return `${svg.replace(/\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2)))).replace(/></g, '>\n<')}\n`;
}

describe('chart snapshots', () => {
  it('cover every form', () => {
    expect(new Set(Object.values(CASES).map((c) => c.type))).toEqual(new Set(chartTypes));
  });

  for (const name of Object.keys(CASES)) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px`, async () => {
        await expect(normalise(draw(name, width))).toMatchFileSnapshot(`snapshots/${name}-${width}.svg`);
      });
    }
  }
});

describe('every drawing, as a reader sees it', () => {
  for (const name of Object.keys(CASES)) {
    it(`${name}: no text under 12 px (9 px at the narrowest a drawing is shown), none cut off, none over another`, () => {
      for (const width of WIDTHS) {
        const svg = draw(name, width);
        const texts = placedTexts(svg);
        expect(texts.length, `${width} px`).toBeGreaterThan(0);
        expect(
          texts.filter((t) => t.fontSize < 12).map((t) => t.text),
          `${width} px: small text`,
        ).toEqual([]);
        expect(outside(texts, svgSize(svg)), `${width} px: text past the edge`).toEqual([]);
        expect(overlaps(texts), `${width} px: text over text`).toEqual([]);
      }
    });
  }

  it('the checks see a label that runs off the chart or covers another', () => {
    const svg = draw('bar', 640);
    const texts = placedTexts(svg);
    const moved = texts.map((t, i) => (i === 0 ? { ...t, box: { ...t.box, left: -40, right: 10 } } : t));
    expect(outside(moved, svgSize(svg))).toEqual([texts[0].text]);
    const stacked = [texts[0], { ...texts[1], box: { ...texts[0].box } }];
    expect(overlaps(stacked)).toEqual([[texts[0].text, texts[1].text]]);
  });

  it('every drawing is an image named and described by the figure around it', () => {
    for (const name of Object.keys(CASES)) {
      const svg = draw(name, 340);
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`aria-labelledby="${name}-title"`);
      expect(svg).toContain(`aria-describedby="${name}-summary"`);
      expect(svg).toMatch(/viewBox="0 0 340 \d+"/);
    }
  });
});

describe('determinism', () => {
  const render = (name: string, width: number) => fixtureSvg(fixtureChart(CASES[name]), width, name);

  it('gives the same bytes twice, and after other charts have rendered', () => {
    const first = render('line-symbol', 640);
    expect(render('line-symbol', 640)).toBe(first);
    render('scatter', 340);
    render('column-grouped', 960);
    expect(render('line-symbol', 640)).toBe(first);
  });

  it('does not depend on the process time zone', () => {
    const first = render('line-compare', 340);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(render('line-compare', 340)).toBe(first);
    } finally {
      process.env.TZ = zone;
    }
  });
});
