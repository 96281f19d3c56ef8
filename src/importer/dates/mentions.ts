/**
 * Finds the dates a wire story mentions and resolves them against the story's own date, so an
 * importer can say that "beginning Tuesday" in a Monday 14 March 2016 story means 2016-03-15.
 * How weekdays are resolved is explained in relative.ts.
 */
import { WEEKDAY_NAMES, weekday } from '../../dates/calendar.ts';
import { findCandidates } from './mention-patterns.ts';
import type { Candidate } from './mention-patterns.ts';
import { DateError, parseDate } from '../../dates/parse.ts';
import type { StoryDate } from '../../dates/parse.ts';

export interface DateMention {
  /** The words as written, qualifiers included: "around March 24", "Tuesday". */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
  resolved: StoryDate | null;
  /** Why it is unresolved, or, when resolved, what a copy editor should check. */
  reason?: string;
}

/** Keeps the earliest, then longest, of overlapping matches: "Monday, March 14" beats "Monday". */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Candidate[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.index < end) continue;
    kept.push(c);
    end = c.index + c.text.length;
  }
  return kept;
}

function storyDay(storyDate: string): string {
  const d = parseDate(storyDate);
  if (d.precision !== 'day') throw new DateError(`"${storyDate}" is not a story date: give the day, as YYYY-MM-DD`);
  return d.start;
}

function resolveOne(c: Candidate, story: string | null): DateMention {
  const mention = { text: c.text, index: c.index };
  const written = c.resolve(story);
  if (written === null) return { ...mention, resolved: null, reason: 'no --date given' };
  let resolved: StoryDate;
  try {
    resolved = parseDate(written);
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    // Quote the words as the journalist wrote them, not our ISO reading of them.
    return { ...mention, resolved: null, reason: error.message.replace(`"${written}"`, `"${c.text}"`) };
  }
  if (c.weekday && resolved.start.length === 10) {
    const actual = WEEKDAY_NAMES[weekday(resolved.start)]!;
    if (actual !== c.weekday) {
      return { ...mention, resolved, reason: `"${c.text}": ${resolved.start} was a ${actual}, not a ${c.weekday}` };
    }
  }
  return { ...mention, resolved };
}

/**
 * Dates written in full ("14 March 2016", "2016-03-14") resolve even without a story date;
 * everything relative to the story is returned unresolved with the reason "no --date given".
 */
export function findDateMentions(text: string, storyDate?: string): DateMention[] {
  const story = storyDate === undefined ? null : storyDay(storyDate);
  return withoutOverlaps(findCandidates(text)).map((c) => resolveOne(c, story));
}
