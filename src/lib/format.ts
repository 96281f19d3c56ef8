import { siteConfig } from '../site.config.ts';

/**
 * How numbers and dates read on the page, in prose, tables, CSVs and chart labels alike.
 * The locale is pinned so a build on a machine set to German still writes 76,021.
 */

const whole = new Intl.NumberFormat(siteConfig.locale, { maximumFractionDigits: 0, useGrouping: 'always' });
const compact = new Intl.NumberFormat(siteConfig.locale, { notation: 'compact', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return whole.format(value);
}

/** `digits` fixed decimals, so a column of rates lines up (19.3, 20.0). */
export function formatDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat(siteConfig.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' }).format(value);
}

/** Axis ticks only, where space is short: 250K. Text and tables always use formatCount. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** The number as its source qualified it: "about 470,000", "more than 260,000". */
export function formatQualified(value: number, qualifier: string): string {
  return qualifier ? `${qualifier} ${formatCount(value)}` : formatCount(value);
}

const dayFormat = new Intl.DateTimeFormat(siteConfig.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(siteConfig.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** YYYY-MM-DD → "30 April 2014"; read as UTC so the machine's time zone cannot shift the day. */
export function formatDay(isoDay: string): string {
  return dayFormat.format(utcDate(isoDay));
}

/** YYYY-MM or YYYY-MM-DD → "April 2014". */
export function formatMonth(isoDay: string): string {
  return monthFormat.format(utcDate(isoDay.length === 7 ? `${isoDay}-01` : isoDay));
}

export function utcDate(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`"${isoDay}" is not a YYYY-MM-DD date`);
  return new Date(`${isoDay}T00:00:00Z`);
}

/**
 * A date as its source gave it, in words, keeping its precision: "2015-03" → "March 2015",
 * "about 2014-03-13" → "about 13 March 2014", "a/b" → "a to b".
 */
export function formatWrittenDate(written: string): string {
  const about = written.startsWith('about ');
  const text = about ? written.slice(6) : written;
  const words = text
    .split('/')
    .map((part) => (/^\d{4}$/.test(part) ? part : part.length === 7 ? formatMonth(part) : formatDay(part)))
    .join(' to ');
  return about ? `about ${words}` : words;
}
