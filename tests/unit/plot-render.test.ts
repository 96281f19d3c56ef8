import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { CHART_CLASS, renderSvg } from '../../src/render/plot-render.ts';

const points = [
  { x: 1, y: 2 },
  { x: 2, y: 5 },
  { x: 3, y: 3 },
];
/** Uses a clip path and line markers, so Plot's global counters are involved. */
const options = () => ({
  width: 300,
  height: 200,
  marks: [
    Plot.lineY(points, { x: 'x', y: 'y', marker: 'circle-stroke' }),
    Plot.dot(points, { x: 'x', y: 'y', clip: true }),
  ],
});
const render = (idPrefix = 'chart-a') =>
  renderSvg(options(), { idPrefix, labelledBy: 'fig-title', describedBy: 'fig-summary' });

describe('renderSvg', () => {
  it('returns a standalone SVG with namespaces and the fixed class', () => {
    const svg = render();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(svg).toContain(`class="${CHART_CLASS}"`);
    expect(svg).not.toMatch(/plot-d6a7b5/);
  });

  it('leaves no <style> element for a CSP to block, and no attribute values validators reject', () => {
    expect(render()).not.toMatch(/<style/i);
    expect(render()).not.toContain('font-variant=');
  });

  it('names the root as an image and points it at the caption and summary', () => {
    const root = render().match(/^<svg[^>]*>/)![0];
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-labelledby="fig-title"');
    expect(root).toContain('aria-describedby="fig-summary"');
    expect(root).not.toContain('aria-label=');
  });

  it('strips aria-label and aria-description from everything inside', () => {
    const svg = render();
    expect(svg.match(/<g[^>]*aria-label=/g)).toBeNull();
    expect(svg.replace(/^<svg[^>]*>/, '')).not.toMatch(/aria-(label|description)=/);
  });

  it('prefixes Plot ids and their references, numbered within the chart', () => {
    const svg = render('deaths-640');
    expect(svg).not.toMatch(/plot-(clip|marker|pattern|filter)-/);
    expect(svg).toContain('id="deaths-640-clip-1"');
    expect(svg).toContain('url(#deaths-640-clip-1)');
    expect(svg).toContain('id="deaths-640-marker-1"');
    expect(svg).toContain('url(#deaths-640-marker-1)');
  });

  it('gives the same bytes however many charts rendered before', () => {
    const first = render();
    for (let i = 0; i < 3; i++) render(`other-${i}`);
    expect(render()).toBe(first);
  });

  it('refuses what cannot work on the server or would break the page', () => {
    const label = { idPrefix: 'x', labelledBy: 't' };
    expect(() => renderSvg({ ...options(), title: 'T' }, label)).toThrow(/title/);
    expect(() => renderSvg({ ...options(), caption: 'C' }, label)).toThrow(/caption/);
    expect(() => renderSvg({ marks: [Plot.tip(points, { x: 'x', y: 'y' })] }, label)).toThrow(/tip/);
    expect(() => renderSvg({ marks: [Plot.dot(points, { x: 'x', y: 'y', tip: true })] }, label)).toThrow(/tip/);
    expect(() => renderSvg(options(), { idPrefix: '1bad id' })).toThrow(/idPrefix/);
    expect(() => renderSvg(options(), { idPrefix: 'ok' })).toThrow(/labelledBy/);
    expect(() =>
      renderSvg(
        { ...options(), color: { legend: true }, marks: [Plot.dot(points, { x: 'x', y: 'y', fill: 'x' })] },
        label,
      ),
    ).toThrow();
  });
});
