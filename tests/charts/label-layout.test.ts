import { describe, expect, it } from 'vitest';
import { dodge, placeLabels, type Box } from '../../src/figures/charts/label-layout.ts';

const bounds: Box = { left: 0, top: 0, right: 300, bottom: 200 };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box) =>
  a.left >= bounds.left && a.right <= bounds.right && a.top >= bounds.top && a.bottom <= bounds.bottom;

describe('placeLabels', () => {
  it('keeps labels inside the chart, off each other and off other points', () => {
    const points = [
      { px: 290, py: 100, r: 5 },
      { px: 270, py: 110, r: 5 },
      { px: 150, py: 100, r: 5 },
    ];
    const placed = placeLabels(
      points.map((p, i) => ({ px: p.px, py: p.py, lines: [`Series ${i}`, '123,456'], fill: 'currentColor' })),
      { points, lines: [], bounds },
    );
    for (const [i, label] of placed.entries()) {
      expect(inside(label.box)).toBe(true);
      for (const [j, other] of placed.entries()) if (i !== j) expect(overlaps(label.box, other.box)).toBe(false);
      for (const [j, p] of points.entries()) {
        if (i !== j)
          expect(
            overlaps(label.box, { left: p.px - p.r, right: p.px + p.r, top: p.py - p.r, bottom: p.py + p.r }),
          ).toBe(false);
      }
    }
  });

  it('prefers the nearest free spot and adds a leader only when it goes far', () => {
    const [label] = placeLabels([{ px: 100, py: 100, lines: ['A'], fill: 'red' }], { points: [], lines: [], bounds });
    expect(label.textAnchor).toBe('start');
    expect(label.ax).toBe(108);
    expect(label.leader).toBe(false);
  });

  it('is deterministic', () => {
    const input = () => [
      { px: 10, py: 10, lines: ['one'], fill: 'red' },
      { px: 20, py: 15, lines: ['two'], fill: 'blue' },
    ];
    const a = placeLabels(input(), {
      points: [],
      lines: [
        [
          [0, 0],
          [300, 200],
        ],
      ],
      bounds,
    });
    const b = placeLabels(input(), {
      points: [],
      lines: [
        [
          [0, 0],
          [300, 200],
        ],
      ],
      bounds,
    });
    expect(a.map((p) => [p.ax, p.ay, p.textAnchor, p.lineAnchor])).toEqual(
      b.map((p) => [p.ax, p.ay, p.textAnchor, p.lineAnchor]),
    );
  });

  it('leaves out an optional label that would cover a point, and keeps one that must be shown', () => {
    // A small chart full of points: every spot covers one or runs off the edge.
    const small: Box = { left: 0, top: 0, right: 80, bottom: 40 };
    const points = [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) =>
      [0, 1, 2, 3, 4].map((j) => ({ px: i * 10, py: j * 10, r: 4 })),
    );
    const request = { px: 40, py: 20, lines: ['A name'], fill: 'red' };
    expect(placeLabels([{ ...request, optional: true }], { points, lines: [], bounds: small })).toEqual([]);
    expect(placeLabels([request], { points, lines: [], bounds: small })).toHaveLength(1);
    // With room, the same optional label is kept.
    expect(placeLabels([{ ...request, optional: true }], { points: [], lines: [], bounds })).toHaveLength(1);
  });

  it('takes the first free spot it is offered', () => {
    const spots = [
      { ax: 10, ay: 50, textAnchor: 'start' as const, lineAnchor: 'bottom' as const },
      { ax: 10, ay: 56, textAnchor: 'start' as const, lineAnchor: 'top' as const },
    ];
    const request = { px: 10, py: 53, lines: ['The story'], fill: 'red', spots };
    const [free] = placeLabels([request], { points: [], lines: [], bounds });
    expect(free.ay).toBe(50);
    // A line through the first spot sends it to the second.
    const line: [number, number][] = [
      [0, 45],
      [300, 45],
    ];
    const [moved] = placeLabels([request], { points: [], lines: [line], bounds });
    expect(moved.ay).toBe(56);
  });

  it('keeps clear of text placed elsewhere', () => {
    const taken: Box = { left: 100, top: 80, right: 200, bottom: 120 };
    const [label] = placeLabels([{ px: 150, py: 100, lines: ['Note'], fill: 'red' }], {
      points: [],
      lines: [],
      bounds,
      boxes: [taken],
    });
    expect(overlaps(label.box, taken)).toBe(false);
  });
});

describe('dodge (names at the ends of lines)', () => {
  const LINE = 14;
  const spread = (ys: number[], top = 0, bottom = 200) =>
    dodge(
      ys.map((y) => ({ y, height: LINE })),
      top,
      bottom,
    );

  it('leaves names where their lines end when they do not touch', () => {
    expect(spread([20, 60, 100])).toEqual([20, 60, 100]);
  });

  it('moves names that would overlap apart, around where their lines end, keeping their order', () => {
    const ys = [100, 102, 101, 99];
    const out = spread(ys);
    const order = [...ys.keys()].sort((a, b) => ys[a] - ys[b] || a - b);
    for (let k = 1; k < order.length; k++) expect(out[order[k]] - out[order[k - 1]]).toBeGreaterThanOrEqual(LINE);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(Math.abs(mean(out) - mean(ys))).toBeLessThan(2);
  });

  it('keeps every name inside the chart', () => {
    const out = spread([2, 3, 4, 5, 6], 0, 200);
    expect(Math.min(...out) - LINE / 2).toBeGreaterThanOrEqual(0);
    const low = spread([195, 196, 197], 0, 200);
    expect(Math.max(...low) + LINE / 2).toBeLessThanOrEqual(200);
  });

  it('eight lines ending at almost the same value get eight readable names', () => {
    const ys = [110, 111, 109.5, 110.5, 112, 108, 111.5, 109];
    const out = spread(ys, 0, 260);
    const sorted = [...out].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(LINE);
  });
});
