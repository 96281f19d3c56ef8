import type { Markish } from '@observablehq/plot';
import { geoEqualEarth, geoMercator, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { formatTick } from '../../format/numbers.ts';
import { type Box, type Placed } from '../charts/label-layout.ts';
import { FONT_SIZE, HALO, INK, MUTED, textWidth, truncate } from '../charts/theme.ts';
import { baseLayers, countryShape } from './basemap.ts';
import { type MapFrame } from './frame.ts';
import { circleRadius, keyValue, type Classes } from './scales.ts';
import type { MapData } from './types.ts';
import { mapWords } from './words.ts';
import { BORDER, LAND, ROW, WATER } from './style.ts';

/**
 * A map's marks drawn in pixels (Plot calls a function mark with its document): text with a halo,
 * circles, labels, the scale bar, the inset globe and the legends. src/figures/maps/draw.ts lays
 * them out.
 */

type Attrs = Record<string, string | number>;
interface RenderContext {
  document: Document;
}
const SVG = 'http://www.w3.org/2000/svg';

function el(doc: Document, name: string, attrs: Attrs, children: (Element | string)[] = []): Element {
  const node = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

function pixelMark(draw: (doc: Document) => Element): Markish {
  return ((_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: RenderContext) =>
    draw(context.document)) as unknown as Markish;
}

function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

const DY = { top: '0.71em', middle: '0.32em', bottom: '0em' };

function haloText(doc: Document, x: number, y: number, text: string, attrs: Attrs = {}): Element {
  return el(
    doc,
    'text',
    {
      x: r1(x),
      y: r1(y),
      dy: DY.middle,
      'text-anchor': 'start',
      'font-size': FONT_SIZE,
      fill: INK,
      stroke: HALO,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      ...attrs,
    },
    [text],
  );
}

export function rectMark(x: number, y: number, width: number, height: number, fill: string): Markish {
  return pixelMark((doc) => el(doc, 'rect', { x, y, width, height, fill }));
}

export function hatchMark(id: string): Markish {
  return pixelMark((doc) =>
    el(doc, 'defs', {}, [
      el(doc, 'pattern', { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' }, [
        el(doc, 'rect', { width: 6, height: 6, fill: LAND }),
        el(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'var(--map-hatch)', 'stroke-width': 1 }),
      ]),
    ]),
  );
}

export function circleMark(circles: { px: number; py: number; r: number; hollow: boolean }[]): Markish {
  return pixelMark((doc) =>
    el(
      doc,
      'g',
      { fill: 'var(--map-circle)', 'fill-opacity': 0.75, stroke: HALO, 'stroke-width': 1 },
      circles.map((c) =>
        el(doc, 'circle', {
          cx: r1(c.px),
          cy: r1(c.py),
          r: r1(c.r),
          ...(c.hollow ? { fill: HALO, stroke: 'var(--map-circle)', 'stroke-width': 1.5 } : {}),
        }),
      ),
    ),
  );
}

export function labelMark(placed: Placed[]): Markish {
  return pixelMark((doc) =>
    el(doc, 'g', {}, [
      ...placed
        .filter((p) => p.leader)
        .map((p) =>
          el(doc, 'line', {
            x1: r1(p.request.px),
            y1: r1(p.request.py),
            x2: r1(p.ax),
            y2: r1(p.ay),
            stroke: p.request.fill,
            'stroke-width': 1,
          }),
        ),
      ...placed.map((p) =>
        haloText(doc, p.ax, p.ay, p.request.lines.join(' '), {
          'text-anchor': p.textAnchor,
          dy: DY[p.lineAnchor],
          fill: p.request.fill,
        }),
      ),
    ]),
  );
}

export function scaleBarMark({ x, y, length, km }: { x: number; y: number; length: number; km: number }): Markish {
  return pixelMark((doc) =>
    el(doc, 'g', { stroke: INK, 'stroke-width': 1.5 }, [
      el(doc, 'path', { d: `M${x},${y - 4}V${y}H${x + length}V${y - 4}`, fill: 'none' }),
      haloText(doc, x, y - 6, mapWords.kilometres(formatTick(km, { format: 'number', decimals: 0 }, false)), {
        dy: DY.bottom,
        'stroke-width': 4,
      }),
    ]),
  );
}

export function insetMark(map: MapData, frame: MapFrame, box: Box): Markish {
  const pad = 4;
  const w = box.right - box.left - 2 * pad;
  const h = box.bottom - box.top - 2 * pad;
  const centre = frame.projection.invert!([frame.width / 2, frame.top + frame.mapHeight / 2])!;
  const world = map.inset!.region.length === 0;
  const projection: GeoProjection = world
    ? geoOrthographic().rotate([-centre[0], -centre[1]])
    : map.type === 'locator'
      ? geoMercator()
      : geoEqualEarth().rotate([-centre[0], 0]);
  const target: FeatureCollection | { type: 'Sphere' } = world
    ? { type: 'Sphere' }
    : {
        type: 'FeatureCollection',
        features: map.inset!.region.flatMap((c) => (countryShape(c) ? [countryShape(c)!] : [])),
      };
  projection.fitExtent(
    [
      [box.left + pad, box.top + pad],
      [box.left + pad + w, box.top + pad + h],
    ],
    target as never,
  );
  projection.clipExtent([
    [box.left + 1, box.top + 1],
    [box.right - 1, box.bottom - 1],
  ]);
  const path = geoPath(projection).digits(1);
  // Degrees a pixel of the inset spans: a globe of ~100 px needs no finer detail than that.
  const insetPixel = world ? 360 / Math.PI / w : 1;
  const { land } = baseLayers('110m', insetPixel);
  // The main map's frame, traced along its edges so it bends as the inset's projection does.
  const outline: [number, number][] = [];
  const [x0, y0, x1, y1] = [0, frame.top, frame.width, frame.top + frame.mapHeight];
  for (let i = 0; i <= 10; i++) outline.push(frame.projection.invert!([x0 + ((x1 - x0) * i) / 10, y0])!);
  for (let i = 0; i <= 10; i++) outline.push(frame.projection.invert!([x1, y0 + ((y1 - y0) * i) / 10])!);
  for (let i = 10; i >= 0; i--) outline.push(frame.projection.invert!([x0 + ((x1 - x0) * i) / 10, y1])!);
  for (let i = 10; i >= 0; i--) outline.push(frame.projection.invert!([x0, y0 + ((y1 - y0) * i) / 10])!);
  const frameLine = { type: 'LineString' as const, coordinates: outline };
  return pixelMark((doc) =>
    el(doc, 'g', {}, [
      el(doc, 'rect', {
        x: box.left,
        y: box.top,
        width: box.right - box.left,
        height: box.bottom - box.top,
        fill: WATER,
        stroke: MUTED,
        'stroke-width': 1,
      }),
      ...(world ? [el(doc, 'path', { d: path({ type: 'Sphere' }) ?? '', fill: WATER, stroke: BORDER })] : []),
      el(doc, 'path', { d: path(land) ?? '', fill: LAND, stroke: BORDER, 'stroke-width': 0.5 }),
      el(doc, 'path', { d: path(frameLine) ?? '', fill: 'none', stroke: INK, 'stroke-width': 1.5 }),
    ]),
  );
}

export function shadeLegendMark(map: MapData, classes: Classes, width: number, hatch: string): Markish {
  const column = map.columns.value!;
  const title = column.unit ? `${column.label} (${column.unit})` : column.label;
  const n = classes.slots.length;
  const swatch = Math.min(56, Math.floor((width - 90) / n));
  const y = FONT_SIZE * 1.5 + 4;
  return pixelMark((doc) =>
    el(doc, 'g', { 'font-size': FONT_SIZE, 'text-anchor': 'start' }, [
      el(doc, 'text', { x: 0, y: FONT_SIZE, fill: INK }, [truncate(title, width)]),
      ...classes.slots.map((slot, k) =>
        el(doc, 'rect', { x: k * swatch, y, width: swatch - 1, height: 12, fill: `var(--map-shade-${slot})` }),
      ),
      ...legendTicks(classes, swatch, column).map(({ x, text, anchor }) =>
        el(doc, 'text', { x, y: y + 12 + 4, dy: DY.top, 'text-anchor': anchor, fill: MUTED }, [text]),
      ),
      el(doc, 'rect', { x: n * swatch + 12, y, width: 16, height: 12, fill: `url(#${hatch})`, stroke: BORDER }),
      el(doc, 'text', { x: n * swatch + 32, y: y + 6, dy: DY.middle, fill: MUTED }, [mapWords.noData]),
    ]),
  );
}

/** The legend's numbers: each break under its edge, then the lowest and highest value where they fit. */
function legendTicks(classes: Classes, swatch: number, column: NonNullable<MapData['columns']['value']>) {
  const label = (v: number) => formatTick(v, column, true);
  const n = classes.slots.length;
  const ticks = classes.breaks.map((b, k) => ({ x: (k + 1) * swatch, text: label(b), anchor: 'middle' as const }));
  const span = (t: { x: number; text: string; anchor: string }) => {
    const w = textWidth(t.text);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    return [left - 4, left + w + 4];
  };
  const clear = (t: { x: number; text: string; anchor: string }) =>
    ticks.every((o) => span(o)[1] <= span(t)[0] || span(t)[1] <= span(o)[0]);
  const ends = [
    { x: 0, text: label(classes.min), anchor: 'start' as const },
    { x: n * swatch - 1, text: label(classes.max), anchor: 'end' as const },
  ];
  return [...ticks, ...ends.filter(clear)];
}

export function sizeLegendMark(map: MapData, max: number, maxRadius: number): Markish {
  const column = map.columns.value!;
  const title = column.unit ? `${column.label} (${column.unit})` : column.label;
  const small = keyValue(max);
  const base = ROW + maxRadius * 2;
  const rSmall = circleRadius(small, max, maxRadius);
  // The key's circles look like the map's: hollow when every place was read second-hand.
  const hollow = map.places.length > 0 && map.places.every((p) => p.secondary);
  const items = [
    { v: max, r: maxRadius, x: maxRadius },
    { v: small, r: rSmall, x: maxRadius * 2 + 10 + textWidth(formatTick(max, column, true)) + 16 + rSmall },
  ];
  return pixelMark((doc) =>
    el(doc, 'g', { 'font-size': FONT_SIZE, 'text-anchor': 'start' }, [
      el(doc, 'text', { x: 0, y: FONT_SIZE, fill: INK }, [title]),
      ...items.flatMap(({ v, r, x }) => [
        el(doc, 'circle', {
          cx: r1(x),
          cy: r1(base - r),
          r: r1(r),
          fill: 'var(--map-circle)',
          'fill-opacity': 0.75,
          stroke: HALO,
          ...(hollow ? { fill: HALO, stroke: 'var(--map-circle)', 'stroke-width': 1.5 } : {}),
        }),
        el(doc, 'text', { x: r1(x + r + 4), y: r1(base - r), dy: DY.middle, fill: MUTED }, [
          formatTick(v, column, true),
        ]),
      ]),
    ]),
  );
}
