import type { ChartRow, ChartContext } from './types.ts';

/**
 * What every chart shares: type size, colours as CSS custom properties (so light, dark and
 * print are the stylesheet's business), and the shapes that carry a figure's kind.
 */

/** 12 px drawn, and each width is shown no narrower than 3/4 of itself, so labels stay ≥ 9 px. */
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 1.15;
export const INK = 'currentColor';
export const MUTED = 'var(--chart-muted)';
export const GRID = 'var(--chart-grid)';
/** The page colour behind text, so labels stay readable where they cross a line. */
export const HALO = 'var(--chart-halo)';

/** Fixed per publisher, so SOHR is the same colour in every chart on every page. */
const SERIES_ORDER = ['SOHR', 'UN OHCHR', 'SCPR', 'SNHR', 'VDC', 'DCHRS'];

export function seriesColor(series: string): string {
  const index = SERIES_ORDER.indexOf(series);
  return index < 0 ? 'var(--chart-series-other)' : `var(--chart-series-${index + 1})`;
}

export type FigureKind = 'documented' | 'civilians' | 'estimate';

/** Shape, not colour, carries the kind; civilians-only counts are not comparable with the rest. */
export function figureKind(row: ChartRow): FigureKind {
  if (row.kind === 'modelled estimate') return 'estimate';
  return row.scope === 'civilians' ? 'civilians' : 'documented';
}

export const KIND_SYMBOL: Record<FigureKind, string> = {
  documented: 'circle',
  civilians: 'triangle',
  estimate: 'diamond2',
};
export const KIND_LABEL: Record<FigureKind, string> = {
  documented: 'documented count',
  civilians: 'civilians only, documented',
  estimate: 'modelled estimate',
};

/** Read only second-hand, so drawn hollow and said so in the notes. */
export function isSecondary(row: ChartRow, ctx: ChartContext): boolean {
  return ctx.sources.get(row.source)?.confidence === 'secondary';
}

/** Approximate width of a line of text; Plot measures nothing on the server either. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.62;
}

/** Who produced the figure, in full, falling back to the short series name. */
export function originatorOf(row: ChartRow, ctx: ChartContext): string {
  return ctx.sources.get(row.source)?.originator ?? row.series;
}

/** Map.groupBy, which Node 20 lacks: groups in first-seen order. */
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
