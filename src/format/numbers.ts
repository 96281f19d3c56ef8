import { defaultEdition, intlLocale, type Edition } from '../words/editions.ts';

/**
 * How numbers read on the page, in prose (<Fact/>), tables, CSVs, summaries and chart labels
 * alike. The locale and its digits are the edition's (src/words/editions.ts), pinned so a build on
 * a machine set to German still writes 76,021. Dates have their own module (src/dates/index.ts).
 */

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per edition and options, made once. */
function intlNumber(edition: Edition, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(edition);
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.NumberFormat(locale, options)));
  return made;
}

/** 76021 → "76,021". */
export function formatCount(value: number, edition: Edition = defaultEdition): string {
  return intlNumber(edition, { maximumFractionDigits: 0, useGrouping: 'always' }).format(value);
}

/** Fixed decimals, so a column of rates lines up: 19.3, 20.0. */
export function formatDecimal(value: number, digits = 1, edition: Edition = defaultEdition): string {
  return intlNumber(edition, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: 'always',
  }).format(value);
}

/** Axis ticks only, where space is short: 250k. Text and tables always use formatCount. */
export function formatCompact(value: number, edition: Edition = defaultEdition): string {
  return intlNumber(edition, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** The number as its source qualified it: "about 470,000", "more than 260,000". */
export function formatQualified(value: number, qualifier: string): string {
  return qualifier ? `${qualifier} ${formatCount(value)}` : formatCount(value);
}

/** The words a sidecar's `scale` adds after a number written in thousands, millions or billions. */
export const numberScales = { thousand: 1e3, million: 1e6, billion: 1e9 } as const;
export type NumberScale = keyof typeof numberScales;

/** How a column's numbers are written: the sidecar's format, and the decimals its cells were written with. */
export interface NumberStyle {
  /** "number", "percent", "decimal:N" or "currency:XXX" (src/schemas/chart-dataset.ts). */
  format: string;
  decimals: number;
  /** The cells count thousands, millions or billions: 6.6 with scale "million" reads "6.6 million". */
  scale?: NumberScale;
}

function numberFormat({ format, decimals }: NumberStyle, compactNotation = false, edition = defaultEdition) {
  const [kind, arg] = format.split(':');
  const digits = kind === 'decimal' ? Number(arg) : decimals;
  const options: Intl.NumberFormatOptions = compactNotation
    ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' };
  if (kind === 'currency') Object.assign(options, { style: 'currency', currency: arg });
  return intlNumber(edition, options);
}

/** A value as its column writes it: 76,021 · 12.5% · 2.50 · US$1,200 · US$23.1 billion (scale "billion"). */
export function formatValue(value: number, style: NumberStyle, edition: Edition = defaultEdition): string {
  const text = numberFormat(style, false, edition).format(value);
  if (style.format === 'percent') return `${text}%`;
  return style.scale ? `${text} ${style.scale}` : text;
}

/** A figure from outside the column (a quoted number), with the digits it has: 100, not 100.0. */
export function formatFigure(value: number, style: NumberStyle, edition: Edition = defaultEdition): string {
  return formatValue(value, { ...style, decimals: writtenDecimals(String(value)) }, edition);
}

/**
 * A value with the unit its column counts, as a sentence says it: "9.7 billion tonnes of carbon
 * dioxide". A percentage's unit loses a leading "%" ("% of output"): the number carries it.
 */
export function withUnit(text: string, style: { format: string; unit?: string | undefined }): string {
  const unit = style.format === 'percent' ? style.unit?.replace(/^%\s*/, '') : style.unit;
  return unit ? `${text} ${unit}` : text;
}

/**
 * Axis ticks, where space is short: 250k, 1.5m, 12%. `short` is the axis's choice, made for all
 * its ticks at once (src/figures/charts/axes.ts), so 5k sits beside 10k. Text and tables always
 * use formatValue.
 */
export function formatTick(value: number, style: NumberStyle, short: boolean, edition = defaultEdition): string {
  // A column counted in billions ticks as 5bn, 10bn: its real size, written short, on every screen.
  if (style.scale) return numberFormat(style, true, edition).format(value * numberScales[style.scale]);
  const compactNotation = short && Math.abs(value) >= 1_000;
  const text = compactNotation
    ? numberFormat(style, true, edition).format(value)
    : numberFormat({ ...style, decimals: tickDecimals(value, style) }, false, edition).format(value);
  return style.format === 'percent' ? `${text}%` : text;
}

/** Ticks show the digits they need (0.5, 1, 1.5), not the column's. */
function tickDecimals(value: number, style: NumberStyle): number {
  if (style.format.startsWith('decimal:')) return Number(style.format.split(':')[1]);
  const written = String(value).split('.')[1]?.length ?? 0;
  return Math.min(written, Math.max(style.decimals, 2));
}

/** A number as the data writes it: digits, an optional minus and decimal point, no separators. */
export function parseNumber(text: string): number | undefined {
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}

/** Why a cell is not a number, in the words every message uses, with the fix for a separator or a decimal comma. */
export function notANumber(cell: string): string {
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)) return `"${cell}" is not a number: write it without separators`;
  if (/^-?\d+,\d+$/.test(cell))
    return `"${cell}" is not a number: write the decimal point as a full stop ("${cell.replace(',', '.')}"), and no separators`;
  return `"${cell}" is not a number`;
}

/** Digits after the point as written: "2.50" → 2. */
export function writtenDecimals(text: string): number {
  return text.includes('.') ? text.split('.')[1].length : 0;
}
