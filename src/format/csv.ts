import { stringify } from 'csv-stringify/sync';

/**
 * Writes CSV that is safe to open in a spreadsheet: a text cell starting with = + - @
 * (or their full-width forms, a tab or a CR) would run as a formula, so csv-stringify's
 * `escape_formulas` gives it a leading apostrophe. Numbers, negative ones included, stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows], {
    escape_formulas: true,
    // csv-stringify spares only cells of type number, and ours are all strings: a cast may
    // return field-level options (csv.js.org/stringify/options/cast), so "-12" is spared here.
    cast: { string: (value) => (numberLike.test(value) ? { value, escape_formulas: false } : value) },
  });
}

const numberLike = /^-?\d+(?:[.,]\d+)*$/;
