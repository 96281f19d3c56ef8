/**
 * Writes CSV that is safe to open in a spreadsheet: a text cell starting with
 * = + - @ (or a tab/CR) would run as a formula, so it gets a leading apostrophe.
 * Numbers, negative ones included, stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

const numberLike = /^-?\d+(?:[.,]\d+)*$/;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !numberLike.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
