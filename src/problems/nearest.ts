import { distance } from 'fastest-levenshtein';

/**
 * The known name a mistyped one most likely meant ("emmissions" → "emissions"), for messages:
 * the closest by edit distance (fastest-levenshtein), ignoring case, hyphens and underscores,
 * and only when it is close enough to be a typo rather than another word.
 */
export function nearest(written: string, known: Iterable<string>): string | undefined {
  const fold = (text: string) => text.toLowerCase().replace(/[-_\s]+/g, '');
  const target = fold(written);
  let best: { name: string; cost: number } | undefined;
  for (const name of known) {
    const folded = fold(name);
    const cost = folded === target ? 0 : distance(target, folded);
    if (!best || cost < best.cost) best = { name, cost };
  }
  if (!best || best.name === written) return undefined;
  // One slip in a short word ("pie" is not "line"), two in a longer one, a third of a long one.
  const allowed = target.length <= 4 ? 1 : target.length <= 8 ? 2 : Math.floor(target.length / 3);
  return best.cost <= allowed ? best.name : undefined;
}

/** ` (did you mean "emissions"?)`, or nothing when no known name is close. */
export function didYouMean(written: string, known: Iterable<string>): string {
  const guess = nearest(written, known);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}
