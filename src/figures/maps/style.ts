import { FONT_SIZE } from '../charts/theme.ts';

/** A map's colours (CSS variables, so dark mode and print work) and sizes, shared by its layout and its marks. */

export const LAND = 'var(--map-land)';
export const WATER = 'var(--map-water)';
export const BORDER = 'var(--map-border)';
export const SUBJECT = 'var(--map-subject)';
export const MARKER_R = 4.5;
export const ROW = FONT_SIZE * 1.6;
/** Detail the base map keeps, in pixels: a bend smaller than this (as a triangle's area, px²) is not drawn. */
export const TOLERANCE = 2;
