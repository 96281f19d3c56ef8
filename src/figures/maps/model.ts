import type { DatasetMeta, DataRow } from '../../schemas/chart-dataset.ts';
import { parseNumber } from '../../format/numbers.ts';
import { cellValue, resolveColumn, type CellProblem } from '../charts/columns.ts';
import { SHAPES } from '../charts/theme.ts';
import type { Column, ColumnKind } from '../charts/types.ts';
import { countryName, countryShape } from './basemap.ts';
import { countryCode, editDistance, nearestCountry } from './countries.ts';
import type { ShapesFile } from './shapes.ts';
import { mapTypes, type MapData, type MapRole, type MapType, type Place } from './types.ts';

/** The tag's props that shape a map, as written (after the tag check). */
export interface MapSpec {
  type: string | undefined;
  columns: Partial<Record<MapRole, string>>;
  region?: string;
  highlight?: string;
  shapes?: string;
  key?: string;
  inset?: string;
}

export interface MapInput {
  spec: MapSpec;
  dataset: { path: string; columns: readonly string[] };
  meta?: DatasetMeta;
  /** The rows the story could know (the caller applies the as-of rule). */
  rows: readonly DataRow[];
  isSecondary: (row: DataRow) => boolean;
  /** Custom boundaries by name (src/content/data/<name>.geojson or .topojson). */
  shapesFiles: ReadonlyMap<string, ShapesFile>;
  tagProblem: (field: string, message: string) => Error;
  cellProblem: CellProblem;
}

/** What each map type needs and can use; `area` is country="…" or, for custom shapes, the area's column. */
const NEEDS: Record<
  MapType,
  { needs: Partial<Record<MapRole, ColumnKind>>; accepts: Partial<Record<MapRole, ColumnKind>> }
> = {
  locator: { needs: { lat: 'number', lon: 'number', label: 'category' }, accepts: { symbol: 'category' } },
  choropleth: { needs: { country: 'category', value: 'number' }, accepts: { label: 'category' } },
  symbol: {
    needs: { value: 'number' },
    accepts: { country: 'category', lat: 'number', lon: 'number', label: 'category' },
  },
};

export function isMapType(type: string): type is MapType {
  return (mapTypes as readonly string[]).includes(type);
}

/** Rows + tag → the map figure model; stops at the first mistake, with its place. */
export function buildMapData(input: MapInput): { map: MapData; missing: DataRow[] } {
  const { spec, dataset, rows, tagProblem, cellProblem } = input;
  const types = mapTypes.map((t) => `"${t}"`).join(', ');
  if (spec.type === undefined) throw tagProblem('type', `<Map> needs type="…": one of ${types}`);
  if (!isMapType(spec.type)) throw tagProblem('type', `"${spec.type}" is not a map type: use one of ${types}`);
  const type = spec.type;
  const { needs, accepts } = NEEDS[type];
  const listed = listColumns(dataset);
  if (
    type === 'symbol' &&
    spec.columns.country === undefined &&
    (spec.columns.lat === undefined || spec.columns.lon === undefined)
  )
    throw tagProblem(
      'country',
      `type="symbol" needs country="…", or lat="…" and lon="…": columns of ${dataset.path} (${listed})`,
    );
  for (const role of Object.keys(spec.columns) as MapRole[]) {
    if (!(role in needs) && !(role in accepts))
      throw tagProblem(
        role,
        `type="${type}" takes no ${role}="…": it uses ${Object.keys({ ...needs, ...accepts }).join(', ')}`,
      );
  }
  const columns: Partial<Record<MapRole, Column>> = {};
  for (const [role, kind] of Object.entries({ ...accepts, ...needs }) as [MapRole, ColumnKind][]) {
    const name = spec.columns[role];
    if (name === undefined) {
      if (role in needs)
        throw tagProblem(role, `type="${type}" needs ${role}="…": a column of ${dataset.path} (${listed})`);
      continue;
    }
    if (!dataset.columns.includes(name))
      throw tagProblem(role, `"${name}" is not a column of ${dataset.path}: its columns are ${listed}`);
    columns[role] = resolveColumn(input.meta, name, kind, rows, cellProblem);
  }
  const shapes = spec.shapes === undefined ? undefined : resolveShapes(spec, input.shapesFiles, tagProblem);
  const places: Place[] = [];
  const missing: DataRow[] = [];
  const seen = new Map<string, DataRow>();
  for (const row of rows) {
    const place: Place = { row, secondary: input.isSecondary(row) };
    for (const role of ['lat', 'lon'] as const) {
      const column = columns[role];
      if (!column) continue;
      const value = cellValue(row, column) as number | undefined;
      const limit = role === 'lat' ? 90 : 180;
      if (value !== undefined && Math.abs(value) > limit)
        throw cellProblem(
          row,
          column.name,
          `${row.cells[column.name]} is not a ${role === 'lat' ? 'latitude' : 'longitude'}: write decimal degrees from -${limit} to ${limit}${role === 'lat' ? '' : ' (east is positive)'}`,
        );
      if (value !== undefined) place[role] = value;
    }
    if (columns.country) {
      const written = row.cells[columns.country.name];
      if (written !== '') {
        const area = shapes
          ? shapeArea(written, shapes, row, columns.country.name, cellProblem)
          : country(written, row, columns.country.name, cellProblem);
        place.area = area;
        place.areaName = shapes ? written : (countryName(area) ?? written);
        const first = seen.get(area);
        if (first && type !== 'locator')
          throw cellProblem(
            row,
            columns.country.name,
            `"${written}" appears again (first on line ${first.line}): one row per ${shapes ? 'area' : 'country'}`,
          );
        seen.set(area, row);
      }
    }
    if (columns.label) place.label = row.cells[columns.label.name] || undefined;
    if (columns.symbol) place.symbol = row.cells[columns.symbol.name] || undefined;
    if (columns.value) {
      const value = cellValue(row, columns.value);
      if (value !== undefined) place.value = value as number;
    }
    const located = (place.lat !== undefined && place.lon !== undefined) || place.area !== undefined;
    // A choropleth draws an area with no value as "no data"; every other gap leaves the row out, said in the notes.
    const complete =
      located &&
      (type === 'locator' || place.value !== undefined || (type === 'choropleth' && place.area !== undefined));
    if (complete) places.push(place);
    else missing.push(row);
  }
  if (places.length === 0)
    throw tagProblem(
      'dataset',
      `${dataset.path} has no row with every column this map draws (${Object.values(columns)
        .map((c) => c!.name)
        .join(', ')})`,
    );
  const codes = (field: 'region' | 'highlight' | 'inset', written: string | undefined) =>
    written === undefined ? [] : codeList(field, written, shapes, tagProblem);
  const map: MapData = {
    type,
    columns,
    places,
    region: codes('region', spec.region),
    highlight: codes('highlight', spec.highlight),
    symbols: [...new Set(places.map((p) => p.symbol ?? ''))]
      .filter((value) => columns.symbol && value !== '')
      .map((value, i) => ({ value, shape: SHAPES[i % SHAPES.length] })),
    ...(shapes ? { shapes: { name: shapes.file.name, key: shapes.key, features: shapes.file.features } } : {}),
    ...(spec.inset !== undefined
      ? { inset: { region: spec.inset.trim() === 'world' ? [] : codes('inset', spec.inset) } }
      : {}),
  };
  return { map, missing };
}

