import type { MapType } from './types.ts';

/**
 * Every word a map prints or says, in one place (a later change moves them into a message
 * catalog). Figure modules pass numbers already formatted by the column's sidecar format.
 */
type Noun = 'country' | 'area';
const PLURAL: Record<Noun, string> = { country: 'countries', area: 'areas' };

export const mapWords = {
  noData: 'No data',
  kilometres: (n: string) => `${n} km`,
  /** The alt text: what kind of graphic it is. */
  alt: {
    locator: 'Locator map',
    choropleth: 'Map with countries shaded by value',
    symbol: 'Map with circles sized by value',
  } satisfies Record<MapType, string>,
  notDrawn: (n: number) =>
    `Not drawn: ${n} ${n === 1 ? 'row has' : 'rows have'} no place or no value in a column this map draws; ${n === 1 ? 'it is' : 'they are'} left out, not counted as zero.`,
  later: (n: number, date: string) =>
    `${n} ${n === 1 ? 'row was' : 'rows were'} published after this story (${date}) and ${n === 1 ? 'is' : 'are'} not drawn.`,
  secondary: (names: string[], hollow: boolean) =>
    `Read only in a second-hand report${hollow ? ', drawn hollow' : ''}: ${names.join('; ')}.`,
  insetNote: 'The small map shows where the main map lies.',
  list(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  },
  places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
  areas: (n: number, noun: Noun) => `${n} ${n === 1 ? noun : PLURAL[noun]}`,
  inCountry: (places: string, country: string) => `${places} in ${country}`,
  northernmost: (a: string, b: string) => `Northernmost: ${a}; southernmost: ${b}.`,
  westernmost: (a: string, b: string) => `Westernmost: ${a}; easternmost: ${b}.`,
  // Each kind names itself ("Russian base: Hmeimim air base and Tartus naval facility."), one sentence a kind.
  byKind: (parts: string[]) => parts.map((part) => `${part}.`).join(' '),
  valuesIn: (what: string, areas: string) => `${what} in ${areas}:`,
  highest: (a: string, b: string) => `highest ${a}, lowest ${b}.`,
  only: (a: string) => `${a}.`,
  withoutData: (n: number, noun: Noun) =>
    n === 0
      ? ''
      : ` ${n} other ${n === 1 ? noun : PLURAL[noun]} on the map ${n === 1 ? 'has' : 'have'} no data and ${n === 1 ? 'is' : 'are'} drawn hatched.`,
  circlesNote: 'Each circle’s area is in proportion to its value; the largest are drawn underneath.',
  title: {
    locator: (label: string) => `Where each ${label} is`,
    shaded: (value: string, area: string) => `${value} by ${area}`,
  },
  table: {
    caption: (title: string) => `The data behind “${title}”: one row per place drawn`,
    country: 'Country',
    area: 'Area',
    latitude: 'Latitude',
    longitude: 'Longitude',
  },
  sources: {
    basemap: 'Base map',
  },
};
