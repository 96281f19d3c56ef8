/**
 * What every chart shares: type size, and colours as CSS custom properties, so light, dark and
 * print are the stylesheet's business (src/styles/charts.css).
 */

/** 12 px drawn, and each width is shown no narrower than 3/4 of itself, so labels stay ≥ 9 px. */
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 1.15;
export const INK = 'currentColor';
export const MUTED = 'var(--chart-muted)';
export const GRID = 'var(--chart-grid)';
/** The page colour behind text, so labels stay readable where they cross a line. */
export const HALO = 'var(--chart-halo)';
/** Marks outside a highlight. */
export const FADED = 'var(--chart-faded)';
export const HIGHLIGHT = 'var(--chart-highlight)';

/** Slots of the categorical palette in charts.css: colour-blind safe, light and dark. */
export const PALETTE_SIZE = 8;

export function paletteColor(slot: number): string {
  return `var(--chart-series-${(slot % PALETTE_SIZE) + 1})`;
}

/**
 * The colour for text drawn in a series' colour: the palette slot's -text twin (4.5:1 on the page
 * in each scheme). A pinned colour is one colour for both schemes, and no colour reads at 4.5:1
 * on both white and near-black, so its labels are ink: they sit at the end of their line, which
 * keeps the link.
 */
export function textColor(color: string): string {
  const slot = /^var\(--chart-series-(\d+)\)$/.exec(color);
  return slot ? `var(--chart-series-${slot[1]}-text)` : INK;
}

/** The page colours charts are drawn on (--paper in src/styles/global.css, light and dark). */
export const PAGES = ['#ffffff', '#121214'] as const;

/** WCAG contrast ratio of two #rgb or #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Shapes for symbol="column", in order; never the only carrier of meaning (the key names them). */
export const SHAPES = ['circle', 'diamond2', 'triangle', 'square', 'star', 'cross', 'wye', 'plus'] as const;

/**
 * Advance widths in em of DejaVu Sans, the widest of the fonts a reader's system-ui is likely to
 * be (Linux); San Francisco, Segoe UI and Roboto are narrower, so text measured here fits there.
 */
const WIDTHS: Record<string, number> = {
  ' ': 0.318,
  ...Object.fromEntries([...'0123456789'].map((d) => [d, 0.636])),
  ...Object.fromEntries(
    [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [
      c,
      [
        0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635,
        0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
      ][i],
    ]),
  ),
  ...Object.fromEntries(
    [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
      c,
      [
        0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603,
        0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
      ][i],
    ]),
  ),
  ',': 0.318,
  '.': 0.318,
  ':': 0.337,
  ';': 0.337,
  '-': 0.361,
  '–': 0.5,
  '—': 1,
  '−': 0.838,
  '+': 0.838,
  '(': 0.39,
  ')': 0.39,
  '%': 0.95,
  $: 0.636,
  '£': 0.636,
  '€': 0.636,
  '“': 0.512,
  '”': 0.512,
  '‘': 0.318,
  '’': 0.318,
  "'": 0.275,
  '"': 0.46,
  '/': 0.337,
  '&': 0.78,
  '…': 1,
  '→': 0.838,
  '°': 0.5,
};

/** Width in pixels of one line of text; Plot measures nothing on the server either. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const char of text) em += WIDTHS[char] ?? 0.65;
  return em * fontSize;
}

/** Narrow drawings (the phone width) shorten labels and ticks. */
export function isNarrow(width: number): boolean {
  return width < 480;
}

/** Groups in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The text cut to fit a width, ending in "…"; the table and the CSV keep it whole. */
export function truncate(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Words broken into lines that fit a width, at most `maxLines`; the last line truncated if need be. */
export function wrap(text: string, maxWidth: number, maxLines: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      // The last line allowed: what is left, cut to fit.
      if (lines.length === maxLines - 1)
        return [...lines, truncate(`${line} ${words.slice(i).join(' ')}`, maxWidth, fontSize)];
      lines.push(truncate(line, maxWidth, fontSize));
      line = word;
    } else line = next;
  }
  return [...lines, truncate(line, maxWidth, fontSize)];
}
