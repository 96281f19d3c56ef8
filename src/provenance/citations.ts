import type { StoryParagraph } from '../loaders/story-tree.ts';

/**
 * Quotes are matched after folding what typography changes between a data file and
 * the rendered page: curly quotes, dashes, ellipses and runs of white space.
 */
export function foldForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type QuoteMatch = { ok: true; paragraph: number } | { ok: false; reason: string };

/** Each story's paragraphs folded once, not once per quote: a page cites dozens of quotes. */
const foldedParagraphs = new WeakMap<readonly StoryParagraph[], string[]>();

/** Finds the one paragraph that holds the quoted words. */
export function findQuote(quote: string, paragraphs: readonly StoryParagraph[]): QuoteMatch {
  const needle = foldForQuote(quote);
  let folded = foldedParagraphs.get(paragraphs);
  if (!folded) foldedParagraphs.set(paragraphs, (folded = paragraphs.map((p) => foldForQuote(p.text))));
  const hits = paragraphs.filter((_, i) => folded[i].includes(needle));
  if (hits.length === 1) return { ok: true, paragraph: hits[0].n };
  if (hits.length === 0) return { ok: false, reason: `"${quote}" is not in the story: quote its words exactly` };
  return {
    ok: false,
    reason: `"${quote}" is in paragraphs ${hits.map((h) => h.n).join(' and ')}: quote more words so it points to one`,
  };
}
