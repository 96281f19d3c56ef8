import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSite, readSiteFile, removeSite, writeFiles } from './site-builder.ts';

/**
 * Text from data files is text, wherever it lands: a build whose sources, timeline, positions
 * table, chart rows and front matter hold markup, quotes, ampersands and a right-to-left override
 * must print all of it as characters, never as an element or an attribute.
 */

/** Markup that would run or add an attribute if pasted into HTML unescaped, named by where it goes. */
const hostile = (where: string) =>
  `${where} <script>alert(1)</script> " onerror="alert(2)" ' & &amp; <img src=x onerror=alert(3)> \u202Eevil`;
const yaml = (text: string) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

const texts = {
  sourceTitle: hostile('Source title'),
  sourceOutlet: hostile('Source outlet'),
  eventTitle: hostile('Event title'),
  eventText: hostile('Event text'),
  positionSummary: hostile('Position summary'),
  rowNote: hostile('Row note'),
  rowSeries: hostile('Row series'),
  storyTitle: hostile('Story title'),
  storyDek: hostile('Story dek'),
};

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('hostile text in data renders as text', () => {
  let root: string;
  let dist: string;

  beforeAll(() => {
    root = makeSite({ fixture: 'minimal' });
    const read = (path: string) => readSiteFile(root, path);
    const sources = 'src/content/sources.yaml';
    const timeline = 'src/content/data/fixture-timeline.yaml';
    const positions = 'src/content/data/fixture-positions.yaml';
    const csv = 'src/content/data/fixture-deaths.csv';
    const story = 'src/content/explainers/fixture-story.mdx';
    writeFiles(root, {
      [sources]: read(sources)
        .replace('title: Fixture story', `title: ${yaml(texts.sourceTitle)}`)
        .replace('outlet: Fixture Paper', `outlet: ${yaml(texts.sourceOutlet)}`),
      [timeline]: read(timeline)
        .replace('title: The truce begins', `title: ${yaml(texts.eventTitle)}`)
        .replace('text: A partial cessation of hostilities comes into force.', `text: ${yaml(texts.eventText)}`),
      [positions]: read(positions).replace('summary: South rejects it.', `summary: ${yaml(texts.positionSummary)}`),
      [csv]: read(csv)
        .replace('The deadliest year', csvCell(texts.rowNote))
        .replace(/,SOHR,/g, `,${csvCell(texts.rowSeries)},`),
      [story]: read(story)
        .replace(/^title: .*$/m, `title: ${yaml(texts.storyTitle)}`)
        .replace(/^dek: .*$/m, `dek: ${yaml(texts.storyDek)}`)
        // A <Table> of the same rows, its title with markup in it: both print as text.
        .replace(
          'The talks resume next week.',
          '<Table id="rows" dataset="fixture-deaths" columns="series,value" title="Rows <script>alert(5)</script>" />\n\nThe talks resume next week.',
        ),
    });
    const result = buildSite(root, { SITE: 'https://example.org' });
    expect(result.status, result.stderr).toBe(0);
    dist = result.dist;
  });
  afterAll(() => removeSite(root));

  it('no file of the site carries the markup as markup', () => {
    // CSV files hold the text as written (a spreadsheet shows it as text); markup formats may not.
    for (const file of allFiles(dist).filter((path) => /\.(html|xml|json)$/.test(path))) {
      // Inside a double-quoted attribute value "<" is only a character (and `"` is escaped), so
      // meta descriptions may carry it as is; anywhere else it must be escaped.
      const text = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(text, relative(dist, file)).not.toMatch(/<script>alert|<img src=x/);
    }
  });

  it('no element gains an event-handler attribute and no script runs the text', () => {
    for (const file of allFiles(dist).filter((path) => path.endsWith('.html'))) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const element of document.querySelectorAll('*')) {
        const handlers = [...element.attributes].map((attribute) => attribute.name).filter((name) => /^on/i.test(name));
        expect(handlers, `${relative(dist, file)}: <${element.localName}>`).toEqual([]);
      }
      expect(document.querySelectorAll('img[src="x"]').length).toBe(0);
      for (const script of document.querySelectorAll('script')) {
        const code = script.textContent ?? '';
        // Structured data may hold the text, as JSON with every "<" escaped, so it cannot close the element.
        if (script.getAttribute('type') === 'application/ld+json')
          expect(code, relative(dist, file)).not.toContain('<');
        else expect(code, relative(dist, file)).not.toContain('alert(');
      }
    }
  });

  it('the story page shows every text exactly, as characters', () => {
    const html = readFileSync(join(dist, 'explainers/fixture-story/index.html'), 'utf8');
    const { document } = parseHTML(html);
    const shown = document.body.textContent ?? '';
    for (const [field, text] of Object.entries(texts)) {
      if (field === 'rowNote' || field === 'rowSeries') continue; // checked with the chart below
      expect(shown, field).toContain(text);
    }
    // Escaped in the markup itself, not merely parsed back.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document.title).toContain(texts.storyTitle);
  });

  it('chart rows: the series and note reach the page and the CSVs as text', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'explainers/fixture-story/index.html'), 'utf8'));
    const chart = document.querySelector('figure#deaths');
    expect(chart).not.toBeNull();
    expect(chart!.textContent).toContain(texts.rowSeries);
    for (const csv of ['data/fixture-deaths.csv', 'data/fixture-story/deaths.csv']) {
      const cells = (parseCsv(readFileSync(join(dist, csv), 'utf8')) as string[][]).flat();
      expect(cells, csv).toContain(texts.rowSeries);
    }
    const cells = (parseCsv(readFileSync(join(dist, 'data/fixture-deaths.csv'), 'utf8')) as string[][]).flat();
    expect(cells).toContain(texts.rowNote);
  });

  it('a <Table> of the rows shows the series and its own title as text, and its CSV holds them', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'explainers/fixture-story/index.html'), 'utf8'));
    const table = document.querySelector('figure#rows[data-figure="table"]')!;
    expect(table.querySelector('tbody')!.textContent).toContain(texts.rowSeries);
    expect(table.querySelector('.figure-title')!.textContent).toBe('Rows <script>alert(5)</script>');
    const cells = (parseCsv(readFileSync(join(dist, 'data/fixture-story/rows.csv'), 'utf8')) as string[][]).flat();
    expect(cells).toContain(texts.rowSeries);
  });

  it('structured data and feeds keep the text as data', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'explainers/fixture-story/index.html'), 'utf8'));
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.headline).toBe(texts.storyTitle);
    expect(jsonLd.description).toBe(texts.storyDek);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(texts.storyTitle);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('<script>');
    expect(parseHTML(rss.replace(/^<\?xml[^>]*>/, '')).document.querySelector('item title')?.textContent).toBe(
      texts.storyTitle,
    );
  });
});