function listColumns(dataset: MapInput['dataset']): string {
  return dataset.columns.map((c) => `"${c}"`).join(', ') || 'none besides the reserved ones';
}

/** A cell naming a country: its alpha-3 code, checked against the base map. */
function country(written: string, row: DataRow, column: string, problem: CellProblem): string {
  const code = countryCode(written);
  if (!code)
    throw problem(
      row,
      column,
      `"${written}" is not a country: write its ISO 3166-1 alpha-3 code or English name (did you mean ${nearestCountry(written)}?)`,
    );
  if (!countryShape(code))
    throw problem(
      row,
      column,
      `"${written}" (${code}) has no shape on the base map (Natural Earth 1:50m): draw it with lat="…" and lon="…" instead`,
    );
  return code;
}

interface ResolvedShapes {
  file: ShapesFile;
  key: string;
  keys: Set<string>;
}

function resolveShapes(
  spec: MapSpec,
  files: ReadonlyMap<string, ShapesFile>,
  tagProblem: MapInput['tagProblem'],
): ResolvedShapes {
  const file = files.get(spec.shapes!);
  if (!file) {
    const known =
      [...files.keys()].map((k) => `"${k}"`).join(', ') ||
      'none yet (add src/content/data/<name>.geojson or .topojson)';
    throw tagProblem('shapes', `"${spec.shapes}" is not a shapes file in src/content/data: use one of ${known}`);
  }
  if (spec.key === undefined)
    throw tagProblem(
      'key',
      `shapes="${spec.shapes}" needs key="…": the property that names each area, one of ${file.properties.map((p) => `"${p}"`).join(', ')}`,
    );
  const keys = new Set(file.features.features.map((f) => String(f.properties?.[spec.key!] ?? '')).filter(Boolean));
  if (keys.size === 0)
    throw tagProblem(
      'key',
      `"${spec.key}" matches no feature of ${file.path}: its features' properties are ${file.properties.map((p) => `"${p}"`).join(', ') || 'none'}`,
    );
  return { file, key: spec.key, keys };
}

function shapeArea(
  written: string,
  shapes: ResolvedShapes,
  row: DataRow,
  column: string,
  problem: CellProblem,
): string {
  if (shapes.keys.has(written)) return written;
  const nearest = [...shapes.keys].sort(
    (a, b) => editDistance(written, a) - editDistance(written, b) || a.localeCompare(b),
  )[0];
  throw problem(
    row,
    column,
    `"${written}" matches no feature of ${shapes.file.path} by its "${shapes.key}" (did you mean "${nearest}"?)`,
  );
}

/** region="SYR, TUR" and the like: alpha-3 codes or names, comma-separated; with shapes, their keys too. */
function codeList(
  field: string,
  written: string,
  shapes: ResolvedShapes | undefined,
  tagProblem: MapInput['tagProblem'],
): string[] {
  return written
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (shapes?.keys.has(part)) return part;
      const code = countryCode(part);
      if (code && countryShape(code)) return code;
      throw tagProblem(
        field,
        `"${part}" is not a country: write ISO 3166-1 alpha-3 codes, comma-separated (did you mean ${nearestCountry(part)}?)`,
      );
    });
}

export { parseNumber };
