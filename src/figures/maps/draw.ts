import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { geoCentroid, geoDistance, geoPath } from 'd3-geo';
import type { Feature, MultiLineString } from 'geojson';
import { renderSvg } from '../../render/plot-render.ts';
import { compactPaths } from './compact-path.ts';
import type { WorkerTask } from '../../render/worker-pool.ts';
import { keyHeight, keyMarks, type KeyItem } from '../charts/key.ts';
import { placeLabels, type Box, type LabelRequest, type Placed } from '../charts/label-layout.ts';
import { FONT_SIZE, HALO, INK, MUTED, textWidth, truncate } from '../charts/theme.ts';
import { baseLayers, countryMainland, countryShape, shapeId } from './basemap.ts';
import { alpha3FromNumeric } from './countries.ts';
import { mapFrame, roundedProjection, type MapFrame } from './frame.ts';
import { circleRadius, hasValue, shadeClasses, shadeColor, valuesOf, type Classes } from './scales.ts';
import type { MapData, Place } from './types.ts';
import { BORDER, LAND, MARKER_R, ROW, SUBJECT, TOLERANCE, WATER } from './style.ts';
import {
  rectMark,
  hatchMark,
  circleMark,
  labelMark,
  scaleBarMark,
  insetMark,
  shadeLegendMark,
  sizeLegendMark,
} from './marks.ts';

/**
 * A map's SVG at each width: Plot's geo mark draws the base map and the data through a
 * projection fitted in pixels (src/figures/maps/frame.ts); labels, the scale bar, the legends
 * and the inset are drawn in those same pixels. Pure: data in, SVG out, no I/O.
 */

export interface MapDrawing {
  map: MapData;
  widths: readonly number[];
  /** Each width's ids are made unique under `${idPrefix}-w${width}`. */
  idPrefix: string;
  labelledBy: string;
  describedBy: string;
}

/** Where a place is drawn, in degrees: its own point, or the middle of its area. */
export function placePoint(map: MapData, place: Place): [number, number] | undefined {
  if (place.lon !== undefined && place.lat !== undefined) return [place.lon, place.lat];
  const shape = map.shapes ? areaShape(map, place.area) : place.area && countryMainland(place.area);
  return shape ? (geoCentroid(shape) as [number, number]) : undefined;
}

function areaShape(map: MapData, area: string | undefined): Feature | undefined {
  if (area === undefined) return undefined;
  if (map.shapes) {
    const features = map.shapes.features.features.filter((f) => String(f.properties?.[map.shapes!.key]) === area);
    if (features.length > 0) return features.length === 1 ? features[0] : merged(features);
  }
  return countryShape(area);
}

/** A polygon's rings as lines. */
function outlineOf(f: Feature): MultiLineString {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  return { type: 'MultiLineString', coordinates: rings };
}

function merged(features: Feature[]): Feature {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'GeometryCollection', geometries: features.map((f) => f.geometry) },
  };
}

/** What a width's drawing is laid out as: the frame, the legend's height, the labels placed. */
export interface MapLayout {
  frame: MapFrame;
  placed: Placed[];
  /** Boxes labels must keep clear of: the scale bar and the inset, in pixels. */
  reserved: Box[];
  inset?: Box;
  scaleBar?: { x: number; y: number; length: number; km: number };
  classes?: Classes;
  maxRadius: number;
  keyItems: KeyItem[];
  /** Pixel position of each drawn place, in the order of map.places. */
  points: ({ px: number; py: number; r: number } | undefined)[];
}

