import { describe, expect, it } from 'vitest';
import { parseChartDataset, parseDatasetMeta } from '../../src/loaders/data-files.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { errorOf } from '../helpers/content.ts';

/**
 * Datasets joined to their sidecars: every mistake of a CSV at once (a line's empty source with
 * its bad number), a sidecar column the CSV does not have (with the nearest name), and in
 * `npm run dev` a broken file leaving out only its own dataset, never giving another's a false message.
 */

const ids = new Set(['agency']);
const csvPath = 'src/content/data/emissions.csv';
const metaPath = 'src/content/data/emissions.meta.yaml';
const csv = 'country,emissions,source\nChina,9.7,agency\nIndia,2.9,agency\n';

const entry = (text: string) => ({
  id: 'emissions',
  data: { path: csvPath, dataset: parseChartDataset(text, csvPath, ids) },
});
const sidecar = (text: string) => ({
  id: 'emissions.meta',
  data: { path: metaPath, meta: parseDatasetMeta(text, metaPath, ids) },
});

describe('chart datasets and their sidecars', () => {
  it('lists every mistake of a CSV, each line’s empty source with its bad number', () => {
    const text = 'country,value,source\nChina,"19,7",\nIndia,2.9,agency\nJapan,n/a,nobody\n';
    expect(errorOf(() => parseChartDataset(text, csvPath, ids)).split('\n')).toEqual([
      `${csvPath}:2: source: is empty: every row needs a source id from src/content/sources.yaml (or name one source for all rows in src/content/data/emissions.meta.yaml)`,
      `${csvPath}:2: value: "19,7" is not a number: write the decimal point as a full stop ("19.7"), and no separators`,
      `${csvPath}:4: source: "nobody" is not in the sources registry (src/content/sources.yaml)`,
      `${csvPath}:4: value: "n/a" is not a number`,
    ]);
  });

  it('takes an empty source cell when the sidecar names one source for all rows', () => {
    const text = 'country,value,source\nChina,9.7,\n';
    expect(parseChartDataset(text, csvPath, ids, { sidecarNamesSource: true }).rows).toHaveLength(1);
  });

  it('stops on a sidecar column the CSV does not have, at its line, with the nearest name', () => {
    const meta = sidecar('columns:\n  country: { label: Country }\n  emmissions: { unit: tonnes }\n');
    expect(errorOf(() => resolveDatasets([entry(csv)], [meta]))).toBe(
      `${metaPath}:3: emmissions: is not a column of ${csvPath} (did you mean "emissions"?): its columns are "country", "emissions"`,
    );
  });

  it('reports a misspelt sidecar column as the sidecar’s own mistake when the CSV beside it is known', () => {
    const text = 'columns:\n  emmissions: { unit: tonnes }\n';
    expect(
      errorOf(() => parseDatasetMeta(text, metaPath, ids, { path: csvPath, columns: ['country', 'emissions'] })),
    ).toBe(
      `${metaPath}:2: emmissions: is not a column of ${csvPath} (did you mean "emissions"?): its columns are "country", "emissions"`,
    );
  });

  it('in dev, leaves out a dataset whose CSV or sidecar did not load, without calling its sidecar an orphan', () => {
    const meta = sidecar('source: agency\n');
    expect(errorOf(() => resolveDatasets([], [meta]))).toContain(
      `there is no src/content/data/emissions.csv beside it`,
    );
    expect(resolveDatasets([], [meta], new Set(['emissions'])).size).toBe(0);
    expect(resolveDatasets([entry(csv)], [], new Set(['emissions'])).has('emissions')).toBe(false);
  });
});
