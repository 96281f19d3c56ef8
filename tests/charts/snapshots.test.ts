import { describe, expect, it } from 'vitest';
import { getView, viewIds } from '../../src/charts/index.ts';
import { renderSvg } from '../../src/lib/plot-render.ts';
import type { ChartReference } from '../../src/charts/types.ts';
import { fixtureContext, fixtureRows, STORY_FIGURE } from '../fixtures/charts/load.ts';

/**
 * Reviewed SVGs, Plot's own pattern: each file was looked at in Chromium (light and dark, phone
 * and desktop) before it was accepted. A diff here means the picture changed: look again.
 */

interface Case {
  /** The snapshot's file name. */
  name: string;
  view: string;
  dataset: string;
  /** <Chart compare="…">, resolved. */
  reference?: ChartReference;
}

const CASES: Case[] = [
  { name: 'by-publisher', view: 'by-publisher', dataset: 'death-toll-estimates', reference: STORY_FIGURE },
  // The same view for a story that quotes no figure of its own: no rule, no label.
  { name: 'by-publisher-no-compare', view: 'by-publisher', dataset: 'death-toll-estimates' },
  { name: 'per-year', view: 'per-year', dataset: 'deaths-per-year' },
  { name: 'truce-first-week', view: 'truce-first-week', dataset: 'truce-first-week' },
];
const byName = new Map(CASES.map((c) => [c.name, c]));

function render(name: string, width: number, reference = byName.get(name)!.reference): string {
  const { view, dataset } = byName.get(name)!;
  const ctx = fixtureContext(width, undefined, reference);
  const chart = getView(view);
  const rows = chart.select(fixtureRows(dataset), ctx);
  return renderSvg(chart.plot(rows, ctx), {
    idPrefix: `${view}-${width}`,
    labelledBy: `${view}-title`,
    describedBy: `${view}-summary`,
  });
}

/** Rounds long decimals and breaks lines between elements, so a diff shows what moved. */
function normalise(svg: string): string {
  return `${svg.replace(/\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2)))).replace(/></g, '>\n<')}\n`;
}

describe('chart snapshots', () => {
  it('covers every view', () => {
    expect([...new Set(CASES.map((c) => c.view))].sort()).toEqual([...viewIds].sort());
  });

  for (const { name } of CASES) {
    for (const width of [340, 640]) {
      it(`${name} at ${width} px`, async () => {
        await expect(normalise(render(name, width))).toMatchFileSnapshot(`snapshots/${name}-${width}.svg`);
      });
    }
  }

  it('by-publisher draws the story’s figure only when given one', () => {
    expect(render('by-publisher', 640)).toContain('The article: “nearly 500,000”');
    expect(render('by-publisher', 640)).toMatch(/stroke-dasharray="5,4"/);
    const plain = render('by-publisher-no-compare', 640);
    expect(plain).not.toMatch(/article|stroke-dasharray="5,4"/);
    // Another story's words move the rule and its label with them.
    const other = render('by-publisher', 640, { value: 250_000, quote: 'some 250,000', href: '#p-3', paragraph: 3 });
    expect(other).toContain('The article: “some 250,000”');
    expect(other).not.toContain('nearly 500,000');
  });

  it('views with no use for the story’s figure draw the same without it', () => {
    for (const name of ['per-year', 'truce-first-week'])
      expect(render(name, 640, STORY_FIGURE)).toBe(render(name, 640));
  });
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
