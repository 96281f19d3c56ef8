/**
 * Recognisers for the lines of wire copy that are not story text: bylines, the agency credits
 * and notices that follow the story, and typographic separators. Agencies vary the wording, so
 * each pattern names the stable part ("Reporting by", "contributed to this report") rather
 * than a whole sentence.
 */

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** "By Jim Michaels and Jane Onyanga-Omara", "By VLADIMIR ISACHENKOV, Associated Press". */
export function isByline(text: string): boolean {
  return /^(?:By|BY):?\s+\p{Lu}/u.test(text) && words(text) <= 16 && !/\p{Ll}{3,}[.!?]["”’]?$/u.test(text);
}

/** An agency named on a line of its own next to the byline. */
export function isAgencyLine(text: string): boolean {
  return /^(?:the\s+)?(?:associated press|reuters|thomson reuters|afp|agence france-presse|dpa|deutsche presse-agentur|usa today|bloomberg(?: news)?|xinhua|ap|upi|efe|ansa|kyodo(?: news)?|tass|al jazeera)\.?$/i.test(
    text,
  );
}

/** "Published 9:40 a.m. ET March 14, 2016", "Mon Mar 14, 2016 8:05am EDT": page furniture, not story. */
export function isTimestamp(text: string): boolean {
  if (/^(?:published|updated|posted|first published|last updated)\b/i.test(text) && words(text) <= 20) return true;
  const rest = text
    .replace(/\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)[a-z]*\.?/gi, '')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(/\b(?:\d{1,4}(?::\d\d)*\s*(?:[ap]\.?m\.?)?|gmt|utc|[ecmp][sd]?t|bst|cet|msk)\b/gi, '')
    .replace(/[\s,.:/|–—-]/g, '');
  return rest === '' && /\d/.test(text) && words(text) <= 10;
}

const TRAILERS = [
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|research|graphics?)\s+by\b/i,
  /^contributing\s*:/i,
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b/i,
  /^follow\s+.{1,80}\s+(?:on|at)\s+(?:twitter|x|facebook|instagram|threads|bluesky|https?:|@)/i,
  /^-*\s*with assistance (?:from|by)\b/i,
  /^to contact the (?:reporters?|editors?)\b/i,
];
const CONTRIBUTED = /\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b/i;

/** Credits that close a story: "AFP contributed to this report.", "(Reporting by …; Editing by …)". */
export function isTrailer(text: string): boolean {
  if (words(text) > 60) return false;
  return TRAILERS.some((pattern) => pattern.test(text)) || (CONTRIBUTED.test(text) && words(text) <= 40);
}

/** A hard-wrapped story may run its closing "(Reporting by" straight on from the last sentence. */
export function startsTrailer(line: string): boolean {
  return /^\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i.test(line);
}

/** Web page furniture pasted along with the story: "Advertisement", "Story continues below". */
export function isPageFurniture(text: string): boolean {
  return /^(?:advertisement|skip advertisement|story continues below(?: advertisement)?|continue reading the main story)$/i.test(
    text,
  );
}

/** "___", "* * *", "-30-", "(END)", "(MORE)", and AFP desk codes such as "dm/kir". */
export function isSeparator(text: string): boolean {
  return (
    /^[-_=*#~.·•–—\s]{3,}$/.test(text) ||
    /^(?:-\s*30\s*-|#\s*#\s*#|\(?(?:end|ends|more)\)?|\(\s*\w+\s*\/\s*\w+\s*\))$/i.test(text) ||
    /^[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5}(?:-[a-z]{2,5})?)+$/.test(text)
  );
}

/** The credit line: byline first, then the trailers, each closed with a full stop. */
export function creditLine(parts: string[]): string {
  return parts
    .map((part) =>
      part
        .trim()
        .replace(/^\((.*)\)$/s, '$1')
        .replace(/^[-—–\s]+/, '')
        .trim(),
    )
    .filter(Boolean)
    .map((part) => (/[.!?]["”’)]?$/.test(part) ? part : `${part}.`))
    .join(' ');
}
