/**
 * What a copy editor would query in wire copy: a paragraph that starts mid-sentence, quotation
 * marks that do not pair up, and a doubled word. Warnings only: the text is imported as is.
 */
import { lineAt } from './paragraphs.ts';
import type { Paragraph } from './paragraphs.ts';

export interface CopyWarning {
  line: number;
  message: string;
}

const excerpt = (text: string): string => {
  const words = text.split(' ');
  return words.length > 5 ? `${words.slice(0, 5).join(' ')}…` : text;
};

// A paragraph may open with a quotation mark, a bracket, an AP list dash, an ellipsis
// continuing a quote, or a currency sign; any other punctuation suggests a broken paragraph.
const FINE_START = /^(?:["“‘'([—–…$£€¥]|\.\.\.)/u;

function badStart(p: Paragraph): string | null {
  const first = [...p.text][0] ?? '';
  if (/[\p{P}\p{S}]/u.test(first) && !FINE_START.test(p.text)) {
    return `paragraph starts with "${first}": "${excerpt(p.text)}"`;
  }
  // "eBay", "iPhone": a lower-case start followed by a capital is a name, not a fragment.
  if (/^\p{Ll}/u.test(p.text) && !/^\p{Ll}+\p{Lu}/u.test(p.text)) {
    return `paragraph starts with a lower-case letter: "${excerpt(p.text)}"`;
  }
  return null;
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * A quotation running over several paragraphs is left open at the end of each one and reopened
 * at the start of the next (AP and Reuters style), so an open quote followed by a paragraph
 * that starts with a quotation mark is not queried.
 */
function badQuotes(p: Paragraph, next: Paragraph | undefined): string | null {
  const straight = count(p.text, '"');
  const open = count(p.text, '“');
  const close = count(p.text, '”');
  const continues = next !== undefined && /^["“]/.test(next.text);
  if (straight % 2 === 1 && !(continues && straight > 0)) {
    return `unbalanced quotation marks: ${straight} straight double quote${straight === 1 ? '' : 's'} in "${excerpt(p.text)}"`;
  }
  if (open !== close && !(continues && open === close + 1)) {
    return `unbalanced quotation marks: ${open} “ but ${close} ” in "${excerpt(p.text)}"`;
  }
  return null;
}

// "had had" and "that that" are usually meant.
const MEANT = new Set(['had', 'that']);
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’-]*)\s+\1(?![\p{L}\p{N}'’-])/giu;

export function checkCopy(paragraphs: Paragraph[]): CopyWarning[] {
  const warnings: CopyWarning[] = [];
  paragraphs.forEach((p, i) => {
    const start = badStart(p);
    if (start) warnings.push({ line: p.line, message: start });
    const quotes = badQuotes(p, paragraphs[i + 1]);
    if (quotes) warnings.push({ line: p.line, message: quotes });
    for (const m of p.text.matchAll(DOUBLED)) {
      if (MEANT.has(m[1]!.toLowerCase())) continue;
      warnings.push({ line: lineAt(p, m.index), message: `doubled word: "${m[0]}"` });
    }
  });
  return warnings;
}
