/**
 * Sentence and quotation boundaries in a paragraph, for the suggested timeline events: an event
 * quotes the sentence that dates it, and a short exact quote the build can find again.
 */
import { foldForQuote } from '../../provenance/citations.ts';

// A full stop after these does not end a sentence in wire copy ("Feb. 27", "Gen. Shoigu", "U.S.").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'brig',
  'cmdr',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
  'rev',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'no',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'etc',
  'approx',
]);

const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu;

/** True if `upTo` ends inside a quotation: a quoted sentence belongs to the sentence that quotes it. */
function insideQuote(upTo: string): boolean {
  const straight = upTo.split('"').length - 1;
  return straight % 2 === 1 || upTo.split('“').length > upTo.split('”').length;
}

/** [start, end) of each sentence; the text between them is whitespace. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const word = /(\S+)$/.exec(text.slice(start, m.index))?.[1]?.replace(/^\W+/, '').toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    if (insideQuote(text.slice(start, m.index + m[0].trimEnd().length))) continue;
    const end = m.index + m[0].trimEnd().length;
    spans.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

export function sentenceAt(text: string, offset: number): [number, number] {
  return sentenceSpans(text).find(([, end]) => offset < end) ?? [0, text.length];
}

const EDGE_START = /^[\s,;:"“”‘’'(—–-]+/u;
const EDGE_END = /[\s,;:"“”‘’'(.!?—–-]+$/u;

/**
 * The fewest words around [from, to) within its sentence, at least `minWords` of them, that
 * occur in no other paragraph, trimmed of edge punctuation so the quote reads as words. Past
 * `maxWords` it stops growing: a story that repeats a whole sentence needs a human to choose.
 */
export function quoteAround(
  paragraphs: string[],
  which: number,
  from: number,
  to: number,
  minWords = 6,
  maxWords = 25,
): string {
  const text = paragraphs[which]!;
  const [sStart, sEnd] = sentenceAt(text, from);
  let a = from;
  let b = to;
  const grow = (side: 'left' | 'right'): boolean => {
    if (side === 'left' && a > sStart) a = Math.max(sStart, text.lastIndexOf(' ', a - 2) + 1);
    else if (side === 'right' && b < sEnd) b = (text.indexOf(' ', b + 1) + 1 || sEnd + 1) - 1;
    else return false;
    b = Math.min(b, sEnd);
    return true;
  };
  const trimmed = (): string => text.slice(a, b).replace(EDGE_START, '').replace(EDGE_END, '');
  // Unique as the build's citation matcher sees it: case, quote marks and dashes folded.
  const folded = paragraphs.map(foldForQuote);
  const unique = (q: string): boolean => folded.filter((p) => p.includes(foldForQuote(q))).length === 1;
  let side: 'left' | 'right' = 'left';
  for (;;) {
    const q = trimmed();
    const words = q.split(' ').length;
    if ((words >= minWords && unique(q)) || words >= maxWords) return q;
    if (!grow(side) && !grow(side === 'left' ? 'right' : 'left')) return q || text.slice(from, to);
    side = side === 'left' ? 'right' : 'left';
  }
}
