import { ContentError } from './content-error.ts';
import { compareDates, firstDay, formatDate, isoDatetime, parseDate, type StoryDate } from './dates.ts';
import type { TimelineEvent } from './datasets.ts';
import type { SourceEntry } from '../schemas/source.ts';

/**
 * A timeline file as the reader sees it on the story's date: events in date order, each
 * marked happened or scheduled "as of" publishedAt, and events known only from sources
 * published later moved out of the main list into an update, so the story never seems
 * to have known what it could not have known.
 */

export type EventStatus = 'happened' | 'scheduled';

/** A story paragraph that holds the quoted evidence. */
export interface Citation {
  href: string;
  paragraph: number;
}

/** A date for `<time datetime>` (ISO at its precision) and for readers ("about 24 March 2016"). */
export interface DateView {
  datetime: string;
  words: string;
}

export interface TimelineItem {
  event: TimelineEvent;
  /** Undefined for a scheduled event whose date is not set yet. */
  date?: DateView;
  status: EventStatus;
  source?: SourceEntry;
  /** When the source was published: the update says when each later report came out. */
  reported?: DateView;
  citation?: Citation;
}

export interface TimelineModel {
  /** What the story knew, in date order. */
  events: TimelineItem[];
  /** Reported after publication: shown apart, never in the main list. */
  updates: TimelineItem[];
  /** Every source cited, in the order a reader meets them. */
  sources: SourceEntry[];
}

export interface TimelineInput {
  events: readonly TimelineEvent[];
  /** YYYY-MM-DD, the story's "as of". */
  publishedAt: string;
  sources: ReadonlyMap<string, SourceEntry>;
  /** Resolves a story quote to its paragraph; throws a ContentError when it is not there. */
  cite: (quote: string, line: number) => Citation;
  /** The events file, for messages. */
  file: string;
}

export function buildTimeline({ events, publishedAt, sources, cite, file }: TimelineInput): TimelineModel {
  const dated = events.map((event) => ({
    event,
    parsed: event.date === undefined ? undefined : parseDate(event.date),
  }));
  // Array#sort is stable, so undated events keep their file order after the dated ones.
  dated.sort((a, b) => (a.parsed && b.parsed ? compareDates(a.parsed, b.parsed) : a.parsed ? -1 : b.parsed ? 1 : 0));

  const items = dated.map(({ event, parsed }): TimelineItem => {
    const source = event.source === undefined ? undefined : sources.get(event.source);
    if (event.source !== undefined && !source)
      throw new ContentError(
        file,
        event.line,
        'source',
        `"${event.source}" is not in the sources registry (src/content/sources.yaml)`,
      );
    return {
      event,
      date: parsed && dateView(parsed),
      status: statusOn(parsed, publishedAt),
      source,
      reported: source && dateView(parseDate(source.published)),
      citation: event.quote === undefined ? undefined : cite(event.quote, event.quoteLine ?? event.line),
    };
  });
  const later = (item: TimelineItem) => item.source !== undefined && publishedAfter(item.source, publishedAt);
  const cited = items.flatMap((item) => (item.source ? [item.source] : []));
  return {
    events: items.filter((item) => !later(item)),
    updates: items.filter(later),
    sources: [...new Map(cited.map((s) => [s.id, s])).values()],
  };
}

/** Scheduled when it cannot have begun by the story's date, or has no date yet. */
export function statusOn(date: StoryDate | undefined, publishedAt: string): EventStatus {
  return date === undefined || firstDay(date) > publishedAt ? 'scheduled' : 'happened';
}

/**
 * Only a source known to be later moves an event to the update: one dated "2016-03" for a
 * story of 14 March may have been read before publication, and the journalist vouched for it.
 */
export function publishedAfter(source: SourceEntry, publishedAt: string): boolean {
  return firstDay(parseDate(source.published)) > publishedAt;
}

/** When the latest later report came out, so the update carries a date. */
export function latestReport(updates: readonly TimelineItem[]): DateView | undefined {
  const dates = updates.flatMap((item) => (item.source ? [parseDate(item.source.published)] : []));
  const latest = dates.sort(compareDates).at(-1);
  return latest && dateView(latest);
}

function dateView(date: StoryDate): DateView {
  return { datetime: isoDatetime(date), words: formatDate(date) };
}

/** One sentence a screen reader hears instead of walking the whole list first. */
export function timelineSummary(model: TimelineModel, publishedWords: string): string {
  const dated = model.events.filter((item) => item.date);
  const scheduled = model.events.filter((item) => item.status === 'scheduled').length;
  const span = dated.length > 1 ? ` from ${dated[0]!.date!.words} to ${dated.at(-1)!.date!.words}` : '';
  const parts = [
    `${count(model.events.length, 'event')}${span}.`,
    scheduled > 0
      ? `${count(scheduled, 'event')} ${scheduled === 1 ? 'was' : 'were'} still scheduled when this story was published on ${publishedWords}.`
      : '',
    model.updates.length > 0
      ? `${count(model.updates.length, 'later report')} ${model.updates.length === 1 ? 'follows' : 'follow'} as an update.`
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The `events` prop names a timelines entry; a typo stops the build at the tag's line. */
export function findTimeline<T>(
  entries: readonly { id: string; data: T }[],
  id: string,
  file: string,
  line: number,
): T {
  const entry = entries.find((e) => e.id === id);
  if (entry) return entry.data;
  const known = entries.map((e) => `"${e.id}"`).join(', ') || 'none yet (add src/content/data/<name>-timeline.yaml)';
  throw new ContentError(file, line, 'events', `"${id}" is not a timeline in src/content/data: use one of ${known}`);
}

export interface TableData {
  caption: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string>[];
}

/** The same events as a plain table, for readers who want to scan or copy them. */
export function timelineTable(model: TimelineModel, publishedWords: string): TableData {
  const row = (item: TimelineItem, status: string) => ({
    date: item.date?.words ?? 'Not set',
    title: item.event.title,
    category: categoryLabel(item.event.category),
    status,
    source: [item.source?.outlet, item.citation && `story, paragraph ${item.citation.paragraph}`]
      .filter(Boolean)
      .join('; '),
  });
  return {
    caption: `Events as of ${publishedWords}, with their sources`,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'title', label: 'Event' },
      { key: 'category', label: 'Category' },
      { key: 'status', label: 'Status' },
      { key: 'source', label: 'Source' },
    ],
    rows: [
      ...model.events.map((item) => row(item, item.status === 'scheduled' ? 'Scheduled' : 'Happened')),
      ...model.updates.map((item) =>
        row(item, `Reported after publication${item.reported ? `, ${item.reported.words}` : ''}`),
      ),
    ],
  };
}

export function categoryLabel(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
