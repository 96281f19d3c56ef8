import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  PALETTE_SIZE,
  contrast,
  paletteColor,
  textColor,
  truncate,
  wrap,
  textWidth,
} from '../../src/figures/charts/theme.ts';

/**
 * The colours in src/styles/charts.css, checked by number: marks at least 3:1 against the page,
 * text drawn in a series' colour at least 4.5:1, in light, dark and print; and the eight series
 * colours told apart under simulated colour-vision deficiencies.
 */

const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
const PAGE = { light: '#ffffff', dark: '#121214', print: '#ffffff' };

/** The custom properties a block of charts.css sets: light is :root, dark and print override it. */
function scheme(name: 'light' | 'dark' | 'print'): Record<string, string> {
  const block = (re: RegExp) => re.exec(css)?.[1] ?? '';
  const light = block(/^:root \{([^}]*)\}/m);
  const over =
    name === 'dark'
      ? block(/@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/)
      : name === 'print'
        ? block(/@media print \{\s*:root \{([^}]*)\}/)
        : '';
  const vars: Record<string, string> = {};
  for (const text of [light, over])
    for (const [, key, value] of text.matchAll(/--(chart-[\w-]+):\s*([^;]+);/g)) vars[key] = value.trim();
  return vars;
}

describe('chart colours', () => {
  it(`define ${PALETTE_SIZE} series slots, each with a text twin, and the faded and highlight colours`, () => {
    for (const mode of ['light', 'dark', 'print'] as const) {
      const vars = scheme(mode);
      for (let i = 1; i <= PALETTE_SIZE; i++) {
        expect(vars[`chart-series-${i}`], `${mode} slot ${i}`).toMatch(/^#[0-9a-f]{6}$/);
        expect(vars[`chart-series-${i}-text`], `${mode} slot ${i} text`).toMatch(/^#[0-9a-f]{6}$/);
      }
      expect(vars['chart-faded']).toMatch(/^#/);
      expect(vars['chart-highlight']).toMatch(/^#/);
    }
    expect(paletteColor(0)).toBe('var(--chart-series-1)');
    expect(paletteColor(PALETTE_SIZE)).toBe('var(--chart-series-1)');
  });

  it('name no one: the palette is for any series', () => {
    expect(css).not.toMatch(/SOHR|OHCHR|SCPR|SNHR|VDC|DCHRS|publisher/i);
  });

  for (const mode of ['light', 'dark', 'print'] as const) {
    it(`${mode}: marks 3:1 and series text 4.5:1 against the page; axis text 4.5:1 on the page and the highlight`, () => {
      const vars = scheme(mode);
      const page = PAGE[mode];
      for (let i = 1; i <= PALETTE_SIZE; i++) {
        expect(contrast(vars[`chart-series-${i}`], page), `slot ${i}`).toBeGreaterThanOrEqual(3);
        expect(contrast(vars[`chart-series-${i}-text`], page), `slot ${i} text`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(vars['chart-muted'], page)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars['chart-muted'], vars['chart-highlight'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars['chart-faded'], page)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the eight series colours stay apart for readers with protanopia, deuteranopia or tritanopia', () => {
    const marks = Array.from({ length: PALETTE_SIZE }, (_, i) => scheme('light')[`chart-series-${i + 1}`]);
    for (const kind of ['normal', 'protan', 'deutan', 'tritan'] as const) {
      let least = Infinity;
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++)
          least = Math.min(least, deltaE2000(lab(simulate(marks[i], kind)), lab(simulate(marks[j], kind))));
      // Okabe and Ito's own eight reach 10.9 under the same measure.
      expect(least, kind).toBeGreaterThanOrEqual(10);
    }
  });

  it('text in a series colour uses its readable twin; a pinned colour’s text is ink, since none reads on both pages', () => {
    expect(textColor('var(--chart-series-3)')).toBe('var(--chart-series-3-text)');
    expect(textColor('#6a1b9a')).toBe('currentColor');
    // Why: the darkest colour that reads on near-black does not read on white.
    const [light, dark] = PAGES;
    for (const grey of ['#767676', '#7a7a7a', '#808080'])
      expect(contrast(grey, light) >= 4.5 && contrast(grey, dark) >= 4.5).toBe(false);
  });
});

describe('text measure', () => {
  it('measures as the widest likely font does, within a few per cent of Chromium’s DejaVu Sans', () => {
    // Widths from getComputedTextLength at 12 px in Chromium on Linux (DejaVu Sans).
    expect(textWidth('Hornbeam')).toBeCloseTo(62.8, 0);
    expect(textWidth('2,764,500')).toBeCloseTo(61.1, -1);
    expect(textWidth('Wetland Society')).toBeCloseTo(97.1, -1);
  });

  it('cuts a name with an ellipsis, and wraps onto two lines before it cuts', () => {
    expect(truncate('Ministry of Infrastructure', 80)).toMatch(/^Ministry.*…$/);
    expect(textWidth(truncate('Ministry of Infrastructure', 80))).toBeLessThanOrEqual(80);
    expect(truncate('Courts', 80)).toBe('Courts');
    const lines = wrap('Ministry of Infrastructure, Transport and Regional Development', 150, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Ministry of');
    expect(lines[1].endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(150);
  });
});

// Colour science for the test above: sRGB, Machado et al. (2009) deficiency matrices at full
// severity, CIELAB and CIEDE2000.
type Rgb = [number, number, number];
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const MACHADO = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
function simulate(hex: string, kind: 'normal' | keyof typeof MACHADO): Rgb {
  const c = rgb(hex);
  if (kind === 'normal') return c;
  const l = c.map(toLinear);
  return MACHADO[kind].map((row) =>
    toGamma(Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2]))),
  ) as Rgb;
}
function lab(c: Rgb): Rgb {
  const [r, g, b] = c.map(toLinear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [p1, p2] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(p1, b1), Math.hypot(p2, b2)];
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(b1, p1), hue(b2, p2)];
  let dh = c1 * c2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const lBar = (l1 + l2) / 2;
  const cBarP = (c1 + c2) / 2;
  let hBar = h1 + h2;
  if (c1 * c2 !== 0) hBar = (Math.abs(h1 - h2) > 180 ? (h1 + h2 < 360 ? hBar + 360 : hBar - 360) : hBar) / 2;
  const t =
    1 -
    0.17 * Math.cos((hBar - 30) * rad) +
    0.24 * Math.cos(2 * hBar * rad) +
    0.32 * Math.cos((3 * hBar + 6) * rad) -
    0.2 * Math.cos((4 * hBar - 63) * rad);
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * rc;
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const [x, y, z] = [(l2 - l1) / sl, (c2 - c1) / sc, dH / sh];
  return Math.sqrt(x * x + y * y + z * z + rt * y * z);
}
