/**
 * Dates as journalists write them in data files and front matter. A date is kept as the string
 * written, together with its precision, because "February 2016" and "about 24 March" are facts
 * about what is known: turning them into a midnight timestamp would invent a precision nobody has.
 */
import { MONTH_NAMES, addDays, daysInMonth, isoDay, splitIso } from './calendar.ts';

export type Precision = 'day' | 'month' | 'year' | 'about' | 'range' | 'before';

/** `start`/`end` are ISO at the precision written (YYYY-MM-DD, YYYY-MM or YYYY); equal unless a range. */
export interface StoryDate {
  text: string;
  precision: Precision;
  start: string;
  end: string;
}

export class DateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateError';
  }
}

const GRAMMAR =
  'write it as YYYY-MM-DD (e.g. 2016-03-14), YYYY-MM, YYYY, "about YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const UNPADDED = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** Checks one ISO part and returns it, or throws with the whole text in the message. */
function checkIso(part: string, whole: string): string {
  const match = ISO.exec(part);
  if (!match) {
    const loose = UNPADDED.exec(part);
    if (loose) {
      const fixed = [loose[1], loose[2]?.padStart(2, '0'), loose[3]?.padStart(2, '0')].filter(Boolean).join('-');
      throw new DateError(`"${whole}" is not a date: write months and days with two digits (${fixed})`);
    }
    throw new DateError(`"${whole}" is not a date: ${GRAMMAR}`);
  }
  const [, ys, ms, ds] = match;
  const y = Number(ys);
  if (ms !== undefined) {
    const m = Number(ms);
    if (m < 1 || m > 12) throw new DateError(`"${whole}" is not a real date: there is no month ${m}`);
    if (ds !== undefined) {
      const d = Number(ds);
      const most = daysInMonth(y, m);
      if (d < 1) throw new DateError(`"${whole}" is not a real date: there is no day 0`);
      if (d > most) {
        throw new DateError(`"${whole}" is not a real date: ${MONTH_NAMES[m - 1]} ${ys} has ${most} days`);
      }
    }
  }
  return part;
}

/** First and last day covered by an ISO string of any precision. */
export function span(iso: string): [string, string] {
  const { y, m, d } = splitIso(iso);
  if (d) return [iso, iso];
  if (m) return [isoDay({ y, m, d: 1 }), isoDay({ y, m, d: daysInMonth(y, m) })];
  return [isoDay({ y, m: 1, d: 1 }), isoDay({ y, m: 12, d: 31 })];
}

function parseRange(text: string, from: string, to: string): StoryDate {
  const start = checkIso(from.trim(), text);
  const end = checkIso(to.trim(), text);
  if (start.length !== end.length) {
    throw new DateError(
      `"${text}" is not a valid range: write both ends the same way (both YYYY-MM-DD, both YYYY-MM or both YYYY)`,
    );
  }
  if (start === end) throw new DateError(`"${text}" is not a range: both ends are ${start}; write it once`);
  if (end < start) throw new DateError(`"${text}" is not a valid range: it ends (${end}) before it starts (${start})`);
  return { text, precision: 'range', start, end };
}

export function parseDate(text: string): StoryDate {
  // YAML turns an unquoted 2016-03-14 into a Date before any schema sees it; say so plainly.
  if (typeof text !== 'string') {
    throw new DateError(
      `expected a date written as text, got ${(text as unknown) instanceof Date ? 'a converted date' : typeof text}: put it in quotes, e.g. "2016-03-14"`,
    );
  }
  const written = text.trim();
  if (written === '') throw new DateError(`the date is empty: ${GRAMMAR}`);
  const qualified = /^(about|before)\s+(\S.*)$/i.exec(written);
  if (qualified) {
    const precision = qualified[1]!.toLowerCase() as 'about' | 'before';
    const iso = checkIso(qualified[2]!, written);
    return { text: written, precision, start: iso, end: iso };
  }
  const parts = written.split('/');
  if (parts.length === 2) return parseRange(written, parts[0]!, parts[1]!);
  if (parts.length > 2) throw new DateError(`"${written}" is not a date: ${GRAMMAR}`);
  const iso = checkIso(written, written);
  const precision: Precision = iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  return { text: written, precision, start: iso, end: iso };
}

/** For "before X" both ends are the day before X: the latest the event can have happened. */
export function firstDay(d: StoryDate): string {
  if (d.precision === 'before') return addDays(span(d.start)[0], -1);
  return span(d.start)[0];
}

export function lastDay(d: StoryDate): string {
  if (d.precision === 'before') return addDays(span(d.start)[0], -1);
  return span(d.end)[1];
}

const TIE_ORDER: Precision[] = ['year', 'month', 'range', 'before', 'day', 'about'];

/**
 * Chronological by first day; on the same first day the longer span comes first, so a year sorts
 * before its months and a month before its days, as a container before what it contains.
 */
export function compareDates(a: StoryDate, b: StoryDate): number {
  const [a1, b1] = [firstDay(a), firstDay(b)];
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  const [a2, b2] = [lastDay(a), lastDay(b)];
  if (a2 !== b2) return a2 > b2 ? -1 : 1;
  const rank = TIE_ORDER.indexOf(a.precision) - TIE_ORDER.indexOf(b.precision);
  if (rank !== 0) return rank;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** Value for `<time datetime>`: the ISO as written; a range keeps its start. */
export function isoDatetime(d: StoryDate): string {
  return d.start;
}
