import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { SourceEntry } from '../../schemas/source.ts';
import { alpha3FromNumeric, numericCode } from './countries.ts';

/**
 * The base map: Natural Earth's countries (public domain) as the world-atlas package ships them,
 * at 1:50m for a country or a region and 1:110m for a continent or the world. Nothing is fetched
 * when a page is read: the shapes are drawn into the SVG at build time, clipped to the frame.
 */

export type Resolution = '50m' | '110m';

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const topologies: Record<Resolution, CountryTopology> = {
  '50m': countries50 as unknown as CountryTopology,
  '110m': countries110 as unknown as CountryTopology,
};

/** Where the base map comes from: the figure's source line names it after the data's sources. */
export const BASEMAP_SOURCE: SourceEntry = {
  id: 'natural-earth-basemap',
  originator: 'Natural Earth',
  outlet: 'world-atlas 2.0.2 (npm)',
  title: 'Natural Earth vector data 4.1.0: Admin 0 countries, 1:50m and 1:110m (public domain)',
  url: 'https://www.naturalearthdata.com/',
  published: '2024-12-07',
  confidence: 'confirmed',
  translated: false,
  kind: 'dataset',
  note: 'Base map. Borders as Natural Earth draws them (de facto), which is not a position on any dispute.',
};

export interface BaseLayers {
  countries: Feature[];
  /** All land as one shape: drawn once, so each coastline is in the SVG once. */
  land: Feature;
  /** Borders between countries (drawn once each). */
  borders: MultiLineString;
}

/** Presimplified topologies by resolution and the countries kept. */
const presimplified = new Map<string, CountryTopology>();
const layersCache = new Map<string, BaseLayers>();
const boxes = new Map<Resolution, [number, number, number, number][]>();

/** Each country's box in degrees, by its place in the topology: what a frame can skip by. */
function countryBoxes(resolution: Resolution): [number, number, number, number][] {
  let found = boxes.get(resolution);
  if (!found) {
    const topology = topologies[resolution];
    const all = feature(topology, topology.objects.countries) as FeatureCollection;
    found = all.features.map((f) => {
      const [[w, s], [e, n]] = geoBounds(f);
      // A country across the date line (Russia, Fiji) spans every longitude, as far as this is concerned.
      return w > e ? [-180, s, 180, n] : [w, s, e, n];
    });
    boxes.set(resolution, found);
  }
  return found;
}

/**
 * Countries and borders around a frame (`within`: [west, south, east, north] degrees; the whole
 * world when left out), simplified so no bend is kept that the drawing could not show: a bend
 * whose triangle is smaller than `tolerance` degrees squared.
 */
export function baseLayers(
  resolution: Resolution,
  tolerance: number,
  within?: readonly [number, number, number, number],
): BaseLayers {
  const near = countryBoxes(resolution).flatMap(([w, s, e, n], i) =>
    !within || (w <= within[2] && e >= within[0] && s <= within[3] && n >= within[1]) ? [i] : [],
  );
  const key = `${resolution}|${near.join(',')}`;
  const layersKey = `${key}|${tolerance.toPrecision(3)}`;
  let layers = layersCache.get(layersKey);
  if (layers) return layers;
  let topology = presimplified.get(key);
  if (!topology)
    presimplified.set(key, (topology = presimplify(subset(topologies[resolution], near) as never) as never));
  const simple = simplify(topology as never, tolerance * tolerance) as unknown as CountryTopology;
  const countries = simple.objects.countries;
  layers = {
    countries: (feature(simple, countries) as FeatureCollection).features,
    land: { type: 'Feature', properties: {}, geometry: merge(simple, countries.geometries as never) },
    borders: mesh(simple, countries, (a, b) => a !== b),
  };
  layersCache.set(layersKey, layers);
  return layers;
}

/**
 * The topology cut to some of its countries, with only their arcs (renumbered): simplifying and
 * merging it costs in proportion to the frame, not to the world.
 */
