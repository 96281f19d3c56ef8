import { formatValue } from '../../format/numbers.ts';
import { countriesIn, countryAt, countryName } from './basemap.ts';
import { frameBounds } from './frame.ts';
import { hasValue } from './scales.ts';
import type { MapData, Place } from './types.ts';
import { mapWords } from './words.ts';

/**
 * The sentences under a map, from its data alone, in words that fit any subject: a locator says
 * which places and where; a shaded or symbol map its highest and lowest values and how many areas
 * around have no data. One string, so a journalist's own summary can replace it whole.
 */
export function mapSummary(map: MapData): string {
  return map.type === 'locator' ? locatorSummary(map) : valueSummary(map);
}

const nameOf = (place: Place) => place.label ?? place.areaName ?? place.row.id;

function locatorSummary(map: MapData): string {
  const places = map.places.filter((p) => p.lat !== undefined && p.lon !== undefined);
  const byCountry = new Map<string, Place[]>();
  for (const place of places) {
    const code = countryAt(place.lon!, place.lat!);
    const name = code ? (countryName(code) ?? code) : '';
    byCountry.set(name, [...(byCountry.get(name) ?? []), place]);
  }
  const groups = [...byCountry.entries()].map(([country, group]) => {
    const names = mapWords.list(group.map(nameOf));
    return country ? mapWords.inCountry(names, country) : names;
  });
  const head = `${mapWords.places(places.length)}: ${groups.join('; ')}.`;
  if (places.length < 2) return head;
  const by = (key: 'lat' | 'lon') => [...places].sort((a, b) => a[key]! - b[key]!);
  const north = by('lat');
  const east = by('lon');
  const tall = north.at(-1)!.lat! - north[0].lat! >= east.at(-1)!.lon! - east[0].lon!;
  const extremes = tall
    ? mapWords.northernmost(nameOf(north.at(-1)!), nameOf(north[0]))
    : mapWords.westernmost(nameOf(east[0]), nameOf(east.at(-1)!));
  const kinds =
    map.symbols.length > 1
      ? ` ${mapWords.byKind(
          map.symbols.map(
            (s) => `${s.value}: ${mapWords.list(places.filter((p) => p.symbol === s.value).map(nameOf))}`,
          ),
        )}`
      : '';
  return `${head} ${extremes}${kinds}`;
}

function valueSummary(map: MapData): string {
  const column = map.columns.value!;
  const what = column.unit ? `${column.label} (${column.unit})` : column.label;
  const valued = map.places.filter(hasValue);
  const noun = map.shapes ? ('area' as const) : ('country' as const);
  const words = (p: Place & { value: number }) =>
    `${nameOf(p)} (${p.row.qualifier ? `${p.row.qualifier} ` : ''}${formatValue(p.value, column)})`;
  const high = valued.reduce((a, b) => (b.value > a.value ? b : a));
  const low = valued.reduce((a, b) => (b.value < a.value ? b : a));
  const head = mapWords.valuesIn(what, mapWords.areas(valued.length, noun));
  const extremes = valued.length === 1 ? mapWords.only(words(high)) : mapWords.highest(words(high), words(low));
  let without = 0;
  if (map.type === 'choropleth') {
    if (map.shapes) without = map.shapes.features.features.length - valued.length;
    else {
      const drawn = new Set(valued.map((p) => p.area));
      without = countriesIn(frameBounds(map)).filter((code) => !drawn.has(code)).length;
    }
  }
  return `${head} ${extremes}${mapWords.withoutData(Math.max(0, without), noun)}`;
}
