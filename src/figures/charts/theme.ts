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

/** Shapes for symbol="column", in order; never the only carrier of meaning (the key names them). */
export const SHAPES = ['circle', 'diamond2', 'triangle', 'square', 'star', 'cross', 'wye', 'plus'] as const;

/** Approximate width of a line of text; Plot measures nothing on the server either. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.62;
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
