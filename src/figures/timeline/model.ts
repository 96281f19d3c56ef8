import { ContentError } from '../../problems/content-error.ts';
import {
  compareDates,
  firstDay,
  formatDate,
  isoDatetime,
  lastDay,
  parseDate,
  type StoryDate,
} from '../../dates/index.ts';
import { MONTH_NAMES, splitIso } from '../../dates/calendar.ts';
import type { TimelineEvent } from '../../loaders/data-files.ts';
import type { SourceEntry } from '../../schemas/source.ts';

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
  /** The date as parsed, for grouping and drawing; undefined when not set. */
  when?: StoryDate;
  status: EventStatus;
  /** Shown in full; the others are folded under their period (see keyEvents). */
  key: boolean;
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
  /** The events under their year (or month) headings, key events open, the rest folded. */
  periods: TimelinePeriod[];
  /** The update's events, folded the same way (the update has no period headings). */
  updateParts: PeriodPart[];
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
      when: parsed,
      status: statusOn(parsed, publishedAt),
      key: false,
      source,
      reported: source && dateView(parseDate(source.published)),
      citation: event.quote === undefined ? undefined : cite(event.quote, event.quoteLine ?? event.line),
    };
  });
  const later = (item: TimelineItem) => item.source !== undefined && publishedAfter(item.source, publishedAt);
  const cited = items.flatMap((item) => (item.source ? [item.source] : []));
  const main = items.filter((item) => !later(item));
  const updates = items.filter(later);
  const key = keyEvents(main, updates);
  const mark = (item: TimelineItem): TimelineItem => ({ ...item, key: key.has(item) });
  const shown = main.map(mark);
  const reported = updates.map(mark);
  return {
    events: shown,
    updates: reported,
    periods: timelinePeriods(shown),
    updateParts: periodParts(reported),
    sources: [...new Map(cited.map((s) => [s.id, s])).values()],
  };
}

/** A timeline this short is shown whole: folding it would hide more than it saves. */
export const SHORT_TIMELINE = 6;

/**
 * Which events are shown in full. The journalist's `key: true` marks, if there are any. If
 * not, a short timeline shows everything; a longer one shows where it starts and the latest
 * event that had happened by the story's date, and folds the rest (updates included).
 */
export function keyEvents(main: readonly TimelineItem[], updates: readonly TimelineItem[]): Set<TimelineItem> {
  const all = [...main, ...updates];
  if (all.some((item) => item.event.key === true)) return new Set(all.filter((item) => item.event.key === true));
  if (all.length <= SHORT_TIMELINE) return new Set(all);
  const latest = main.findLast((item) => item.status === 'happened');
  return new Set([main[0], latest].filter((item) => item !== undefined));
}

/** Consecutive events to show: one key event in full, or a run of the others folded together. */
export type PeriodPart = { kind: 'key'; item: TimelineItem } | { kind: 'folded'; items: TimelineItem[]; label: string };

/** A heading's worth of events: a year, a month of a crowded year, or the events with no date yet. */
export interface TimelinePeriod {
  /** Slug-safe, unique in the timeline: `2011`, `2016-02`, `undated`. */
  id: string;
  /** The heading: "2011", "February 2016", "Date not set". */
  label: string;
  /** For `<time datetime>`; undefined for undated events. */
  datetime?: string;
  items: TimelineItem[];
  parts: PeriodPart[];
}

/** A year with more events than this is split into months. */
export const CROWDED_YEAR = 6;

const UNDATED_LABEL = 'Date not set';

/**
 * Groups events (already in date order) under year headings, or month headings in a crowded
 * year; events with no date yet come last under their own heading. A month-precise event
 * always has a month; an event known only by its year stays under the year.
 */
export function timelinePeriods(items: readonly TimelineItem[]): TimelinePeriod[] {
  const perYear = new Map<string, number>();
  for (const item of items) {
    if (item.when) perYear.set(yearOf(item.when), (perYear.get(yearOf(item.when)) ?? 0) + 1);
  }
  const periods: TimelinePeriod[] = [];
  for (const item of items) {
    const id = periodId(item.when, perYear);
    const last = periods.at(-1);
    if (last?.id === id) last.items.push(item);
    else periods.push({ id, ...periodHeading(id), items: [item], parts: [] });
  }
  for (const period of periods) period.parts = periodParts(period.items, period.datetime?.slice(0, 4));
  return periods;
}