export function mapLayout(map: MapData, width: number): MapLayout {
  const keyItems: KeyItem[] = map.symbols.map((s) => ({ symbol: s.shape, hollow: false, label: s.value }));
  if (map.type === 'locator' && map.places.some((p) => p.secondary))
    keyItems.push({ symbol: 'circle', hollow: true, label: 'read second-hand' });
  const values = valuesOf(map);
  const classes = map.type === 'choropleth' ? shadeClasses(values) : undefined;
  const maxRadius = Math.round(Math.min(36, Math.max(16, width / 16)));
  const top =
    map.type === 'locator'
      ? keyItems.length > 0
        ? Math.ceil(keyHeight(keyItems, width) + 4)
        : 0
      : map.type === 'choropleth'
        ? Math.ceil(ROW + 12 + FONT_SIZE * 1.5 + 6)
        : Math.ceil(ROW + maxRadius * 2 + 8);
  const frame = mapFrame(map, width, top);
  const { projection } = frame;
  const max = Math.max(0, ...values);
  const points = map.places.map((place) => {
    const at = placePoint(map, place);
    const xy = at && projection(at);
    if (!xy) return undefined;
    const r = map.type === 'symbol' ? circleRadius(place.value ?? 0, max, maxRadius) : MARKER_R;
    return { px: xy[0], py: xy[1], r };
  });
  const area: Box = { left: 0, top, right: width, bottom: frame.height };
  const reserved: Box[] = [];
  const inset = map.inset ? cornerBox(area, insetSize(width), points, 'inset') : undefined;
  if (inset) reserved.push(inset);
  let scaleBar: MapLayout['scaleBar'];
  if (map.type === 'locator') {
    const bar = scaleBarFor(frame);
    const box = cornerBox(area, { w: bar.length + 16, h: FONT_SIZE * 1.4 + 14 }, points, 'bar', inset);
    scaleBar = { x: box.left + 8, y: box.bottom - 8, length: bar.length, km: bar.km };
    reserved.push(box);
  }
  const requests: LabelRequest[] = [];
  map.places.forEach((place, i) => {
    const point = points[i];
    const text = place.label ?? (map.type === 'locator' ? undefined : place.areaName);
    if (!point || !text || !inside(area, point.px, point.py)) return;
    if (map.type === 'symbol')
      requests.push({
        px: point.px,
        py: point.py,
        lines: [truncate(text, width / 3)],
        fill: INK,
        optional: true,
        spots: centreSpots(point, text),
      });
    else if (map.type === 'locator')
      requests.push({ px: point.px, py: point.py, lines: [truncate(text, width / 2.5)], fill: INK, optional: true });
  });
  if (map.type === 'choropleth') requests.push(...areaLabels(map, frame, true));
  requests.push(...contextLabels(map, frame));
  const placed = placeLabels(requests, {
    points: points.flatMap((p) => (p && map.type === 'locator' ? [p] : [])),
    lines: [],
    bounds: area,
    boxes: reserved,
  });
  return {
    frame,
    placed,
    reserved,
    ...(inset ? { inset } : {}),
    ...(scaleBar ? { scaleBar } : {}),
    ...(classes ? { classes } : {}),
    maxRadius,
    keyItems,
    points,
  };
}

/** A symbol map's label sits on its circle, or just above it. */
function centreSpots(point: { px: number; py: number; r: number }, text: string) {
  void text;
  return [
    { ax: point.px, ay: point.py, textAnchor: 'middle' as const, lineAnchor: 'middle' as const },
    { ax: point.px, ay: point.py - point.r - 2, textAnchor: 'middle' as const, lineAnchor: 'bottom' as const },
    { ax: point.px, ay: point.py + point.r + 2, textAnchor: 'middle' as const, lineAnchor: 'top' as const },
  ];
}

