import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** A built page as a DOM, for assertions on what a reader gets. */
export function readPage(dist: string, path: string) {
  const html = readFileSync(join(dist, path), 'utf8');
  const { document } = parseHTML(html);
  return { html, document };
}

/** Text as a reader sees it: curly quotes, dashes and spacing folded. */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}
