import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSite, removeSite, type BuildResult } from './site-builder.ts';
import { crawl } from './link-crawl.ts';
import { readPage } from './html.ts';

const origin = 'https://news.example.org';
const base = '/world/explainers/';
let build: BuildResult;

beforeAll(() => {
  build = buildSite(makeSite(), { SITE: origin, BASE: '/world/explainers' });
  if (build.status !== 0) throw new Error(build.stderr);
});
afterAll(() => removeSite(build.root));

const explainer = () => readPage(build.dist, 'explainers/russia-syria-withdrawal/index.html');

describe('a build deployed under a sub-path', () => {
  it('has no broken internal link or anchor and loads nothing from another host', () => {
    const report = crawl(build.dist, base, origin);
    console.log(
      `crawl: ${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken, ${report.external.length} external resources`,
    );
    expect(report.broken).toEqual([]);
    expect(report.external).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(8);
  });

  it('gives the explainer a canonical URL, Open Graph and Twitter tags, a 1200×630 card and a NewsArticle', () => {
    const { document } = explainer();
    const url = `${origin}${base}explainers/russia-syria-withdrawal/`;
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
    expect(document.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(url);
    const image = document.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(image).toBe(`${origin}${base}cards/russia-syria-withdrawal.png`);
    expect(document.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
    const png = readFileSync(join(build.dist, 'cards/russia-syria-withdrawal.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: expect.any(String),
      datePublished: '2016-03-14',
      dateModified: '2016-03-14',
      publisher: { name: expect.any(String) },
    });
  });

  it('has a CSP that forbids inline scripts, with wasm allowed on the search page only', () => {
    const csp = (path: string) =>
      readPage(build.dist, path)
        .document.querySelector('meta[http-equiv="content-security-policy"]')!
        .getAttribute('content')!;
    const story = csp('explainers/russia-syria-withdrawal/index.html');
    expect(story).toMatch(/script-src [^;]*'self'/);
    expect(story).not.toContain("'unsafe-inline'");
    expect(story).not.toContain('wasm-unsafe-eval');
    expect(csp('search/index.html')).toContain("'wasm-unsafe-eval'");
  });

  it('writes feeds, sitemap, robots.txt, 404 and the search index with absolute URLs', () => {
    const rss = readFileSync(join(build.dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<link>${origin}${base}explainers/russia-syria-withdrawal/</link>`);
    expect(readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8')).toContain(
      `${origin}${base}explainers/russia-syria-withdrawal/`,
    );
    expect(readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
    expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${origin}${base}sitemap-index.xml`,
    );
    expect(existsSync(join(build.dist, '404.html'))).toBe(true);
    expect(existsSync(join(build.dist, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('links an embed page for each figure, a whole page that links back to the explainer', () => {
    const { document } = explainer();
    const figures = [...document.querySelectorAll('figure[data-figure]')];
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const figure of figures) {
      const href = `${base}embed/russia-syria-withdrawal/${figure.id}/`;
      expect(figure.querySelector(`a[href="${href}"]`), figure.id).not.toBeNull();
      const embed = readPage(build.dist, `embed/russia-syria-withdrawal/${figure.id}/index.html`).document;
      expect(embed.querySelector('main h1')).not.toBeNull();
      expect(embed.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(embed.querySelector(`a[href="${base}explainers/russia-syria-withdrawal/"]`)).not.toBeNull();
      for (const a of embed.querySelectorAll('a[href*="#p-"]'))
        expect(a.getAttribute('href')).toMatch(new RegExp(`^${base}explainers/russia-syria-withdrawal/#p-\\d+$`));
      const inline = [...embed.querySelectorAll('script:not([type="application/ld+json"])')].map(
        (s) => s.textContent!.length,
      );
      expect(inline.every((n) => n <= 1024)).toBe(true);
    }
  });

  it('marks external links noopener noreferrer', () => {
    const external = [...explainer().document.querySelectorAll('a[href^="http"]')];
    expect(external.length).toBeGreaterThan(5);
    for (const a of external) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
