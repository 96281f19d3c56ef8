import {
  geoBounds,
  geoConicEqualArea,
  geoEqualEarth,
  geoMercator,
  geoPath,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { countryMainland, type Resolution } from './basemap.ts';
import type { MapData, Place } from './types.ts';

/**
 * Where a map looks and how it flattens the globe. Locators use Mercator (conformal: shapes and
 * the scale bar hold near the frame); choropleths and symbol maps of a region an equal-area
 * conic, so a country's shaded area is in proportion to its size; a continent or the world,
 * Equal Earth. The projection is fitted to the frame here, in pixels, so labels, the scale bar
 * and the inset are placed in the same pixels Plot draws.
 */

export interface MapFrame {
  width: number;
  height: number;
  /** The map's area: from `top` to `top + mapHeight`, full width; the key sits above it. */
  top: number;
  mapHeight: number;
  projection: GeoProjection;
  resolution: Resolution;
  /** Degrees a pixel spans at the centre: how much detail the base map keeps. */
  degreesPerPixel: number;
  /** [west, south, east, north] of what the map is framed on, padded. */
  bounds: [number, number, number, number];
  /** [west, south, east, north] of all the map shows, or undefined for a view across the date line. */
  visible?: [number, number, number, number];
}

/** Largest span in degrees drawn with Mercator (locator) or a conic (shaded maps). */
const LOCAL_SPAN = { locator: 40, shaded: 60 };

/** The places and shapes the map is framed on: the region named on the tag, or the data. */
export function frameGeometry(map: MapData): Feature[] {
  if (map.region.length > 0) return map.region.flatMap((code) => shapeOf(map, code));
  const out: Feature[] = [];
  const points = map.places.filter((p) => p.lon !== undefined && p.lat !== undefined);
  if (points.length > 0) out.push(pointBox(points));
  // A locator's own boundaries (districts around its places) are in the frame too.
  if (map.type === 'locator' && map.shapes) out.push(...map.shapes.features.features);
  for (const place of map.places) if (place.lon === undefined && place.area) out.push(...shapeOf(map, place.area));
  return out;
}

function shapeOf(map: MapData, code: string): Feature[] {
  const custom = map.shapes?.features.features.filter((f) => String(f.properties?.[map.shapes!.key]) === code);
  if (custom && custom.length > 0) return custom;
  const shape = countryMainland(code);
  return shape ? [shape] : [];
}

/** The points' box with room around it, so no place sits on the edge; at least a degree and a half across. */
function pointBox(points: Place[]): Feature {
  const lons = points.map((p) => p.lon!);
  const lats = points.map((p) => p.lat!);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // A fifth of the span around the points, and at least about 5 km, so a single place has a frame.
  const padLon = Math.max((e - w) * 0.2, 0.05);
  const padLat = Math.max((n - s) * 0.2, 0.05);
  return boxFeature([w - padLon, s - padLat, e + padLon, n + padLat]);
}

/** A box as points along its edges: its edges curve under a conic, so the fit needs more than corners. */
function boxFeature([w, s, e, n]: [number, number, number, number]): Feature {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    coordinates.push([w + (e - w) * t, s], [w + (e - w) * t, n], [w, s + (n - s) * t], [e, s + (n - s) * t]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

/** [west, south, east, north] of what the map is framed on, with room around it (east may pass 180). */
export function frameBounds(map: MapData): [number, number, number, number] {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: frameGeometry(map) };
  const [[w0, s0], [e0, n0]] = geoBounds(collection);
  const east = e0 < w0 ? e0 + 360 : e0;
  // Room around the frame: a twentieth of its span, so a country framed on does not touch the edge.
  const pad = Math.max(east - w0, n0 - s0) * 0.05;
  return [w0 - pad, s0 - pad, east + pad, n0 + pad];
}

/** The frame of a map drawn `width` pixels wide with `top` pixels above it for the key. */
export function mapFrame(map: MapData, width: number, top: number): MapFrame {
  let bounds = frameBounds(map);
  let [w0, s0, east, n0] = bounds;
  // Wider than half the world (or across the date line both ways): the whole world, Equal Earth.
  const world = east - w0 > 200;
  if (world) [w0, s0, east, n0] = bounds = [-180, -90, 180, 90];
  const span = Math.max(east - w0, n0 - s0) / 1.1;
  const lon0 = world ? 0 : (w0 + east) / 2;
  const fitted: Feature | { type: 'Sphere' } = world ? { type: 'Sphere' } : boxFeature(bounds);
  const projection = chooseProjection(map, span, lon0, s0, n0);
  const margin = 8;
  projection.fitWidth(width - 2 * margin, fitted as Feature);
  const [[, y0], [, y1]] = geoPath(projection).bounds(fitted as Feature);
  // Tall frames (Chile) are held to 1.3 widths, wide ones (Russia) to half a width; on a phone to
  // 0.8 of it, so a map and its key fit in one screen (the frame still fits: the map shows more
  // at its sides).
  const tallest = width < 480 ? 0.8 : 1.3;
  const mapHeight = Math.round(Math.min(Math.max(y1 - y0 + 2 * margin, width * 0.5), width * tallest));
  projection.fitExtent(
    [
      [margin, top + margin],
      [width - margin, top + mapHeight - margin],
    ],
    fitted as Feature,
  );
  projection.clipExtent([
    [0, top],
    [width, top + mapHeight],
  ]);
  const [cx, cy] = [width / 2, top + mapHeight / 2];
  const a = projection.invert!([cx, cy])!;
  const b = projection.invert!([cx + 1, cy])!;
  // What the map shows, in degrees, from points along its edges: the base map needs no country beyond.
  const edge: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const [x, y] = [(width * i) / 16, top + (mapHeight * i) / 16];
    edge.push([x, top], [x, top + mapHeight], [0, y], [width, y]);
  }
  const seen = edge
    .map((p) => projection.invert!(p))
    .filter((p): p is [number, number] => p !== null && p.every(Number.isFinite));
  const lons = seen.map((p) => p[0]);
  const lats = seen.map((p) => p[1]);
  const visible: [number, number, number, number] | undefined =
    world || seen.length < edge.length || Math.max(...lons) - Math.min(...lons) > 180
      ? undefined
      : [Math.min(...lons) - 1, Math.min(...lats) - 1, Math.max(...lons) + 1, Math.max(...lats) + 1];
  return {
    width,
    height: top + mapHeight,
    top,
    mapHeight,
    projection,
    resolution: span < 50 ? '50m' : '110m',
    degreesPerPixel: Math.abs(b[0] - a[0]),
    bounds,
    ...(visible ? { visible } : {}),
  };
}

function chooseProjection(map: MapData, span: number, lon0: number, south: number, north: number): GeoProjection {
  if (map.type === 'locator')
    return span < LOCAL_SPAN.locator ? geoMercator().rotate([-lon0, 0]) : geoEqualEarth().rotate([-lon0, 0]);
  if (span >= LOCAL_SPAN.shaded) return geoEqualEarth().rotate([-lon0, 0]);
  const [p1, p2] = [south + (north - south) / 6, north - (north - south) / 6];
  // Standard parallels straddling the equator would make the cone a cylinder: keep them apart.
  return geoConicEqualArea()
    .rotate([-lon0, 0])
    .parallels(Math.abs(p1 + p2) < 2 ? [p1 - 1, p2 + 1] : [p1, p2]);
}

/**
 * The projection Plot is given: the fitted one, with each point rounded to a tenth of a pixel and
 * repeats dropped, which keeps the SVG small and its bytes the same on every machine.
 */
export function roundedProjection(projection: GeoProjection): { stream: (out: GeoStream) => GeoStream } {
  return {
    stream(out) {
      let last: [number, number] | undefined;
      const round = (v: number) => Math.round(v * 10) / 10;
      return projection.stream({
        point(x, y) {
          const [rx, ry] = [round(x), round(y)];
          if (last && last[0] === rx && last[1] === ry) return;
          last = [rx, ry];
          out.point(rx, ry);
        },
        lineStart() {
          last = undefined;
          out.lineStart();
        },
        lineEnd() {
          out.lineEnd();
        },
        polygonStart() {
          out.polygonStart();
        },
        polygonEnd() {
          out.polygonEnd();
        },
        sphere() {
          out.sphere?.();
        },
      });
    },
  };
}

export type { Geometry };
