import type { MapData, Place } from './types.ts';

/**
 * How values become colours and sizes. Shades: at most five classes split at the data's
 * quantiles, each break rounded to two significant digits so the legend reads; every value is
 * then placed by the rounded breaks, so the legend and the map never disagree. Circles: area in
 * proportion to the value, from zero.
 */

export interface Classes {
  /** Ascending breaks between classes: class k holds values ≥ breaks[k-1] and < breaks[k]. */
  breaks: number[];
  /** Palette slot (1–5) of each class, spread over the ramp when there are fewer than five. */
  slots: number[];
  min: number;
  max: number;
}

const SLOTS: Record<number, number[]> = { 1: [4], 2: [2, 5], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5] };

export function valuesOf(map: MapData): number[] {
  return map.places.flatMap((p) => (p.value === undefined ? [] : [p.value]));
}

export function shadeClasses(values: number[]): Classes {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  // Two values a class at least: five countries make three classes, not five of one each.
  const n = Math.min(5, Math.ceil(distinct / 2));
  const breaks: number[] = [];
  for (let k = 1; k < n; k++) {
    // Halfway between the last value of one class and the first of the next, rounded where that
    // keeps it between them.
    const i = Math.max(1, Math.floor((k * sorted.length) / n));
    const [below, above] = [sorted[i - 1], sorted[i]];
    const rounded = [roundTo(2), roundTo(3)]
      .map((round) => round((below + above) / 2))
      .find((b) => b > below && b <= above);
    const at = rounded ?? above;
    if (at > sorted[0] && !breaks.includes(at)) breaks.push(at);
  }
  breaks.sort((a, b) => a - b);
  return { breaks, slots: SLOTS[breaks.length + 1], min: sorted[0], max: sorted.at(-1)! };
}

export function classOf(value: number, classes: Classes): number {
  let k = 0;
  while (k < classes.breaks.length && value >= classes.breaks[k]) k++;
  return k;
}

export function shadeColor(value: number, classes: Classes): string {
  return `var(--map-shade-${classes.slots[classOf(value, classes)]})`;
}

/** Rounding to `digits` significant digits: roundTo(2)(1,234,567) is 1,200,000. */
function roundTo(digits: number): (value: number) => number {
  return (value) => {
    if (value === 0) return 0;
    const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
    return Number((Math.round(value / magnitude) * magnitude).toPrecision(digits));
  };
}

/** Radius of a circle whose area is in proportion to `value`, the largest `maxRadius`. */
export function circleRadius(value: number, max: number, maxRadius: number): number {
  return max <= 0 ? 0 : maxRadius * Math.sqrt(Math.max(0, value) / max);
}

/** A round value for the size key's small circle: about a quarter of the largest, one significant digit. */
export function keyValue(max: number): number {
  const quarter = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  return Math.max(magnitude, Math.round(quarter / magnitude) * magnitude);
}

export function hasValue(place: Place): place is Place & { value: number } {
  return place.value !== undefined;
}
