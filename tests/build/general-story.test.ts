import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './html.ts';

/**
 * A story on another subject (tests/fixtures/sites/general: a fictional city's trams) built with
 * the general chart vocabulary: its own headers, decimals, percents, currency, negative values,
 * month dates. Nothing of the first story's subject may leak into its words.
 */
const dist = inject('generalDist');
const { document } = readPage(dist, 'explainers/port-alder-trams/index.html');
const charts = [...document.querySelectorAll('figure[data-figure="chart"]')];

describe('a story on another subject', () => {
  it('draws at least five chart forms, each at three widths with its summary, table and CSV', () => {
    const forms = new Set(charts.map((figure) => figure.querySelector('[data-chart]')?.getAttribute('data-chart')));
    expect(forms.size).toBeGreaterThanOrEqual(5);
    for (const figure of charts) {
      expect(figure.querySelectorAll('svg[role="img"]'), figure.id).toHaveLength(3);
      expect(figure.querySelector('.figure-summary')?.textContent, figure.id).toMatch(/\d/);
      const table = figure.querySelector('details table')!;
      const csv = parse(readFileSync(join(dist, figure.querySelector('a[download]')!.getAttribute('href')!), 'utf8'));
      expect(csv.length - 1, figure.id).toBe(table.querySelectorAll('tbody tr').length);
    }
  });

  it('writes numbers as their columns do: percents, currency, decimals as written', () => {
    const text = charts.map((figure) => figure.textContent).join(' ');
    expect(text).toMatch(/\d+\.\d%/);
    expect(text).toMatch(/\$\d/);
    expect(text).toMatch(/-US\$|−US\$|-\$/);
  });

  it('says nothing of the first story’s subject', () => {
    const words = document.querySelector('main')!.textContent!;
    expect(words).not.toMatch(/death|killed|casualt|ceasefire|truce|refugee|publisher|Syria/i);
  });

  it('keeps a figure published after the story out of the chart, in its dated update', () => {
    const update = document.querySelector('#boardings .chart-update');
    expect(update?.textContent).toContain('1,517,000');
    for (const svg of document.querySelectorAll('#boardings svg')) expect(svg.outerHTML).not.toContain('1,517,000');
  });
});
