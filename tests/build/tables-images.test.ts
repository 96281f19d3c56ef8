import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './html.ts';

/**
 * <Table>, <Image> and <Fact column> as a reader gets them, in the fixture story on another subject
 * (tests/fixtures/sites/general: port-alder-stops), from the build the other build tests share.
 */
const dist = inject('generalDist');
const { html, document } = readPage(dist, 'explainers/port-alder-stops/index.html');
const number = (text: string) => Number(text.replace(/,/g, ''));

describe('a <Table> in the built page', () => {
  const figure = document.querySelector('figure[data-figure="table"]#by-stop')!;
  const rows = [...figure.querySelectorAll('tbody tr')];
  const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim());

  it('heads its columns with the sidecar’s labels and right-aligns the numbers', () => {
    const headers = [...figure.querySelectorAll('thead th')];
    expect(headers.map((th) => th.textContent!.trim())).toEqual([
      'Stop',
      'District',
      'Weekday boardings',
      'Boardings per 1,000 residents',
    ]);
    expect(headers.map((th) => th.classList.contains('numeric'))).toEqual([false, false, true, true]);
    for (const row of rows) {
      const [name, , boardings, rate] = [...row.querySelectorAll('th, td')];
      expect(name.tagName).toBe('TH');
      expect(boardings.classList.contains('numeric') && rate.classList.contains('numeric')).toBe(true);
    }
    // Tabular figures and right alignment come from the stylesheet the page carries inline.
    expect(html).toMatch(/\.data-table \.numeric\{text-align:right;font-variant-numeric:tabular-nums/);
  });

  it('sorts by sort="-boardings", numbers written as the column says, a bar beside each', () => {
    const boardings = rows.map((row) => cells(row)[2]);
    expect(boardings[0]).toBe('41,250');
    expect(boardings.map(number)).toEqual([...boardings.map(number)].sort((a, b) => b - a));
    expect(rows.map((row) => cells(row)[3])[0]).toBe('212.4');
    const bars = rows.map((row) => Number(row.querySelector('svg.bar rect')!.getAttribute('width')));
    expect(bars[0]).toBe(100);
    expect(bars.at(-1)).toBeCloseTo((2950 / 41250) * 100, 1);
    // Shades for heat="per_1000": the highest rate darkest.
    expect(rows[0].querySelector('td.heat-4')).not.toBeNull();
    expect(rows.at(-1)!.querySelector('td.heat-0')).not.toBeNull();
  });

  it('folds the rows after rows="6" under a line that says how many, opened without JavaScript and printed open', () => {
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row.classList.contains('folded'))).toEqual([
      ...Array(6).fill(false),
      ...Array(4).fill(true),
    ]);
    const fold = figure.querySelector('details.table-fold summary')!;
    expect(fold.querySelector('.when-closed')!.textContent).toBe('Show 4 more rows');
    expect(html).toMatch(/\.figure--table:has\(\.table-fold:not\(\[open\]\)\) tr\.folded\{display:none\}/);
    expect(html).toMatch(/@media print\{[^}]*\.figure--table tr\.folded\{display:table-row!important\}/);
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('says what the data shows, names its source, and offers exactly its rows as a CSV and an embed page', () => {
    expect(figure.querySelector('.figure-summary')!.textContent).toBe(
      'Weekday boardings: highest for Harbour Gate (41,250), lowest for Airport Road (2,950); 10 rows.',
    );
    expect(figure.querySelector('.figure-source')!.textContent).toContain('Port Alder Transit Authority (fictional)');
    const csv = parse(readFileSync(join(dist, figure.querySelector('a[download]')!.getAttribute('href')!), 'utf8'));
    expect(csv[0].slice(0, 5)).toEqual([
      'Stop',
      'District',
      'Weekday boardings',
      'Boardings per 1,000 residents',
      'Step-free',
    ]);
    expect(csv.slice(1).map((row: string[]) => row[0])).toEqual(rows.map((row) => cells(row)[0]));
    expect(csv[1][2]).toBe('41250');
    const embed = readPage(dist, 'embed/port-alder-stops/by-stop/index.html').document;
    expect(embed.querySelectorAll('figure[data-figure="table"] tbody tr')).toHaveLength(10);
  });
});

describe('an <Image> in the built page', () => {
  const figure = document.querySelector('figure[data-figure="image"]#harbour')!;
  const img = figure.querySelector('img')!;
  const files = (srcset: string) => srcset.split(',').map((part) => part.trim().split(' ')[0]);

  it('is a picture in AVIF and WebP at several widths, with its size set, loaded lazily', () => {
    const sources = [...figure.querySelectorAll('picture source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) expect(files(source.getAttribute('srcset')!).length).toBeGreaterThanOrEqual(3);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('alt')).toBe(
      'A drawn harbour scene: pale sky over green hills, and a blue sea with small waves.',
    );
  });

  it('shows its caption and credit', () => {
    expect(figure.querySelector('figcaption')!.textContent).toBe(
      "The harbour, where the busiest stop stands. Picture: Generated test picture (drawn with sharp by the project's tests), no photographer",
    );
  });

  it('writes every file it names, none over 300 KiB, and not the original at full size', () => {
    const named = [...figure.querySelectorAll('source, img')].flatMap((el) => files(el.getAttribute('srcset') ?? ''));
    named.push(img.getAttribute('src')!);
    for (const file of new Set(named)) {
      const path = join(dist, file);
      expect(existsSync(path), file).toBe(true);
      expect(statSync(path).size, file).toBeLessThanOrEqual(300 * 1024);
    }
    expect(readdirSync(join(dist, '_astro')).filter((name) => /\.(jpe?g|png)$/.test(name))).toEqual([]);
  });

  it('prints and reads in dark mode through its stylesheet', () => {
    expect(html).toMatch(/@media print\{[^}]*\.figure--image\{break-inside:avoid\}/);
    expect(html).toMatch(/@media \(prefers-color-scheme:dark\)\{\.figure--image img\{/);
  });
});

describe('<Fact column> and {{id.column}}', () => {
  it('quote the named column of a row, in the text and the key points', () => {
    const text = document.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Harbour Gate handled 41,250 boardings');
    expect(text).toContain('at 212.4 boardings per 1,000 people');
    expect(text).toContain('Per resident, Harbour Gate also led: 212.4 boardings');
    expect(text).toContain('Airport Road, saw 2,950 boardings a day');
  });
});
