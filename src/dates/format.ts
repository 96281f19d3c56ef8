/** Dates as a reader sees them, in the house style: "27 February 2016", day before month. */
import { MONTH_NAMES, splitIso } from './calendar.ts';
import type { StoryDate } from './parse.ts';
import { wordsFor } from '../words/catalog.ts';
import { defaultEdition, intlLocale, type Edition } from '../words/editions.ts';

function formatIso(iso: string): string {
  const { m, d } = splitIso(iso);
  const year = iso.slice(0, 4);
  if (!m) return year;
  if (!d) return `${MONTH_NAMES[m - 1]} ${year}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${year}`;
}

/** Shares what both ends have in common: "11–12 February 2016", "30 January – 2 February 2016". */
function formatRange(start: string, end: string): string {
  const a = splitIso(start);
  const b = splitIso(end);
  const sameYear = a.y === b.y;
  if (!a.m) return `${start}–${end}`;
  if (!a.d) {
    return sameYear
      ? `${MONTH_NAMES[a.m - 1]}–${MONTH_NAMES[b.m - 1]} ${end.slice(0, 4)}`
      : `${formatIso(start)} – ${formatIso(end)}`;
  }
  if (sameYear && a.m === b.m) return `${a.d}–${formatIso(end)}`;
  if (sameYear) return `${a.d} ${MONTH_NAMES[a.m - 1]} – ${formatIso(end)}`;
  return `${formatIso(start)} – ${formatIso(end)}`;
}

/**
 * Another edition's dates come from Intl in its locale and digits, Gregorian and in UTC (the day
 * written is the day meant, wherever the build runs): "27 فبراير 2016".
 */
const intlDates = new Map<string, Intl.DateTimeFormat>();

function intlDate(edition: Edition, iso: string): Intl.DateTimeFormat {
  const { m, d } = splitIso(iso);
  const parts = d ? 'day' : m ? 'month' : 'year';
  const key = `${intlLocale(edition)}|${parts}`;
  let made = intlDates.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (m) options.month = 'long';
    if (d) options.day = 'numeric';
    intlDates.set(key, (made = new Intl.DateTimeFormat(intlLocale(edition), options)));
  }
  return made;
}

const utc = (iso: string) => new Date(`${iso.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);

function formatIn(edition: Edition, start: string, end?: string): string {
  const format = intlDate(edition, start);
  return end ? format.formatRange(utc(start), utc(end)) : format.format(utc(start));
}

/** A date as a reader of the edition reads it; English keeps the house style above. */
export function formatDate(d: StoryDate, edition: Edition = defaultEdition): string {
  const english = edition.lang === defaultEdition.lang;
  const date = english ? formatIso(d.start) : formatIn(edition, d.start);
  switch (d.precision) {
    case 'about':
      return wordsFor(edition).t('date.about', { date });
    case 'before':
      return wordsFor(edition).t('date.before', { date });
    case 'range':
      return english ? formatRange(d.start, d.end) : formatIn(edition, d.start, d.end);
    default:
      return date;
  }
}