function inside(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * A shaded map names its areas with data, in ink: inside the area where the name fits, else beside
 * it (with a leader line where it has to move), so a small country with data is never left unnamed.
 */
function areaLabels(map: MapData, frame: MapFrame, ink: boolean): LabelRequest[] {
  const path = geoPath(frame.projection);
  return map.places.flatMap((place) => {
    const shape = areaShape(map, place.area);
    const name = place.label ?? place.areaName;
    if (!shape || !name) return [];
    const [x, y] = path.centroid(shape);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    return fitsIn(path, shape, name)
      ? [spotLabel([x, y], name, ink ? INK : MUTED)]
      : [{ px: x, py: y, lines: [name], fill: ink ? INK : MUTED, optional: true }];
  });
}

/** Names of the countries around, muted, where they fit: what a reader finds their way by. */
function contextLabels(map: MapData, frame: MapFrame): LabelRequest[] {
  const path = geoPath(frame.projection);
  const named = new Set(map.type === 'locator' ? [] : map.places.map((p) => p.area));
  const { countries } = baseLayers(frame.resolution, frame.degreesPerPixel * TOLERANCE, frame.visible);
  return countries
    .filter((f) => !named.has(codeOfShape(f)))
    .map((f) => ({ f, area: path.area(f) }))
    .filter(({ area }) => area > 0)
    .sort((a, b) => b.area - a.area || String(a.f.id).localeCompare(String(b.f.id)))
    .slice(0, 12)
    .flatMap(({ f }) => {
      const name = (f.properties as { name?: string }).name ?? '';
      return name && fitsIn(path, f, name) ? [spotLabel(path.centroid(f), name, MUTED)] : [];
    });
}

function codeOfShape(f: Feature): string | undefined {
  return f.id === undefined ? undefined : alpha3FromNumeric(String(f.id));
}

/** Whether a name's box fits in the visible part of an area. */
function fitsIn(path: ReturnType<typeof geoPath>, shape: Feature, name: string): boolean {
  const [[x0, y0], [x1, y1]] = path.bounds(shape);
  return x1 - x0 > textWidth(name) + 8 && y1 - y0 > FONT_SIZE * 2;
}

function spotLabel([x, y]: [number, number], name: string, fill: string): LabelRequest {
  return {
    px: x,
    py: y,
    lines: [name],
    fill,
    optional: true,
    spots: [{ ax: x, ay: y, textAnchor: 'middle', lineAnchor: 'middle' }],
  };
}

/** A round distance about a fifth of the map's width, and its length in pixels at the map's centre. */
function scaleBarFor(frame: MapFrame): { km: number; length: number } {
  const cy = frame.top + frame.mapHeight / 2;
  const cx = frame.width / 2;
  const a = frame.projection.invert!([cx, cy])!;
  const b = frame.projection.invert!([cx + 100, cy])!;
  const kmPerPixel = (geoDistance(a, b) * 6371) / 100;
  const target = (frame.width / 5) * kmPerPixel;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((m) => m * magnitude).find((v) => v <= target) ?? magnitude;
  return { km, length: Math.round(km / kmPerPixel) };
}

function insetSize(width: number): { w: number; h: number } {
  const w = Math.round(Math.min(180, Math.max(96, width * 0.24)));
  return { w, h: Math.round(w * 0.8) };
}

/** The first corner of the map (top right, bottom right, top left, bottom left) where no place falls. */
function cornerBox(
  area: Box,
  { w, h }: { w: number; h: number },
  points: MapLayout['points'],
  what: 'inset' | 'bar',
  taken?: Box,
): Box {
  const corners: Box[] = [
    { left: area.right - w, top: area.top, right: area.right, bottom: area.top + h },
    { left: area.right - w, top: area.bottom - h, right: area.right, bottom: area.bottom },
    { left: area.left, top: area.top, right: area.left + w, bottom: area.top + h },
    { left: area.left, top: area.bottom - h, right: area.left + w, bottom: area.bottom },
  ];
  // A scale bar reads best along the bottom.
  const order = what === 'bar' ? [3, 1, 2, 0] : [0, 1, 2, 3];
  const free = (box: Box) =>
    !points.some(
      (p) => p && p.px + p.r > box.left && p.px - p.r < box.right && p.py + p.r > box.top && p.py - p.r < box.bottom,
    ) &&
    !(taken && taken.left < box.right && taken.right > box.left && taken.top < box.bottom && taken.bottom > box.top);
  return corners[order.find((i) => free(corners[i])) ?? order[0]];
}

/** Plot options for one width; `uid` makes the SVG's own ids unique on the page. */
export function mapPlot(map: MapData, width: number, uid: string): PlotOptions {
  const layout = mapLayout(map, width);
  const { frame } = layout;
  const base = baseLayers(frame.resolution, frame.degreesPerPixel * TOLERANCE, frame.visible);
  const values = valuesOf(map);
  const max = Math.max(0, ...values);
  const hatch = `${uid}-nodata`;
  const byShape = new Map<string, Place>();
  for (const place of map.places) if (place.area && !map.shapes) byShape.set(shapeId(place.area) ?? '', place);
  const highlighted = new Set(map.highlight.map((code) => shapeId(code) ?? code));
  const countryFill = (f: Feature) => {
    const place = byShape.get(String(f.id));
    if (map.type === 'choropleth' && !map.shapes)
      return place && hasValue(place) ? shadeColor(place.value, layout.classes!) : `url(#${hatch})`;
    return highlighted.has(String(f.id)) ? SUBJECT : LAND;
  };
  const path = geoPath(frame.projection);
  const visible = base.countries.filter((f) => path.area(f) > 0);
  // Land once, in the no-data hatch on a choropleth; then only the countries that differ from it.
  const drawnApart = visible.filter(
    (f) => countryFill(f) !== (map.type === 'choropleth' && !map.shapes ? `url(#${hatch})` : LAND),
  );
  const marks: Markish[] = [
    rectMark(0, frame.top, width, frame.mapHeight, WATER),
    ...(map.type === 'choropleth' ? [hatchMark(hatch)] : []),
    Plot.geo([base.land], { fill: map.type === 'choropleth' && !map.shapes ? `url(#${hatch})` : LAND, stroke: 'none' }),
    Plot.geo(drawnApart, { fill: countryFill, stroke: 'none' }),
  ];
  if (map.shapes) {
    const shapeByKey = new Map(map.places.map((p) => [p.area, p]));
    const features = map.shapes.features.features.filter((f) => geoPath(frame.projection).area(f) > 0);
    marks.push(
      Plot.geo(features, {
        fill: (f: Feature) => {
          const place = shapeByKey.get(String(f.properties?.[map.shapes!.key]));
          if (map.type === 'choropleth')
            return place && hasValue(place) ? shadeColor(place.value, layout.classes!) : `url(#${hatch})`;
          return map.highlight.includes(String(f.properties?.[map.shapes!.key])) ? SUBJECT : 'none';
        },
        stroke: BORDER,
        strokeWidth: 0.75,
      }),
    );
  }
  marks.push(Plot.geo(base.borders, { stroke: BORDER, strokeWidth: 0.75 }));
  if (highlighted.size > 0 && !map.shapes)
    marks.push(
      Plot.geo(
        // As lines, not areas: a country cut by the frame gets no outline along the frame's edge.
        visible.filter((f) => highlighted.has(String(f.id))).map(outlineOf),
        { stroke: INK, strokeWidth: 1.5, fill: 'none' },
      ),
    );
  const drawn = map.places.map((place, i) => ({ place, point: layout.points[i] })).filter((d) => d.point);
  if (map.type === 'locator') {
    const shape = (p: Place) => map.symbols.find((s) => s.value === p.symbol)?.shape ?? 'circle';
    marks.push(
      Plot.dot(
        drawn.map((d) => d.place),
        {
          x: (p: Place) => p.lon,
          y: (p: Place) => p.lat,
          r: MARKER_R,
          symbol: shape,
          fill: (p: Place) => (p.secondary ? HALO : INK),
          stroke: (p: Place) => (p.secondary ? INK : HALO),
          strokeWidth: 1.25,
        },
      ),
    );
  }
  if (map.type === 'symbol') {
    const circles = drawn
      .filter((d) => hasValue(d.place))
      .sort((a, b) => b.place.value! - a.place.value! || a.place.row.line - b.place.row.line);
    marks.push(
      circleMark(
        circles.map((d) => ({
          ...d.point!,
          r: circleRadius(d.place.value!, max, layout.maxRadius),
          hollow: d.place.secondary,
        })),
      ),
    );
  }
  marks.push(labelMark(layout.placed));
  if (layout.scaleBar) marks.push(scaleBarMark(layout.scaleBar));
  if (layout.inset) marks.push(insetMark(map, frame, layout.inset));
  if (map.type === 'locator') marks.push(...keyMarks(layout.keyItems, width, 0, 0));
  if (map.type === 'choropleth') marks.push(shadeLegendMark(map, layout.classes!, width, hatch));
  if (map.type === 'symbol') marks.push(sizeLegendMark(map, max, layout.maxRadius));
  return {
    width,
    height: frame.height,
    margin: 0,
    projection: roundedProjection(frame.projection) as unknown as PlotOptions['projection'],
    symbol: { type: 'identity' },
    color: { type: 'identity' },
    marks,
  };
}

/** The map's SVG at each width, in the order of `widths`. */
export function drawMap({ map, widths, idPrefix, labelledBy, describedBy }: MapDrawing): string[] {
  return widths.map((width) =>
    compactPaths(
      renderSvg(mapPlot(map, width, `${idPrefix}-w${width}`), {
        idPrefix: `${idPrefix}-w${width}`,
        labelledBy,
        describedBy,
      }),
    ),
  );
}

/** drawMap as a build task: run on a worker thread in production builds. */
export const drawMapTask: WorkerTask<MapDrawing, string[]> = {
  module: 'figures/maps/draw.ts',
  name: 'drawMap',
  run: drawMap,
};
