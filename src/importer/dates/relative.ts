/**
 * Resolving words whose date depends on when the story was written.
 *
 * Weekdays. Wire style names the weekday instead of the date for anything within about a week
 * of the dateline, and lets the tense carry the direction: "said Sunday" is past, "will begin
 * withdrawing troops beginning Tuesday" is future. So a bare weekday resolves to the day with
 * that name within six days of the story date: the story's own weekday is the story date, and
 * otherwise the past one is chosen unless the clause before it marks the future (will, would,
 * beginning, starting, scheduled, expected, due…; or "from"/"until"/"by" right before the
 * weekday) after its last past-tense verb:
 * "officials who will attend said Sunday" is past, "he said talks would resume Tuesday" future.
 * "last Tuesday" is always the past one and "next Tuesday" the future one, each a full week
 * away when the story itself was written on a Tuesday.
 */
import { addDays, dayNumber, daysInMonth, splitIso, weekday } from '../../dates/calendar.ts';

const FUTURE =
  /^(?:will|won['’]t|\S*['’]ll|shall|would|going|beginning|starting|begins|starts|begin|start|next|scheduled|expected|due|planned|plans|planning|upcoming|coming)$/i;
// Prepositions mark the future only right before the weekday: "from Tuesday", but "withdrew from Aleppo Sunday".
const FUTURE_NEXT_TO = /^(?:from|until|till|through|by)$/i;
const PAST =
  /^(?:said|told|was|were|had|did|began|met|held|left|won|lost|fell|took|came|went|gave|made|withdrew|\p{L}+ed)$/iu;

/** The words before a mention back to the nearest clause or sentence boundary. */
function clauseBefore(before: string): string[] {
  const cut = before.split(/[,;:.!?"“”()—–]/u).pop() ?? '';
  return cut
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'’]/gu, ''))
    .filter(Boolean)
    .slice(-12);
}

export function marksFuture(before: string): boolean {
  const words = clauseBefore(before);
  if (FUTURE_NEXT_TO.test(words.at(-1) ?? '')) return true;
  const future = words.findLastIndex((w) => FUTURE.test(w));
  return future >= 0 && future > words.findLastIndex((w) => PAST.test(w) && !FUTURE.test(w));
}

/** target: 0 = Sunday … 6 = Saturday; which: "last", "next", "this" or undefined. */
export function weekdayDate(story: string, target: number, which: string | undefined, before: string): string {
  const back = (weekday(story) - target + 7) % 7;
  const w = which?.toLowerCase();
  if (w === 'last') return addDays(story, back === 0 ? -7 : -back);
  if (w === 'next') return addDays(story, back === 0 ? 7 : 7 - back);
  if (back === 0) return story;
  return marksFuture(before) ? addDays(story, 7 - back) : addDays(story, -back);
}

/** The year that puts month/day nearest the story date ("Feb. 27" in a March 2016 story is 2016). */
export function nearestYear(story: string, month: number, day: number): number {
  const { y } = splitIso(story);
  const here = dayNumber(splitIso(story));
  let best = y;
  let bestDistance = Infinity;
  for (const candidate of [y - 1, y, y + 1]) {
    if (day > daysInMonth(candidate, month)) continue;
    const distance = Math.abs(dayNumber({ y: candidate, m: month, d: day }) - here);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
