import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { FONT_SIZE, HALO, LINE_HEIGHT, groupBy, textWidth } from './theme.ts';

/**
 * Direct labels without a browser: each label tries spots on rings around its point and takes
 * the cheapest, where covering a data point costs most, then leaving the chart, then covering
 * another label, crossing a line, and distance. A label set far off gets a leader line.
 * Deterministic: same input, same spots.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  /** Pixel position of the point the label belongs to. */
  px: number;
  py: number;
  lines: string[];
  fill: string;
  /** Drop the label rather than let it cover a point, another label or leave the chart (scatter names). */
  optional?: boolean;
  /** Where the label may go, instead of the rings around its point (a reference line's ends). */
  spots?: Spot[];
  fontWeight?: 'bold';
}

export interface Spot {
  ax: number;
  ay: number;
  textAnchor: TextAnchor;
  lineAnchor: LineAnchor;
}

export interface Obstacles {
  points: { px: number; py: number; r: number }[];
  /** Lines drawn, as pixel polylines. */
  lines: [number, number][][];
  /** Where labels may go at all (usually the SVG minus the x axis). */
  bounds: Box;
  /** Text already placed elsewhere (end labels, the key). */
  boxes?: Box[];
}

type TextAnchor = 'start' | 'middle' | 'end';
type LineAnchor = 'top' | 'middle' | 'bottom';

export interface Placed {
  request: LabelRequest;
  /** Pixel position of the text anchor. */
  ax: number;
  ay: number;
  textAnchor: TextAnchor;
  lineAnchor: LineAnchor;
  box: Box;
  leader: boolean;
}

const RADII = [8, 20, 36, 56];
/** Beyond this distance a label needs a line back to its point. */
const LEADER_FROM = 20;
const DIRECTIONS: [number, number, TextAnchor, LineAnchor][] = [
  [1, 0, 'start', 'middle'],
  [-1, 0, 'end', 'middle'],
  [0, -1, 'middle', 'bottom'],
  [0, 1, 'middle', 'top'],
  [0.7, -0.7, 'start', 'bottom'],
  [-0.7, -0.7, 'end', 'bottom'],
  [0.7, 0.7, 'start', 'top'],
  [-0.7, 0.7, 'end', 'top'],
  // Above or below, but flush with the point's side: what fits a point near the chart's edge.
  [0.4, 1, 'end', 'top'],
  [-0.4, 1, 'start', 'top'],
  [0.4, -1, 'end', 'bottom'],
  [-0.4, -1, 'start', 'bottom'],
];

/**
 * Places labels in the order given (most important first), then revisits each one with all the
 * others in place, since the greedy first pass can box in a label placed late.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Obstacles): Placed[] {
  const samples = obstacles.lines.flatMap(sampleLine);
  let placed: { label: Placed; clash: number }[] = [];
  for (const request of requests)
    placed.push(
      cheapest(
        request,
        placed.map((p) => p.label),
        obstacles,
        samples,
      ),
    );
  for (let pass = 0; pass < 2; pass++) {
    placed.forEach((label, i) => {
      placed[i] = cheapest(
        label.label.request,
        placed.filter((_, j) => j !== i).map((p) => p.label),
        obstacles,
        samples,
      );
    });
  }
  // Optional labels that found no clean spot are left out (the table names every point), and the
  // rest placed again without them; a few rounds settle it.
  for (let round = 0; round < 3 && placed.some((p) => p.label.request.optional && p.clash >= CLASH); round++) {
    placed = placed.filter((p) => !(p.label.request.optional && p.clash >= CLASH));
    placed = placed.map((p, i) =>
      cheapest(
        p.label.request,
        placed.filter((_, j) => j !== i).map((q) => q.label),
        obstacles,
        samples,
      ),
    );
  }
  placed = placed.filter((p) => !(p.label.request.optional && p.clash >= CLASH));
  return placed.map((p) => p.label);
}

/** A clash cost at or above this: a point, another label, a line or the chart's edge covered. */
const CLASH = 50;

