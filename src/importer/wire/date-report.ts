/**
 * Every date the story mentions, resolved against the story date, for the terminal: what the
 * importer understood ("Tuesday" -> 2016-03-15) so the journalist can check it, plus queries
 * for dates that cannot be right.
 */
import { findDateMentions, type DateMention } from '../dates/mentions.ts';
import { lineAt } from './paragraphs.ts';
import type { Paragraph } from './paragraphs.ts';
import type { CopyWarning } from './copy-check.ts';

export interface DateFinding {
  mention: DateMention;
  /** Index into the story's paragraphs. */
  paragraph: number;
  line: number;
}

export function collectDates(paragraphs: Paragraph[], storyDate: string | undefined): DateFinding[] {
  return paragraphs.flatMap((p, paragraph) =>
    findDateMentions(p.text, storyDate).map((mention) => ({ mention, paragraph, line: lineAt(p, mention.index) })),
  );
}

/** A weekday that does not match its date, or a date that does not exist. */
export function dateWarnings(findings: DateFinding[]): CopyWarning[] {
  return findings
    .filter(({ mention }) => mention.reason && mention.reason !== 'no --date given')
    .map(({ mention, line }) => ({ line, message: mention.reason! }));
}

export function formatDates(file: string, findings: DateFinding[], storyDate: string | undefined): string {
  if (findings.length === 0) return 'No date mentions found.\n';
  const heading = storyDate
    ? `Dates, resolved against --date ${storyDate}:`
    : 'Dates (no --date given, so relative ones are unresolved):';
  const lines = findings.map(({ mention, line }) => {
    const resolved = mention.resolved ? mention.resolved.text : `? (${mention.reason})`;
    return `  ${file}:${line}: "${mention.text}" -> ${resolved}`;
  });
  const hint = storyDate
    ? []
    : ["Pass --date YYYY-MM-DD (the story's date) to resolve them and get suggested timeline events."];
  return `${[heading, ...lines, ...hint].join('\n')}\n`;
}
