import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSite, node24, removeSite, type BuildResult } from './site-builder.ts';

/**
 * A new story from `npm run new -- <slug>` is a draft: a DRAFTS=1 preview build shows it, marked
 * as a draft and closed to search engines, but lists it nowhere; a production build leaves out
 * every trace of it.
 */

const slug = 'embargoed-draft';

/**
 * An Arabic edition of the fixture story, a draft as an edition is until its figures speak
 * Arabic, with its words for the quotes of the data files it cites (src/content/data/<file>.ar.yaml).
 */
const arabicEdition = {
  'src/content/explainers/ar/fixture-story.mdx': `---
lang: ar
title: "قصة تجريبية"
dek: "أصغر قصة تستخدم كل الأشكال."
credit: "ترجمة عربية لتقرير المراسل التجريبي."
publishedAt: "2016-03-14"
updatedAt: "2016-03-14"
keyPoints:
  - "أحصى المرصد {{fixture-deaths-2014}} قتيلًا في أسوأ أعوامه."
  - "قال الرئيس إن معظم القوات سترحل."
  - "الأطراف منقسمة بشأن الهدنة."
draft: true
---

قال الرئيس يوم الاثنين إن معظم قواتنا ستبدأ المغادرة غدًا.

وأحصى المرصد <Fact id="fixture-deaths-2013" /> قتيلًا في 2013، والشمال يؤيد الهدنة بينما لا يؤيدها الجنوب.

<Chart id="deaths" dataset="fixture-deaths" type="column" x="date" y="value" annotate="max: الذروة" />

<Timeline id="timeline" events="fixture-timeline" />

<PositionsTable id="positions" positions="fixture-positions" />

تُستأنف المحادثات الأسبوع المقبل.
`,
  'src/content/data/fixture-positions.ar.yaml': `quotes:
  - en: the North backs the truce
    ar: والشمال يؤيد الهدنة
`,
  'src/content/data/fixture-timeline.ar.yaml': `quotes:
  - en: most of our forces will begin to leave tomorrow
    ar: معظم قواتنا ستبدأ المغادرة غدًا
`,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('drafts', () => {
  let root: string;
  let preview: BuildResult;
  let production: BuildResult;
  let created: string;

  beforeAll(() => {
    root = makeSite({ fixture: 'minimal', content: arabicEdition });
    // What `npm run new -- <slug>` runs, writing into this copy's explainers folder.
    const made = spawnSync(node24, ['src/cli/new.ts', slug], {
      cwd: root,
      env: { ...process.env, EXPLAINERS_DIR: join(root, 'src/content/explainers') },
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    created = readFileSync(join(root, 'src/content/explainers', `${slug}.mdx`), 'utf8');
    preview = buildSite(root, { DRAFTS: '1', SITE: 'https://example.org', ASTRO_OUT_DIR: 'dist-preview' });
    production = buildSite(root, { SITE: 'https://example.org' });
  });
  afterAll(() => removeSite(root));

  it('npm run new writes a draft', () => {
    expect(created).toMatch(/^draft: true$/m);
  });

  it('a DRAFTS=1 build shows the draft with a visible banner and noindex', () => {
    expect(preview.status, preview.stderr).toBe(0);
    const page = join(preview.dist, 'explainers', slug, 'index.html');
    expect(existsSync(page)).toBe(true);
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    const banner = document.querySelector('.draft-banner');
    expect(banner?.textContent).toMatch(/\bDraft\b/);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    // Not in the search index either: only published pages carry data-pagefind-body.
    expect(document.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('…but lists it nowhere: not on the home page, in the feed or in the sitemap', () => {
    const home = readFileSync(join(preview.dist, 'index.html'), 'utf8');
    expect(home).toContain('/explainers/fixture-story/');
    expect(home).not.toContain(`/explainers/${slug}/`);
    for (const listing of ['rss.xml', 'sitemap-0.xml']) {
      const text = readFileSync(join(preview.dist, listing), 'utf8');
      expect(text, listing).toContain('/explainers/fixture-story/');
      expect(text, listing).not.toContain(slug);
    }
  });

  it('an edition is served at /<lang>/explainers/<slug>/, right to left, linked both ways with its original', () => {
    const read = (path: string) => parseHTML(readFileSync(join(preview.dist, path), 'utf8')).document;
    const arabic = read('ar/explainers/fixture-story/index.html');
    const english = read('explainers/fixture-story/index.html');
    expect(arabic.documentElement.getAttribute('lang')).toBe('ar');
    expect(arabic.documentElement.getAttribute('dir')).toBe('rtl');
    expect(english.documentElement.hasAttribute('dir')).toBe(false);
    for (const document of [arabic, english]) {
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
      );
      expect(alternates).toEqual([
        'en https://example.org/explainers/fixture-story/',
        'ar https://example.org/ar/explainers/fixture-story/',
      ]);
    }
    expect(english.querySelector('a[hreflang="ar"]')?.getAttribute('href')).toBe('/ar/explainers/fixture-story/');
    expect(english.querySelector('a[hreflang="ar"]')?.textContent).toBe('اقرأ هذا المقال بالعربية');
    expect(arabic.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/explainers/fixture-story/');
    // The page's own words come from the Arabic catalog; the quotes link the Arabic paragraphs.
    expect(arabic.querySelector('#key-points-title')?.textContent).toBe('أبرز النقاط');
    expect(arabic.querySelector('.story-meta time')?.textContent).toBe('14 مارس 2016');
    expect(arabic.querySelector('#positions a[href="#p-2"]')).not.toBeNull();
    // Each edition draws its own chart, though both have the same slug and figure id.
    expect(arabic.querySelector('#deaths svg')?.textContent).toContain('الذروة');
    expect(english.querySelector('#deaths svg')?.textContent).not.toContain('الذروة');
  });

  it('a production build has no trace of the draft', () => {
    expect(production.status, production.stderr).toBe(0);
    const files = filesUnder(production.dist);
    expect(files).toContain('explainers/fixture-story/index.html');
    expect(files.filter((path) => path.includes(slug))).toEqual([]);
    for (const path of files.filter((file) => /\.(html|xml|json|csv|txt)$/.test(file))) {
      expect(readFileSync(join(production.dist, path), 'utf8'), path).not.toContain(slug);
      // Nor of the draft edition: no page, no link to it.
      expect(readFileSync(join(production.dist, path), 'utf8'), path).not.toContain('/ar/explainers/');
    }
    expect(files.filter((path) => path.startsWith('ar/'))).toEqual([]);
  });
});
