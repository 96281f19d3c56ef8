import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { parseDocument } from 'yaml';
import type { Topology } from 'topojson-specification';
import { ContentError } from '../../problems/content-error.ts';

/**
 * Custom boundaries a journalist adds (regions, provinces, districts): a GeoJSON or TopoJSON file
 * in src/content/data/, its source in the sidecar <name>.meta.yaml. Read as text, checked, and
 * turned into GeoJSON features; a file that is neither stops the build at its line.
 */
export interface ShapesFile {
  /** The file's name without extension: what shapes="…" names. */
  name: string;
  path: string;
  features: FeatureCollection;
  /** Property names the features carry, for key="…" messages. */
  properties: string[];
}

const GEOMETRIES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

export function parseShapes(text: string, file: string): Omit<ShapesFile, 'name'> {
  const fail = (line: number, message: string) => new ContentError(file, line, 'shapes', message);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse says what is wrong but not where; YAML 1.2 reads JSON and knows the line.
    const line = parseDocument(text).errors[0]?.linePos?.[0].line ?? 1;
    const message = (error as Error).message.split('\n')[0].replace(/, ".*$|\s*\(line.*$| in JSON.*$/, '');
    throw fail(line, `is not valid JSON (${message}): a shapes file is GeoJSON or TopoJSON`);
  }
  const lineOf = (needle: string) => {
    const at = text.indexOf(needle);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  const object = json as { type?: unknown; objects?: Record<string, unknown>; features?: unknown[] };
  let features: Feature[];
  if (object?.type === 'Topology' && object.objects && typeof object.objects === 'object') {
    try {
      features = Object.values(object.objects).flatMap((o) => {
        const decoded = feature(json as Topology, o as never) as Feature | FeatureCollection;
        return decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
      });
    } catch (error) {
      throw fail(1, `is not valid TopoJSON (${(error as Error).message})`);
    }
  } else if (object?.type === 'FeatureCollection' && Array.isArray(object.features)) {
    features = object.features as Feature[];
  } else if (object?.type === 'Feature') {
    features = [object as unknown as Feature];
  } else {
    throw fail(lineOf('"type"'), 'is neither GeoJSON (a FeatureCollection or Feature) nor TopoJSON (a Topology)');
  }
  features.forEach((f, i) => {
    const problem = geometryProblem(f?.geometry);
    if (f?.type !== 'Feature' || problem)
      throw fail(
        lineOf(JSON.stringify(f?.properties ?? '').slice(0, 40)) || 1,
        `feature ${i + 1} ${problem ?? 'is not a Feature'}`,
      );
  });
  const properties = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  return { path: file, features: { type: 'FeatureCollection', features: features.map(wound) }, properties };
}

/**
 * d3 draws a polygon's outer ring clockwise; GeoJSON as most tools write it (RFC 7946) winds it the
 * other way, which d3 reads as the whole globe but the area. A polygon covering more than half the
 * globe is turned round: no district is that large.
 */
function wound(f: Feature): Feature {
  const turn = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  const geometry = f.geometry;
  if (geometry?.type === 'Polygon') return { ...f, geometry: { ...geometry, coordinates: turn(geometry.coordinates) } };
  if (geometry?.type === 'MultiPolygon')
    return { ...f, geometry: { ...geometry, coordinates: geometry.coordinates.map(turn) } };
  return f;
}

function geometryProblem(geometry: Geometry | null | undefined): string | undefined {
  if (!geometry || !GEOMETRIES.includes(geometry.type)) return 'has no geometry of a GeoJSON type';
  if (geometry.type === 'GeometryCollection') return geometry.geometries.map(geometryProblem).find(Boolean);
  const positions = (geometry.coordinates as unknown as unknown[]).flat(3) as unknown[];
  if (positions.length === 0 || positions.some((n) => typeof n !== 'number' || !Number.isFinite(n)))
    return 'has coordinates that are not numbers';
  const flat = positions as number[];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (Math.abs(flat[i]) > 180 || Math.abs(flat[i + 1]) > 90)
      return `has a point outside longitude -180…180, latitude -90…90 (${flat[i]}, ${flat[i + 1]}): save it in WGS 84 degrees`;
  }
  return undefined;
}
