import { describe, expect, it } from 'vitest';
import { getView, viewIds } from '../../src/charts/index.ts';
import { renderSvg } from '../../src/lib/plot-render.ts';
import { fixtureContext, fixtureRows } from '../fixtures/charts/load.ts';

/**
 * Reviewed SVGs, Plot's own pattern: each file was looked at in Chromium (light and dark, phone
 * and desktop) before it was accepted. A diff here means the picture changed: look again.
 */

const DATASET: Record<string, string> = {
  'by-publisher': 'death-toll-estimates',
  'per-year': 'deaths-per-year',
  'truce-first-week': 'truce-first-week',
};

function render(view: string, width: number): string {
  const ctx = fixtureContext(width);
  const chart = getView(view);
  const rows = chart.select(fixtureRows(DATASET[view]), ctx);
  return renderSvg(chart.plot(rows, ctx), { idPrefix: `${view}-${width}`, labelledBy: `${view}-title`, describedBy: `${view}-summary` });
}

/** Rounds long decimals and breaks lines between elements, so a diff shows what moved. */
function normalise(svg: string): string {
  return `${svg
    .replace(/\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))))
    .replace(/></g, '>\n<')}\n`;
}

describe('chart snapshots', () => {
  it('covers every view', () => {
    expect(Object.keys(DATASET).sort()).toEqual([...viewIds].sort());
  });

  for (const view of viewIds) {
    for (const width of [340, 640]) {
      it(`${view} at ${width} px`, async () => {
        await expect(normalise(render(view, width))).toMatchFileSnapshot(`snapshots/${view}-${width}.svg`);
      });
    }
  }
});

describe('determinism', () => {
  it('gives the same bytes twice, and after other charts have rendered', () => {
    const first = render('by-publisher', 640);
    expect(render('by-publisher', 640)).toBe(first);
    render('per-year', 340);
    render('truce-first-week', 960);
    expect(render('by-publisher', 640)).toBe(first);
  });

  it('does not depend on the process time zone', () => {
    const first = render('by-publisher', 340);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(render('by-publisher', 340)).toBe(first);
    } finally {
      process.env.TZ = zone;
    }
  });
});
