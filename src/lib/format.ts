import { siteConfig } from '../site.config.ts';

/**
 * How numbers read on the page, in prose (<Fact/>), tables, CSVs, summaries and chart labels
 * alike. The locale is pinned so a build on a machine set to German still writes 76,021.
 * Dates have their own module (src/lib/dates.ts).
 */

const whole = new Intl.NumberFormat(siteConfig.locale, { maximumFractionDigits: 0, useGrouping: 'always' });
const compact = new Intl.NumberFormat(siteConfig.locale, { notation: 'compact', maximumFractionDigits: 1 });
const decimals = new Map<number, Intl.NumberFormat>();

/** 76021 → "76,021". */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** Fixed decimals, so a column of rates lines up: 19.3, 20.0. */
export function formatDecimal(value: number, digits = 1): string {
  let format = decimals.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(siteConfig.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: 'always',
    });
    decimals.set(digits, format);
  }
  return format.format(value);
}

/** Axis ticks only, where space is short: 250k. Text and tables always use formatCount. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** The number as its source qualified it: "about 470,000", "more than 260,000". */
export function formatQualified(value: number, qualifier: string): string {
  return qualifier ? `${qualifier} ${formatCount(value)}` : formatCount(value);
}
