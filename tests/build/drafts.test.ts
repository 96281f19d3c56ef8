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
    root = makeSite({ fixture: 'minimal' });
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

  it('a production build has no trace of the draft', () => {
    expect(production.status, production.stderr).toBe(0);
    const files = filesUnder(production.dist);
    expect(files).toContain('explainers/fixture-story/index.html');
    expect(files.filter((path) => path.includes(slug))).toEqual([]);
    for (const path of files.filter((file) => /\.(html|xml|json|csv|txt)$/.test(file))) {
      expect(readFileSync(join(production.dist, path), 'utf8'), path).not.toContain(slug);
    }
  });
});