function yearOf(date: StoryDate): string {
  return firstDay(date).slice(0, 4);
}

function periodId(date: StoryDate | undefined, perYear: ReadonlyMap<string, number>): string {
  if (!date) return 'undated';
  const year = yearOf(date);
  const crowded = (perYear.get(year) ?? 0) > CROWDED_YEAR;
  return crowded && date.precision !== 'year' ? firstDay(date).slice(0, 7) : year;
}

function periodHeading(id: string): { label: string; datetime?: string } {
  if (id === 'undated') return { label: UNDATED_LABEL };
  return { label: formatDate(parseDate(id)), datetime: id };
}

/**
 * Key events stand alone; the events between them fold into one run each, in date order.
 * `year`: the period's year, which its heading already says, so fold labels leave it out.
 */
export function periodParts(items: readonly TimelineItem[], year?: string): PeriodPart[] {
  const parts: PeriodPart[] = [];
  for (const item of items) {
    const last = parts.at(-1);
    if (item.key) parts.push({ kind: 'key', item });
    else if (last?.kind === 'folded') last.items.push(item);
    else parts.push({ kind: 'folded', items: [item], label: '' });
  }
  for (const part of parts) if (part.kind === 'folded') part.label = foldLabel(part.items, year);
  return parts;
}

/**
 * What a folded run holds, before a reader opens it: one event by its date and title ("18 March
 * 2011: Security forces fire"), several by their count and span ("3 events, 23–26 February 2016").
 */
export function foldLabel(items: readonly TimelineItem[], year?: string): string {
  const sameYear = year !== undefined && items.every((item) => item.when && yearOf(item.when) === year);
  // "15 March 2011" under the heading 2011 says the year twice.
  const drop = (words: string) => (sameYear ? words.replace(new RegExp(` ${year}$`), '') : words);
  if (items.length === 1) {
    const [item] = items;
    return item!.date ? `${drop(item!.date.words)}: ${item!.event.title}` : item!.event.title;
  }
  const span = spanWords(items);
  return `${count(items.length, 'event')}${span ? `, ${drop(span)}` : ''}`;
}

/** Day, month and year of a date known to the day ("about" kept), for a span's ends. */
function dayParts(date: StoryDate, end: boolean): { q: string; d: number; m: number; y: number } | undefined {
  if (!['day', 'about', 'range'].includes(date.precision)) return undefined;
  const { y, m, d } = splitIso(end ? date.end : date.start);
  return { q: date.precision === 'about' ? 'about ' : '', d, m, y };
}

/** "23–26 February 2016", "about 1 to 27 February 2016", "30 September to 18 December 2015". */
function spanWords(items: readonly TimelineItem[]): string {
  const dated = items.flatMap((item) => (item.when ? [item.when] : []));
  if (dated.length === 0) return '';
  const undated = items.length - dated.length;
  const rest = undated > 0 ? ` (${undated} with no date yet)` : '';
  const first = dated[0]!;
  // The latest end: a range that starts first may end last.
  const last = dated.reduce((a, b) => (lastDay(b) >= lastDay(a) ? b : a));
  const a = dayParts(first, false);
  const b = dayParts(last, true);
  if (!a || !b) {
    const from = formatDate(first);
    const to = formatDate(last);
    return (from === to ? from : `${from} to ${to}`) + rest;
  }
  const month = (n: number) => MONTH_NAMES[n - 1];
  // A dash joins plain days; "to" keeps an "about" attached to its own end.
  const join = a.q || b.q ? ' to ' : a.m === b.m && a.y === b.y ? '–' : ' – ';
  let words: string;
  if (a.y === b.y && a.m === b.m && a.d === b.d && a.q === b.q) words = `${a.q}${a.d} ${month(a.m)} ${a.y}`;
  else if (a.y === b.y && a.m === b.m) words = `${a.q}${a.d}${join}${b.q}${b.d} ${month(b.m)} ${b.y}`;
  else if (a.y === b.y) words = `${a.q}${a.d} ${month(a.m)}${join}${b.q}${b.d} ${month(b.m)} ${b.y}`;
  else words = `${a.q}${a.d} ${month(a.m)} ${a.y}${join}${b.q}${b.d} ${month(b.m)} ${b.y}`;
  return words + rest;
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
    category: item.event.category,
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
