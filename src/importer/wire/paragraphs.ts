/**
 * Splits wire copy into paragraphs, each with the input line it starts on.
 *
 * Agencies and web pages separate paragraphs three ways: blank lines; one paragraph per line
 * (copied from a web page, often with a first-line indent); or hard-wrapped lines at ~70
 * columns where a new paragraph is marked by a blank line, an indent or a short last line. The
 * two line-based styles are told apart by how lines end: wrapped text breaks mid-sentence,
 * unwrapped text breaks after a full stop. Whitespace inside a paragraph is normalised (web
 * copy is full of non-breaking and doubled spaces) so quotes can be matched against it.
 */
import { isByline, startsTrailer } from './credits.ts';

export interface Paragraph {
  text: string;
  /** Input line of the first character, counted from 1. */
  line: number;
  /** Offsets in `text` where each later input line begins. */
  breaks: number[];
}

interface Line {
  content: string;
  indent: number;
  number: number;
}

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
// C0/C1 controls other than tab and form feed: wire feeds' SOH/STX/ETX framing, stray escapes.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const SPACE = /[\t\f\p{Zs}\u2028\u2029]+/gu;

function readLine(raw: string, number: number): Line {
  const clean = raw.replace(CONTROL, '').replace(INVISIBLE, '');
  const lead = /^[\t\f\p{Zs}]*/u.exec(clean)![0];
  const indent = [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
  return { content: clean.replace(SPACE, ' ').trim(), indent, number };
}

function endsMidSentence(line: string, next: string): boolean {
  return !/[.!?:;"”’')\]…]$/.test(line) || /^\p{Ll}/u.test(next);
}

/**
 * Wrapped if most line breaks inside a block fall mid-sentence and lines run to a typical wire
 * width; a few short lines (a headline over a byline) say nothing either way.
 */
function isHardWrapped(blocks: Line[][], width: number): boolean {
  let pairs = 0;
  let mid = 0;
  for (const block of blocks) {
    for (let i = 1; i < block.length; i++) {
      pairs++;
      if (endsMidSentence(block[i - 1]!.content, block[i]!.content)) mid++;
    }
  }
  return width >= 50 && mid * 2 > pairs;
}

function wrapWidth(blocks: Line[][]): number {
  const lengths = blocks
    .flat()
    .map((l) => l.content.length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

function splitBlock(block: Line[], wrapped: boolean, width: number): Line[][] {
  if (!wrapped) return block.map((line) => [line]);
  const base = Math.min(...block.map((l) => l.indent));
  const out: Line[][] = [];
  block.forEach((line, i) => {
    const previous = block[i - 1];
    const starts =
      !previous ||
      line.indent > base ||
      previous.content.length < width * 0.6 ||
      startsTrailer(line.content) ||
      isByline(line.content);
    if (starts) out.push([line]);
    else out[out.length - 1]!.push(line);
  });
  return out;
}

function join(lines: Line[]): Paragraph {
  let text = '';
  const breaks: number[] = [];
  for (const line of lines) {
    if (text) {
      text += ' ';
      breaks.push(text.length);
    }
    text += line.content;
  }
  return { text, line: lines[0]!.number, breaks };
}

export function splitParagraphs(input: string): Paragraph[] {
  const lines = input
    .toWellFormed()
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => readLine(raw, i + 1));
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.content) blocks[blocks.length - 1]!.push(line);
    else if (blocks[blocks.length - 1]!.length) blocks.push([]);
  }
  const filled = blocks.filter((b) => b.length);
  const width = wrapWidth(filled);
  const wrapped = isHardWrapped(filled, width);
  return filled.flatMap((block) => splitBlock(block, wrapped, width)).map(join);
}

/** The input line holding `offset` of a paragraph's text. */
export function lineAt(p: Paragraph, offset: number): number {
  return p.line + p.breaks.filter((b) => b <= offset).length;
}
