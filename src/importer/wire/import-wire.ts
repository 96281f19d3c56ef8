/**
 * The importer without the file system: wire copy and options in; the slug, the MDX draft, the
 * report for the terminal and the copy editor's warnings out. Throws WireError or DateError
 * with a one-line message for input it cannot use; never anything else.
 */
import { DateError, parseDate } from '../../dates/index.ts';
import { slugFrom, slugProblem } from '../drafts/slug.ts';
import { checkCopy } from './copy-check.ts';
import { collectDates, dateWarnings, formatDates } from './date-report.ts';
import { findDateline } from './dateline.ts';
import { parseWire } from './parse-wire.ts';
import type { WireStory } from './parse-wire.ts';
import { formatSuggestions, suggestEvents } from './timeline-suggestions.ts';
import { storyToMdx } from './to-mdx.ts';
import { WireError } from './wire-error.ts';

export interface ImportOptions {
  /** The input's name as the journalist typed it, for `file:line:` messages. */
  file: string;
  slug?: string;
  /** The story's date, YYYY-MM-DD; relative dates resolve against it. */
  date?: string;
}

export interface ImportResult {
  slug: string;
  mdx: string;
  /** Date mentions and suggested timeline events. */
  report: string;
  /** `file:line: warning: …` and `file:line: note: …` lines. */
  warnings: string[];
}

export function checkStoryDate(date: string): string {
  const parsed = parseDate(date);
  if (parsed.precision !== 'day') throw new DateError(`"${date}" is not a day: give the story's date as YYYY-MM-DD`);
  return parsed.start;
}

function defaultSlug(story: WireStory): string {
  if (story.headline) return slugFrom(story.headline);
  const lede = story.paragraphs[0]!.text;
  return slugFrom(lede.slice(findDateline(lede)?.length ?? 0), 6);
}

export function importWire(text: string, options: ImportOptions): ImportResult {
  const date = options.date === undefined ? undefined : checkStoryDate(options.date);
  const story = parseWire(text);
  const slug = options.slug ?? defaultSlug(story);
  if (!slug) throw new WireError('cannot make a slug from the headline or lede: pass --slug <lowercase-kebab-slug>');
  const problem = slugProblem(slug);
  if (problem) throw new WireError(problem);
  const findings = collectDates(story.paragraphs, date);
  const queries = [...checkCopy(story.paragraphs), ...dateWarnings(findings)].map(({ line, message }) => ({
    line,
    text: `${options.file}:${line}: warning: ${message}`,
  }));
  const notes = story.setAside.map(({ line, text: what, why }) => ({
    line,
    text: `${options.file}:${line}: note: left out "${what}" (${why})`,
  }));
  const warnings = [...queries, ...notes].sort((a, b) => a.line - b.line).map((w) => w.text);
  const texts = story.paragraphs.map((p) => p.text);
  const report = formatDates(options.file, findings, date) + formatSuggestions(suggestEvents(texts, findings));
  return { slug, mdx: storyToMdx(story, date ?? ''), report, warnings };
}
