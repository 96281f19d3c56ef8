import { distance } from 'fastest-levenshtein';
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
  if (hits.length === 0) {
    const near = nearestWords(needle, paragraphs);
    const hint = near ? `; the nearest words are "${near.words}" (paragraph ${near.paragraph})` : '';
    return { ok: false, reason: `"${quote}" is not in the story: quote its words exactly${hint}` };
  }
  return {
    ok: false,
    reason: `"${quote}" is in paragraphs ${hits.map((h) => h.n).join(' and ')}: quote more words so it points to one`,
  };
}

/**
 * The run of the story's words most like a quote that is not in it, as written in the story
 * (a changed word, a dropped comma), when it is close enough to be the same passage misquoted.
 */
function nearestWords(
  needle: string,
  paragraphs: readonly StoryParagraph[],
): { words: string; paragraph: number } | undefined {
  const length = needle.split(' ').length;
  let best: { words: string; paragraph: number; cost: number } | undefined;
  for (const p of paragraphs) {
    const words = p.text.split(/\s+/).filter(Boolean);
    // Windows of the quote's length, a word shorter and a word longer: a word added or dropped.
    for (const size of [length - 1, length, length + 1]) {
      if (size < 1) continue;
      for (let i = 0; i + size <= words.length; i++) {
        const run = words.slice(i, i + size).join(' ');
        const cost = distance(needle, foldForQuote(run));
        if (!best || cost < best.cost) best = { words: run, paragraph: p.n, cost };
      }
    }
  }
  // Close enough to be a misquote: at most a third of the quote changed.
  return best && best.cost <= Math.max(2, needle.length / 3)
    ? { words: best.words.replace(/^[^\p{L}\p{N}"'“‘]+|[,;:.!?]+$/gu, ''), paragraph: best.paragraph }
    : undefined;
}
