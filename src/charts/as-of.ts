/**
 * What the story knew is decided in src/lib/as-of.ts, shared with <Fact>; re-exported here for
 * chart modules, with the one date helper that only charts need.
 */
export { publicBy, publicFrom, splitByAsOf } from '../lib/as-of.ts';

/** A YYYY-MM-DD day as a Date at UTC midnight, so the machine's time zone cannot shift it. */
export function utcDay(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`"${isoDay}" is not a YYYY-MM-DD day`);
  return new Date(`${isoDay}T00:00:00Z`);
}
