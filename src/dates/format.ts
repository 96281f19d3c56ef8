/** Dates as a reader sees them, in the house style: "27 February 2016", day before month. */
import { MONTH_NAMES, splitIso } from './calendar.ts';
import type { StoryDate } from './parse.ts';

function formatIso(iso: string): string {
  const { m, d } = splitIso(iso);
  const year = iso.slice(0, 4);
  if (!m) return year;
  if (!d) return `${MONTH_NAMES[m - 1]} ${year}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${year}`;
}

/** Shares what both ends have in common: "11–12 February 2016", "30 January – 2 February 2016". */
function formatRange(start: string, end: string): string {
  const a = splitIso(start);
  const b = splitIso(end);
  const sameYear = a.y === b.y;
  if (!a.m) return `${start}–${end}`;
  if (!a.d) {
    return sameYear
      ? `${MONTH_NAMES[a.m - 1]}–${MONTH_NAMES[b.m - 1]} ${end.slice(0, 4)}`
      : `${formatIso(start)} – ${formatIso(end)}`;
  }
  if (sameYear && a.m === b.m) return `${a.d}–${formatIso(end)}`;
  if (sameYear) return `${a.d} ${MONTH_NAMES[a.m - 1]} – ${formatIso(end)}`;
  return `${formatIso(start)} – ${formatIso(end)}`;
}

export function formatDate(d: StoryDate): string {
  switch (d.precision) {
    case 'about':
      return `about ${formatIso(d.start)}`;
    case 'before':
      return `before ${formatIso(d.start)}`;
    case 'range':
      return formatRange(d.start, d.end);
    default:
      return formatIso(d.start);
  }
}
