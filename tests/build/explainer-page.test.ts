import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fold, readPage } from './html.ts';

const dist = inject('siteDist');
const repo = join(import.meta.dirname, '../..');
/** The story's own front matter: what the page must show, whatever an editor changes. */
const front = parseYaml(
  readFileSync(join(repo, 'src/content/explainers/russia-syria-withdrawal.mdx'), 'utf8').split(/^---$/m)[1],
) as {
  title: string;
  dek: string;
  dateline: string;
  publishedAt: string;
  credit: string;
  keyPoints: string[];
  creditSources: string[];
};
const page = () => readPage(dist, 'explainers/russia-syria-withdrawal/index.html');

/** The wire copy as received, split as the wire splits it; the credit trailer is not story. */
const wireParagraphs = readFileSync(join(import.meta.dirname, '../fixtures/story/wire-story.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map(fold)
  .filter((p) => p && p !== 'AFP contributed to this report.');

describe('the Russia–Syria explainer', () => {
  it('has every paragraph of the wire story, in order, numbered from the lede', () => {
    const { document } = page();
    const story = [...document.querySelectorAll('.story > p[id^="p-"]')];
    expect(story.map((p) => p.id)).toEqual(wireParagraphs.map((_, i) => `p-${i + 1}`));
    wireParagraphs.forEach((wire, i) => {
      if (wire.startsWith(', ollowing')) {
        // Repaired as an editor would; the rest of the paragraph is word for word.
        expect(fold(story[i].textContent!)).toBe(
          fold(wire.replace(', ollowing', 'Following').replace('country. "The', 'country, "The')),
        );
      } else {
        expect(fold(story[i].textContent!)).toBe(wire);
      }
    });
  });

  it("says in an editor's note that paragraph 5 was repaired", () => {
    const note = [...page().document.querySelectorAll('.editors-notes li')].find((li) =>
      li.querySelector('a[href="#p-5"]'),
    )!;
    expect(note.textContent).toContain('garbled in the wire copy');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('#p-5');
  });

  it('has the headline, dek, key points, dateline, date and the linked credit, as the front matter gives them', () => {
    const { document } = page();
    expect(document.querySelector('h1')!.textContent).toBe(front.title);
    expect(fold(document.querySelector('.dek')!.textContent!)).toBe(fold(front.dek));
    expect(document.querySelectorAll('.key-points li')).toHaveLength(front.keyPoints.length);
    expect(document.querySelector('.dateline')!.textContent).toBe(front.dateline);
    expect(document.querySelector('.story-meta time')!.getAttribute('datetime')).toBe(front.publishedAt);
    const credit = document.querySelector('.credit')!;
    expect(fold(credit.textContent!)).toContain(fold(front.credit));
    // Each place the story ran is linked from the credit, at the registry's address.
    const links = [...credit.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const registry = parseYaml(readFileSync(join(repo, 'src/content/sources.yaml'), 'utf8')) as {
      id: string;
      url?: string;
    }[];
    for (const id of front.creditSources) {
      const url = registry.find((s) => s.id === id)?.url;
      if (url) expect(links).toContain(url);
    }
  });

  it('has the three kinds of figure', () => {
    const { document } = page();
    expect(document.querySelectorAll('figure[data-figure="chart"]').length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll('figure[data-figure="timeline"]')).toHaveLength(1);
    expect(document.querySelectorAll('figure[data-figure="positions"]')).toHaveLength(1);
  });

  it('ships no script but its JSON-LD', () => {
    const scripts = [...page().document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
  });

  it('key-point numbers are the very numbers in the data', () => {
    const facts = [...page().document.querySelectorAll('.key-points [data-fact]')];
    expect(facts.length).toBeGreaterThan(0);
    const rows = new Map(
      readdirSync(join(dist, 'data'))
        .filter((name) => name.endsWith('.csv'))
        .flatMap((name) => {
          const [header, ...body] = parse(readFileSync(join(dist, 'data', name), 'utf8')) as string[][];
          return body.map((row) => [row[0], Object.fromEntries(header.map((h, i) => [h, row[i]]))] as const);
        }),
    );
    for (const fact of facts) {
      const row = rows.get(fact.getAttribute('data-fact')!)!;
      expect(row, fact.getAttribute('data-fact')!).toBeDefined();
      expect(fact.textContent!.replace(/[^\d.]/g, '')).toBe(row.value);
      expect(fact.textContent!.startsWith(row.qualifier)).toBe(true);
    }
  });

  it('generates the Sources section from what the page cites, each source linked once', () => {
    const { document } = page();
    const items = [...document.querySelectorAll('.source-list li')];
    expect(items.length).toBeGreaterThan(10);
    const ids = items.map((li) => li.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of document.querySelectorAll('a.fact')) {
      expect(ids).toContain(link.getAttribute('href')!.slice(1));
    }
    expect(document.body.innerHTML).not.toMatch(/staging|translate\.google|acquiaprod/);
  });

  it('every #p-N link on the page points at a paragraph that exists', () => {
    const { document } = page();
    const anchors = [...document.querySelectorAll('a[href^="#p-"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(anchors.length).toBeGreaterThan(10);
    for (const id of anchors) expect(document.getElementById(id)?.tagName).toBe('P');
  });
});

describe('the home page', () => {
  it('lists the explainer with its title, dek and date', () => {
    const { document } = readPage(dist, 'index.html');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    const item = document.querySelector('.explainer-list li')!;
    expect(item.querySelector('a')!.getAttribute('href')).toBe('/explainers/russia-syria-withdrawal/');
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe('2016-03-14');
  });
});
