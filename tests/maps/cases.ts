import type { Site } from './load.ts';

/** One case per map type (and custom shapes), from the two sites' own data: reviewed snapshots of each. */
export const CASES: Record<string, { site: Site; publishedAt: string; props: Record<string, string> }> = {
  'locator-syria': {
    site: 'site',
    publishedAt: '2016-03-14',
    props: {
      dataset: 'russian-bases',
      type: 'locator',
      lat: 'lat',
      lon: 'lon',
      label: 'place',
      symbol: 'kind',
      region: 'SYR',
      highlight: 'SYR',
      inset: 'world',
    },
  },
  'choropleth-refugees': {
    site: 'site',
    publishedAt: '2016-03-14',
    props: {
      dataset: 'refugees-by-country',
      type: 'choropleth',
      country: 'country',
      value: 'refugees',
      highlight: 'SYR',
    },
  },
  'symbol-visitors': {
    site: 'general',
    publishedAt: '2024-03-15',
    props: { dataset: 'alder-visitors', type: 'symbol', country: 'country', value: 'visitors', inset: 'world' },
  },
  'choropleth-shapes': {
    site: 'general',
    publishedAt: '2024-03-15',
    props: {
      dataset: 'alder-loans',
      type: 'choropleth',
      country: 'district',
      value: 'loans',
      shapes: 'alder-districts',
      key: 'district',
    },
  },
  'locator-shapes': {
    site: 'general',
    publishedAt: '2024-03-15',
    props: {
      dataset: 'alder-branches',
      type: 'locator',
      lat: 'lat',
      lon: 'lon',
      label: 'branch',
      symbol: 'kind',
      shapes: 'alder-districts',
      key: 'district',
      inset: 'world',
    },
  },
};

export const WIDTHS = [340, 640, 960] as const;