function subset(topology: CountryTopology, keep: number[]): CountryTopology {
  const index = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (arc: number) => {
    const i = arc < 0 ? ~arc : arc;
    let j = index.get(i);
    if (j === undefined) {
      index.set(i, (j = arcs.length));
      arcs.push(topology.arcs[i]);
    }
    return arc < 0 ? ~j : j;
  };
  const walk = (value: unknown): unknown => (typeof value === 'number' ? remap(value) : (value as unknown[]).map(walk));
  const geometries = keep.map((i) => {
    const geometry = topology.objects.countries.geometries[i] as { arcs?: unknown };
    return geometry.arcs === undefined ? geometry : { ...geometry, arcs: walk(geometry.arcs) };
  });
  return {
    ...topology,
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as unknown as CountryTopology;
}

let lookup: Map<string, Feature> | undefined;

/** Countries at 1:50m by alpha-3 code: what the model checks codes against, unsimplified. */
function countriesByCode(): Map<string, Feature> {
  if (lookup) return lookup;
  const all = feature(topologies['50m'], topologies['50m'].objects.countries) as FeatureCollection;
  lookup = new Map();
  for (const f of all.features) {
    const code = f.id === undefined ? undefined : alpha3FromNumeric(String(f.id));
    if (code) lookup.set(code, f);
  }
  return lookup;
}

/** The base map's shape for a country, or undefined when Natural Earth has none under its code. */
export function countryShape(alpha3: string): Feature | undefined {
  return countriesByCode().get(alpha3);
}

const mainlands = new Map<string, Feature | undefined>();

/**
 * A country's largest piece of land: what a map is framed on and where its circle goes. France's
 * shape includes French Guiana, Norway's Svalbard; framing on all of it would show an ocean.
 */
export function countryMainland(alpha3: string): Feature | undefined {
  if (mainlands.has(alpha3)) return mainlands.get(alpha3);
  const shape = countryShape(alpha3);
  let main = shape;
  if (shape?.geometry.type === 'MultiPolygon') {
    const pieces = shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
    const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    main = { ...shape, geometry: largest };
  }
  mainlands.set(alpha3, main);
  return main;
}

/** Natural Earth's short name for a country ("Syria"), as labels print it. */
export function countryName(alpha3: string): string | undefined {
  return (countryShape(alpha3)?.properties as { name?: string } | undefined)?.name;
}

/** The world-atlas id of a country (its ISO numeric code as a string). */
export function shapeId(alpha3: string): string | undefined {
  return numericCode(alpha3);
}

const shapeBoxes = new Map<string, [number, number, number, number]>();

function shapeBox(code: string, shape: Feature): [number, number, number, number] {
  let box = shapeBoxes.get(code);
  if (!box) {
    const [[w, s], [e, n]] = geoBounds(shape);
    shapeBoxes.set(code, (box = w > e ? [-180, s, 180, n] : [w, s, e, n]));
  }
  return box;
}

/**
 * The country a point lies in, by its alpha-3 code. A town on the coast can fall just outside a
 * 1:50m coastline, so a point in the sea looks a little way around it (up to about 10 km).
 */
export function countryAt(lon: number, lat: number): string | undefined {
  const within = (x: number, y: number) => {
    for (const [code, shape] of countriesByCode()) {
      const [w, s, e, n] = shapeBox(code, shape);
      if (y >= s && y <= n && x >= w && x <= e && geoContains(shape, [x, y])) return code;
    }
    return undefined;
  };
  const here = within(lon, lat);
  if (here) return here;
  for (const step of [0.03, 0.06, 0.09]) {
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [1, 1],
      [-1, 1],
      [1, -1],
      [-1, -1],
    ]) {
      const near = within(lon + dx * step, lat + dy * step);
      if (near) return near;
    }
  }
  return undefined;
}

/** Countries whose shapes reach into a box of [west, south, east, north] degrees. */
export function countriesIn([west, south, east, north]: [number, number, number, number]): string[] {
  const out: string[] = [];
  for (const [code, shape] of countriesByCode()) {
    const [[w, s], [e, n]] = geoBounds(shape);
    if (w <= east && e >= west && s <= north && n >= south) out.push(code);
  }
  return out.sort();
}
