import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './html.ts';
import { parse as parseYaml } from 'yaml';

const repo = join(import.meta.dirname, '../..');

const dist = inject('siteDist');
const { document } = readPage(dist, 'explainers/russia-syria-withdrawal/index.html');
const charts = [...document.querySelectorAll('figure[data-figure="chart"]')];

describe('chart figures (the figure contract)', () => {
  it('are at least two, each labelled, described by a generated summary with numbers, and sourced', () => {
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const figure of charts) {
      const svgs = [...figure.querySelectorAll('svg')];
      expect(svgs.length, figure.id).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        for (const id of svg.getAttribute('aria-labelledby')!.split(' '))
          expect(document.getElementById(id)?.textContent?.trim(), id).toBeTruthy();
        const summary = document.getElementById(svg.getAttribute('aria-describedby')!)!;
        expect(summary.textContent).toMatch(/\d/);
        expect(svg.querySelector('style')).toBeNull();
        expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
      }
      const ids = [...figure.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size, `${figure.id}: ids are unique`).toBe(ids.length);
      expect(figure.querySelector('.figure-source')!.textContent).toMatch(/^Sources?:/);
      expect(figure.querySelectorAll('details table tbody tr').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('offer a CSV of exactly the rows in the table, each with its source', () => {
    for (const figure of charts) {
      const link = figure.querySelector('a[download][href$=".csv"]')!;
      const csv = parse(readFileSync(join(dist, link.getAttribute('href')!), 'utf8')) as string[][];
      const table = figure.querySelector('details table')!;
      const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      );
      expect(csv[0]).toEqual(header);
      expect(csv.length - 1).toBe(rows.length);
      // The table writes numbers for reading (12,100) and the CSV as written (12100): the same numbers.
      const numeric = [...table.querySelectorAll('thead th')].flatMap((th, i) =>
        th.classList.contains('numeric') ? [i] : [],
      );
      expect(numeric.length, figure.id).toBeGreaterThan(0);
      rows.forEach((row, r) => {
        for (const i of numeric)
          expect(Number(csv[r + 1][i]), `${figure.id} row ${r + 1}`).toBe(Number(row[i].replace(/[^\d.-]/g, '')));
      });
      const source = header.indexOf('Source');
      expect(source).toBeGreaterThanOrEqual(0);
      for (const row of csv.slice(1)) expect(row[source]).not.toBe('');
    }
  });
});

describe('the ceasefire timeline', () => {
  const figure = document.querySelector('figure[data-figure="timeline"]')!;
  const graphic = figure.querySelector('.figure-graphic')!;
  const events = [...graphic.querySelectorAll('li.timeline-event')];

  it('lists at least ten dated events, in date order', () => {
    const dates = events.flatMap((li) =>
      [...li.querySelectorAll('time[datetime]')].slice(0, 1).map((t) => t.getAttribute('datetime')!),
    );
    expect(dates.length).toBeGreaterThanOrEqual(10);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('marks scheduled events in words, undated ones last', () => {
    const scheduled = events.filter((li) => li.getAttribute('data-status') === 'scheduled');
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
    for (const li of scheduled) expect(li.textContent).toMatch(/scheduled/i);
    const firstUndated = events.findIndex((li) => !li.querySelector('time'));
    expect(events.slice(firstUndated).every((li) => !li.querySelector('time'))).toBe(true);
  });

  it('links the source of at least 80% of events', () => {
    const linked = events.filter((li) => li.querySelector('a[href^="#p-"], a[href^="http"]'));
    expect(linked.length / events.length).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps events reported after the story out of the main list, in a dated update', () => {
    expect(graphic.textContent).not.toContain('400,000');
    expect(figure.querySelector('.timeline-update')!.textContent).toContain('400,000');
  });

  it('opens the events the timeline file marks key, and folds every other one under its year or month', () => {
    const open = events.filter((li) => !li.closest('details'));
    expect(open.map((li) => li.id)).toEqual(['timeline-cessation-begins', 'timeline-putin-orders-withdrawal']);
    const headings = [...graphic.querySelectorAll('.timeline-period > h3')].map((h) => h.textContent);
    expect(headings).toEqual(['2011', '2015', 'January 2016', 'February 2016', 'March 2016', 'Date not set']);
  });

  it('opens with a time-scaled strip: one dot per dated event, scheduled ones hollow', () => {
    const dated = events.filter((li) => li.querySelector('time'));
    const scheduled = dated.filter((li) => li.getAttribute('data-status') === 'scheduled');
    for (const svg of graphic.querySelectorAll('.timeline-strip svg')) {
      const dots = [...svg.querySelectorAll('circle')];
      expect(dots).toHaveLength(dated.length);
      expect(dots.filter((c) => c.closest('g')!.getAttribute('fill') === 'var(--tl-paper)')).toHaveLength(
        scheduled.length,
      );
    }
  });
});

describe('the positions table', () => {
  const figure = document.querySelector('figure[data-figure="positions"]')!;
  const table = figure.querySelector('table:not(details table)') ?? figure.querySelector('table')!;

  it('has parties as row headers and questions as column headers, with a caption', () => {
    expect(table.querySelector('caption')!.textContent!.trim()).not.toBe('');
    expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThanOrEqual(6);
    expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(4);
    // Every party of the positions file, in its order.
    const file = parseYaml(readFileSync(join(repo, 'src/content/data/syria-positions.yaml'), 'utf8')) as {
      parties: { name: string }[];
    };
    const names = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) =>
      (th.querySelector('.positions-full') ?? th).textContent!.trim(),
    );
    expect(names).toEqual(file.parties.map((p) => p.name));
  });

  it('fills every cell: evidence linked, or "No stated position"; at least 12 with evidence', () => {
    const cells = [...table.querySelectorAll('tbody td')];
    let evidenced = 0;
    for (const td of cells) {
      const text = td.textContent!.trim();
      expect(text).not.toBe('');
      const evidence = td.querySelector('a[href^="#p-"], a[href^="http"]');
      if (evidence) evidenced++;
      else expect(text).toContain('No stated position');
    }
    expect(evidenced).toBeGreaterThanOrEqual(12);
  });
});
