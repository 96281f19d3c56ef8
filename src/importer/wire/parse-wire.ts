/**
 * Wire copy in, story parts out: headline, byline, dateline, the story's paragraphs with their
 * input lines, and the credits that followed it. Pure: a string in, an object out.
 */
import { isAgencyLine, isByline, isPageFurniture, isSeparator, isTimestamp, isTrailer } from './credits.ts';
import { findDateline, isDatelineOnly } from './dateline.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { Paragraph } from './paragraphs.ts';
import { WireError } from './wire-error.ts';

export interface WireStory {
  headline: string;
  byline: string;
  /** The place, e.g. "MOSCOW" or "MOSCOW/GENEVA"; the lede keeps it as written too. */
  dateline: string;
  paragraphs: Paragraph[];
  /** Credits after the story: "AFP contributed to this report.", "(Reporting by …)". */
  trailers: string[];
  /** Lines left out of the story that a journalist may want to know about. */
  setAside: { line: number; text: string; why: string }[];
}

// A lede sits within the first few paragraphs: after a headline, a byline and perhaps a timestamp.
const PREAMBLE = 5;

function looksLikeHeadline(p: Paragraph): boolean {
  const words = p.text.split(' ').length;
  return (
    p.breaks.length === 0 &&
    words >= 2 &&
    words <= 25 &&
    p.text.length <= 200 &&
    !/[.,;:]["”’)]?$/.test(p.text) &&
    !/^[\p{Ll}\p{P}]/u.test(p.text.replace(/^["“‘']/, ''))
  );
}

/** Some feeds put the dateline on a line of its own; it belongs to the lede that follows. */
function joinLoneDatelines(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (next && i < PREAMBLE && isDatelineOnly(p.text)) {
      const offset = p.text.length + 1;
      out.push({
        text: `${p.text} ${next.text}`,
        line: p.line,
        breaks: [offset, ...next.breaks.map((b) => b + offset)],
      });
      i++;
    } else out.push(p);
  }
  return out;
}

export function parseWire(text: string): WireStory {
  const furniture = splitParagraphs(text).filter((p) => isPageFurniture(p.text));
  const all = joinLoneDatelines(splitParagraphs(text).filter((p) => !isSeparator(p.text) && !isPageFurniture(p.text)));
  if (all.length === 0 && furniture.length === 0)
    throw new WireError('the file has no text: it is empty or only whitespace');
  let end = all.length;
  while (end > 0 && isTrailer(all[end - 1]!.text)) end--;
  const body = all.slice(0, end);
  const story: WireStory = {
    headline: '',
    byline: '',
    dateline: '',
    paragraphs: [],
    trailers: all.slice(end).map((p) => p.text),
    setAside: furniture.map((p) => ({ line: p.line, text: p.text, why: 'web page furniture, not story text' })),
  };
  const ledeAt = body.slice(0, PREAMBLE).findIndex((p) => findDateline(p.text) !== null);
  const bylines: string[] = [];
  let i = 0;
  // Whatever the preamble holds, the last paragraph is story: a one-line story is not a headline.
  for (; i < body.length - 1 && i < (ledeAt >= 0 ? ledeAt : PREAMBLE); i++) {
    const p = body[i]!;
    if (isByline(p.text) || (bylines.length > 0 && isAgencyLine(p.text))) bylines.push(p.text);
    else if (isTimestamp(p.text))
      story.setAside.push({ line: p.line, text: p.text, why: 'a timestamp, not story text' });
    else if (!story.headline && bylines.length === 0 && looksLikeHeadline(p)) story.headline = p.text;
    else if (ledeAt >= 0) story.paragraphs.push(p);
    else break;
  }
  story.paragraphs.push(...body.slice(i));
  if (story.paragraphs.length === 0 || story.paragraphs.every((p) => isByline(p.text))) {
    throw new WireError('the file has no story paragraphs: only a headline, byline or credits');
  }
  story.byline = bylines.join(', ');
  story.dateline = ledeAt >= 0 ? findDateline(body[ledeAt]!.text)!.place : '';
  return story;
}
