import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../src/charts/label-layout.ts';

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
});
