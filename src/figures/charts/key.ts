import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { FONT_SIZE, HALO, INK, textWidth } from './theme.ts';

/**
 * A key for shapes, drawn in the top margin as ordinary marks: Plot's own legends would
 * wrap the SVG in a <figure> with inline styles. Items flow left to right and wrap.
 */

export interface KeyItem {
  symbol: string;
  hollow: boolean;
  label: string;
  /** A series colour; ink when the item stands for a shape alone. */
  color?: string;
}

const ROW = FONT_SIZE * 1.6;
const SYMBOL_SPACE = 14;
const ITEM_GAP = 16;

/** The height the key needs at this width, so the caller can reserve it in marginTop. */
export function keyHeight(items: KeyItem[], width: number): number {
  return layout(items, width).rows * ROW;
}

/** Marks anchored to the top-left of the frame; `top` is the frame's marginTop. */
export function keyMarks(items: KeyItem[], width: number, left: number, top: number): Markish[] {
  return layout(items, width).at.flatMap(({ item, x, row }) => {
    // facet 'super': drawn once over a faceted chart (grouped bars), not once per facet.
    const position = {
      frameAnchor: 'top-left' as const,
      dx: x - left,
      dy: row * ROW + ROW / 2 - top,
      facet: 'super' as const,
    };
    return [
      Plot.dot([null], {
        ...position,
        dx: position.dx + SYMBOL_SPACE / 2,
        symbol: item.symbol,
        r: 4.5,
        fill: item.hollow ? HALO : (item.color ?? INK),
        stroke: item.color ?? INK,
        strokeWidth: 1.5,
      }),
      Plot.text([null], {
        ...position,
        dx: position.dx + SYMBOL_SPACE + 2,
        text: [item.label],
        textAnchor: 'start',
        lineAnchor: 'middle',
        fontSize: FONT_SIZE,
        fill: INK,
      }),
    ];
  });
}

function layout(items: KeyItem[], width: number) {
  const at: { item: KeyItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SYMBOL_SPACE + 2 + textWidth(item.label);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    at.push({ item, x, row });
    x += w + ITEM_GAP;
  }
  return { at, rows: items.length === 0 ? 0 : row + 1 };
}