function cheapest(
  request: LabelRequest,
  placed: Placed[],
  obstacles: Obstacles,
  samples: [number, number][],
): { label: Placed; clash: number } {
  const candidates = request.spots
    ? // Spots in order of preference: each later one costs a little more, as a farther ring would.
      request.spots.map((spot, i) => ({
        radius: RADII[0] + i,
        label: {
          request,
          ...spot,
          box: boxAt(request.lines, spot.ax, spot.ay, spot.textAnchor, spot.lineAnchor),
          leader: false,
        },
      }))
    : RADII.flatMap((radius) =>
        DIRECTIONS.map(([ux, uy, textAnchor, lineAnchor]) => {
          const ax = request.px + ux * radius;
          const ay = request.py + uy * radius;
          return {
            radius,
            label: {
              request,
              ax,
              ay,
              textAnchor,
              lineAnchor,
              box: boxAt(request.lines, ax, ay, textAnchor, lineAnchor),
              leader: radius >= LEADER_FROM,
            },
          };
        }),
      );
  // Only what lies within reach of some candidate can touch one: the same costs, a fraction of the tests.
  const reach: Box = {
    left: Math.min(...candidates.map((c) => c.label.box.left)),
    top: Math.min(...candidates.map((c) => c.label.box.top)),
    right: Math.max(...candidates.map((c) => c.label.box.right)),
    bottom: Math.max(...candidates.map((c) => c.label.box.bottom)),
  };
  const points = obstacles.points.filter(
    (p) => (p.px !== request.px || p.py !== request.py) && hits(reach, p.px, p.py, p.r),
  );
  const near = samples.filter(([x, y]) => hits(reach, x, y, 1));
  const boxes = [...(obstacles.boxes ?? []), ...placed.map((p) => p.box)];
  let chosen: { label: Placed; clash: number; cost: number } | undefined;
  for (const { radius, label } of candidates) {
    const { box } = label;
    const clash =
      5000 * points.filter((p) => hits(box, p.px, p.py, p.r)).length +
      100 * (area(box) - overlap(box, obstacles.bounds)) +
      50 * boxes.reduce((sum, other) => sum + overlap(pad(box), other), 0) +
      60 * near.filter(([x, y]) => hits(box, x, y, 1)).length;
    const cost = clash + 4 * (radius - RADII[0]);
    if (!chosen || cost < chosen.cost) chosen = { label, clash, cost };
  }
  return { label: chosen!.label, clash: chosen!.clash };
}

/** A label's box with a little air, so two labels never touch. */
function pad(box: Box, by = 2): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

/**
 * Labels in one column (lines' ends), each as near its point's height as the others allow:
 * overlapping neighbours are merged into a block centred on their points, until none overlap;
 * then the blocks are kept inside [top, bottom]. Returns each label's centre, in input order.
 */
export function dodge(items: { y: number; height: number }[], top: number, bottom: number, gap = 2): number[] {
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const blocks = order.map((item) => ({ members: [item], top: item.y - item.height / 2, size: item.height }));
  const settle = () => {
    for (const b of blocks) {
      const want = b.members.reduce((sum, m) => sum + m.y, 0) / b.members.length;
      b.top = want - b.size / 2;
      b.top = Math.min(Math.max(b.top, top), bottom - b.size);
    }
  };
  settle();
  for (let merged = true; merged;) {
    merged = false;
    for (let k = 1; k < blocks.length; k++) {
      const [a, b] = [blocks[k - 1], blocks[k]];
      if (a.top + a.size + gap > b.top) {
        blocks.splice(k - 1, 2, { members: [...a.members, ...b.members], top: a.top, size: a.size + gap + b.size });
        merged = true;
        break;
      }
    }
    if (merged) settle();
  }
  const out = new Array<number>(items.length);
  for (const b of blocks) {
    let y = b.top;
    for (const m of b.members) {
      out[m.i] = y + m.height / 2;
      y += m.height + gap;
    }
  }
  return out;
}

/** Text marks grouped by anchor (constants in Plot), plus leader lines; `invert` maps pixels to data. */
export function labelMarks(
  placed: Placed[],
  invertX: (px: number) => unknown,
  invertY: (py: number) => unknown,
): Markish[] {
  const groups = groupBy(placed, (p) => `${p.textAnchor} ${p.lineAnchor} ${p.request.fontWeight ?? ''}`);
  const leaders = placed.filter((p) => p.leader);
  return [
    Plot.link(leaders, {
      x1: (p: Placed) => invertX(p.request.px),
      y1: (p: Placed) => invertY(p.request.py),
      x2: (p: Placed) => invertX(p.ax),
      y2: (p: Placed) => invertY(p.ay),
      stroke: (p: Placed) => p.request.fill,
      strokeWidth: 1,
    }),
    ...[...groups.values()].map((group) =>
      Plot.text(group, {
        x: (p: Placed) => invertX(p.ax),
        y: (p: Placed) => invertY(p.ay),
        text: (p: Placed) => p.request.lines.join('\n'),
        fill: (p: Placed) => p.request.fill,
        fontWeight: group[0].request.fontWeight ?? 'normal',
        textAnchor: group[0].textAnchor,
        lineAnchor: group[0].lineAnchor,
        lineHeight: LINE_HEIGHT,
        fontSize: FONT_SIZE,
        stroke: HALO,
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ),
  ];
}

function boxAt(lines: string[], x: number, y: number, textAnchor: TextAnchor, lineAnchor: LineAnchor): Box {
  const width = Math.max(...lines.map((line) => textWidth(line)));
  const height = lines.length * FONT_SIZE * LINE_HEIGHT;
  const left = textAnchor === 'start' ? x : textAnchor === 'end' ? x - width : x - width / 2;
  const top = lineAnchor === 'top' ? y : lineAnchor === 'bottom' ? y - height : y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

function area(box: Box): number {
  return (box.right - box.left) * (box.bottom - box.top);
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function hits(box: Box, x: number, y: number, r: number): boolean {
  return x + r > box.left && x - r < box.right && y + r > box.top && y - r < box.bottom;
}

/** Points every 4 px along a polyline, so a box a line crosses costs in proportion. */
function sampleLine(line: [number, number][]): [number, number][] {
  const samples: [number, number][] = [];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 4));
    for (let s = 0; s <= steps; s++) samples.push([x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps]);
  }
  return samples;
}
