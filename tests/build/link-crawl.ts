import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .map((name) => join(dir, name));
}

export interface CrawlReport {
  pages: number;
  links: number;
  broken: string[];
  external: string[];
}

/**
 * Follows every internal link and resource of every page of a build deployed under `base`,
 * as a static host would serve it: /base/x/ -> dist/x/index.html, and #id must exist there.
 */
export function crawl(dist: string, base: string, origin: string): CrawlReport {
  const report: CrawlReport = { pages: 0, links: 0, broken: [], external: [] };
  const cache = new Map<string, Document>();
  const load = (file: string) => {
    if (!cache.has(file)) cache.set(file, parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
    return cache.get(file)!;
  };
  const resolveFile = (pathname: string) => {
    if (!pathname.startsWith(base)) return undefined;
    const local = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (existsSync(local) && statSync(local).isFile()) return local;
    if (existsSync(join(local, 'index.html'))) return join(local, 'index.html');
    return undefined;
  };
  for (const file of htmlFiles(dist)) {
    report.pages++;
    const document = load(file);
    const here = new URL(`${base}${relative(dist, file).replace(/index\.html$/, '')}`, origin);
    const refs = [
      ...[...document.querySelectorAll('a[href]')].map((el) => ({ url: el.getAttribute('href')!, resource: false })),
      ...[...document.querySelectorAll('link[href]')]
        .filter((el) => el.getAttribute('rel') !== 'canonical' && el.getAttribute('rel') !== 'alternate')
        .map((el) => ({ url: el.getAttribute('href')!, resource: true })),
      ...[...document.querySelectorAll('[src]')].map((el) => ({ url: el.getAttribute('src')!, resource: true })),
    ];
    for (const { url, resource } of refs) {
      const target = new URL(url, here);
      if (target.origin !== origin) {
        if (resource) report.external.push(`${relative(dist, file)}: ${url}`);
        continue;
      }
      report.links++;
      const targetFile = resolveFile(target.pathname);
      if (!targetFile) {
        report.broken.push(`${relative(dist, file)}: ${url}`);
        continue;
      }
      if (
        target.hash &&
        targetFile.endsWith('.html') &&
        !load(targetFile).getElementById(decodeURIComponent(target.hash.slice(1)))
      ) {
        report.broken.push(`${relative(dist, file)}: ${url} (no such anchor)`);
      }
    }
  }
  return report;
}
