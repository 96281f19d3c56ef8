import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './html.ts';

/**
 * Maps in built pages: the fixture story on another subject (tests/fixtures/sites/general, a
 * fictional city's libraries, invented data) uses all three types and custom shapes; the Syria
 * explainer gains its two maps. Both sites are the ones global-setup builds for every build test.
 */
const general = inject('generalDist');
const site = inject('siteDist');

function maps(dist: string, page: string) {
  const { document } = readPage(dist, page);
  return [...document.querySelectorAll('figure[data-figure="map"]')];
}

describe('maps in a story on another subject', () => {
  const figures = maps(general, 'explainers/port-alder-libraries/index.html');

  it('draws all three types, custom shapes among them, each at three widths with summary, table, CSV and sources', () => {
    expect(figures.map((f) => f.querySelector('[data-map]')?.getAttribute('data-map'))).toEqual([
      'locator',
      'choropleth',
      'symbol',
    ]);
    for (const figure of figures) {
      const svgs = figure.querySelectorAll('svg[role="img"]');
      expect(svgs, figure.id).toHaveLength(3);
      for (const svg of svgs) expect(svg.getAttribute('aria-labelledby')).toBe(`${figure.id}-title ${figure.id}-alt`);
      expect(figure.querySelector('.figure-summary')?.textContent, figure.id).toMatch(/\d/);
      const table = figure.querySelector('details table')!;
      const href = figure.querySelector('a[download]')!.getAttribute('href')!;
      const csv = parse(readFileSync(join(general, href), 'utf8'));
      expect(csv.length - 1, figure.id).toBe(table.querySelectorAll('tbody tr').length);
      expect(figure.textContent, figure.id).toMatch(/Natural Earth/);
    }
    // The districts (custom shapes) are drawn, and their source is on the figure and in the story's sources.
    const loans = figures.find((f) => f.id === 'loans')!;
    expect(loans.textContent).toMatch(/Port Alder Planning Office \(fictional\)/);
    expect(loans.querySelector('.figure-summary')?.textContent).toBe(
      'Loans per resident in 3 areas: highest Old Town (7.9), lowest Northshore (2.6). 1 other area on the map has no data and is drawn hatched.',
    );
  });

  it('says nothing of the first story’s subject', () => {
    const words = figures.map((f) => f.textContent).join(' ');
    expect(words).not.toMatch(/death|killed|casualt|ceasefire|truce|refugee|Syria/i);
  });

  it('has an embed page for each map', () => {
    for (const figure of figures) {
      const embed = maps(general, `embed/port-alder-libraries/${figure.id}/index.html`);
      expect(embed.map((f) => f.id)).toEqual([figure.id]);
    }
  });
});

describe('the Syria explainer’s maps', () => {
  const figures = maps(site, 'explainers/russia-syria-withdrawal/index.html');

  it('locates Russia’s bases and the orientation cities, each with its gazetteer source', () => {
    const bases = figures.find((f) => f.id === 'bases')!;
    expect(bases.querySelector('.figure-summary')?.textContent).toMatch(
      /^5 places: Hmeimim air base, Tartus naval facility, Latakia, Damascus and Aleppo in Syria\./,
    );
    const csv: Record<string, string>[] = parse(
      readFileSync(join(site, 'data/russia-syria-withdrawal/bases.csv'), 'utf8'),
      {
        columns: true,
      },
    );
    expect(csv.map((row) => [row.Place, row.Source])).toEqual([
      ['Hmeimim air base', 'OpenFlights'],
      ['Tartus naval facility', 'GeoNames'],
      ['Latakia', 'GeoNames'],
      ['Damascus', 'GeoNames'],
      ['Aleppo', 'GeoNames'],
    ]);
    expect(bases.querySelector('svg')!.outerHTML).toMatch(/\d+ km</);
  });

  it('maps refugees by host country, at the address the bar chart had (its embed and CSV keep working)', () => {
    const refugees = figures.find((f) => f.id === 'refugees-by-country')!;
    expect(refugees.querySelector('.figure-summary')?.textContent).toMatch(
      /^Refugees from Syria in 5 countries: highest Turkey \(2,500,000\), lowest Egypt \(117,658\)\./,
    );
    expect(refugees.querySelector('svg')!.outerHTML).toMatch(/No data/);
  });
});
