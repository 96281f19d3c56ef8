/**
 * The shapes in which wire copy mentions dates, each with how to resolve it against the story
 * date. Month and weekday names are matched case-sensitively, as English capitalises them, so
 * "march" the verb and "may" the modal are never read as months.
 */
import { WEEKDAY_NAMES, addDays, addMonths, isoDay, isoMonth, splitIso, weekday } from '../../dates/calendar.ts';
import { nearestYear, weekdayDate } from './relative.ts';

/** A mention found in the text. `resolve` returns parseDate's grammar, or null if it needs the story date. */
export interface Candidate {
  index: number;
  text: string;
  resolve: (story: string | null) => string | null;
  /** The weekday written next to an explicit date ("Monday, March 14"), to check against it. */
  weekday?: string;
}

type Groups = Record<string, string | undefined>;
/** Returns how to resolve the match, or null when the words turn out not to name a date. */
type Builder = (g: Groups, before: string) => Candidate['resolve'] | null;

const cap = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const anyOf = (words: string[]): string => `(?:${words.map(cap).join('|')})`;

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\p{L}])`;
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const QUAL = `(?<qual>${anyOf(['on or about', 'about', 'around', 'approximately', 'roughly', 'circa', 'before'])})`;
const day = (name: string): string => String.raw`(?<${name}>\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(?<year>\d{4})(?!\d))?`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;
const YEAR_END = String.raw`(?![\d%–-]|[.,]\d)`;

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (token: string): number => MONTH_KEYS.indexOf(token.slice(0, 3).toLowerCase()) + 1;
const iso = (y: number, m: number, d: number): string => isoDay({ y, m, d });

function qualify(qual: string | undefined, date: string): string {
  if (!qual) return date;
  return /^before$/i.test(qual) ? `before ${date}` : `about ${date}`;
}

/** A day in a month, with or without a year or a qualifier, or two days ("11–12 February"). */
const dayInMonth: Builder =
  ({ qual, mon, day: d, mon2, day2, year }) =>
  (story) => {
    const month = monthNumber(mon!);
    const y = year ? Number(year) : story ? nearestYear(story, month, Number(d)) : null;
    if (y === null) return null;
    const start = iso(y, month, Number(d));
    if (day2 === undefined) return qualify(qual, start);
    const month2 = mon2 ? monthNumber(mon2) : month;
    return `${start}/${iso(month2 < month ? y + 1 : y, month2, Number(day2))}`;
  };

const monthOnly: Builder =
  ({ qual, mon, year }) =>
  (story) => {
    const month = monthNumber(mon!);
    const which = qual?.toLowerCase();
    const before = which === 'before' ? 'before' : undefined;
    if (year) return qualify(before, isoMonth(Number(year), month));
    if (!story) return null;
    const { y, m } = splitIso(story);
    const ny =
      which === 'last'
        ? month < m
          ? y
          : y - 1
        : which === 'next'
          ? month > m
            ? y
            : y + 1
          : which === 'this'
            ? y
            : nearestYear(story, month, 15);
    return qualify(before, isoMonth(ny, month));
  };

const yearOnly: Builder =
  ({ qual, year }) =>
  () =>
    qualify(qual, year!);

const isoInText: Builder =
  ({ date }) =>
  () =>
    date!;

const weekdayName: Builder =
  ({ which, wd }, before) =>
  (story) =>
    story && weekdayDate(story, (WEEKDAY_NAMES as readonly string[]).indexOf(wd!), which, before);

function weekOf(story: string, shift: number, weekend = false): string {
  const monday = addDays(story, -((weekday(story) + 6) % 7) + 7 * shift);
  return `${addDays(monday, weekend ? 5 : 0)}/${addDays(monday, 6)}`;
}

const PERIODS: Record<string, (story: string) => string> = {
  today: (s) => s,
  tonight: (s) => s,
  'this morning': (s) => s,
  'this afternoon': (s) => s,
  'this evening': (s) => s,
  yesterday: (s) => addDays(s, -1),
  'last night': (s) => addDays(s, -1),
  tomorrow: (s) => addDays(s, 1),
  'this week': (s) => weekOf(s, 0),
  'last week': (s) => weekOf(s, -1),
  'next week': (s) => weekOf(s, 1),
  'this weekend': (s) => weekOf(s, 0, true),
  'last weekend': (s) => weekOf(s, -1, true),
  'next weekend': (s) => weekOf(s, 1, true),
  'this month': (s) => s.slice(0, 7),
  'last month': (s) => addMonths(s, -1).slice(0, 7),
  'next month': (s) => addMonths(s, 1).slice(0, 7),
  'this year': (s) => s.slice(0, 4),
  'last year': (s) => String(Number(s.slice(0, 4)) - 1),
  'next year': (s) => String(Number(s.slice(0, 4)) + 1),
};

const period: Builder = ({ key }) => {
  const resolve = PERIODS[key!.toLowerCase().replace(/\s+/g, ' ')];
  return resolve ? (story) => story && resolve(story) : null;
};

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
  'a couple': 2,
  'a few': 3,
  several: 3,
};
const NUMBER_WORDS = Object.keys(NUMBERS).sort((a, b) => b.length - a.length);
const AGO_QUALIFIERS = [
  'more than',
  'just over',
  'over',
  'nearly',
  'almost',
  'about',
  'some',
  'roughly',
  'around',
  'less than',
  'just under',
  'barely',
  'exactly',
  'only',
  'just',
];

/** "more than a month ago" is before that day; an unqualified "two days ago" is that day; the rest are about. */
const ago: Builder =
  ({ qual, num, unit }) =>
  (story) => {
    if (!story) return null;
    const q = qual?.toLowerCase();
    const word = num!.toLowerCase();
    const n = NUMBERS[word] ?? Number(word);
    const u = unit!.toLowerCase();
    const date =
      u === 'day'
        ? addDays(story, -n)
        : u === 'week'
          ? addDays(story, -7 * n)
          : addMonths(story, u === 'month' ? -n : -12 * n);
    if (q === 'more than' || q === 'over' || q === 'just over') return `before ${date}`;
    const vague = /few|several|couple/.test(word);
    const exact = !vague && (q === undefined ? u === 'day' : ['exactly', 'only', 'just'].includes(q));
    return exact ? date : `about ${date}`;
  };

const PREPOSITIONS = ['in', 'since', 'until', 'by', 'from', 'during', 'early', 'late', 'through'];

const PATTERNS: [RegExp, Builder][] = [
  [
    String.raw`${START}(?:${QUAL}\s+)?(?:(?<wd>${WEEKDAY}),?\s+)?(?<mon>${MONTH})\s+${day('day')}(?:\s*(?:-|–|to|through)\s*(?:(?<mon2>${MONTH})\s+)?${day('day2')})?${YEAR}${END}`,
    dayInMonth,
  ],
  [
    String.raw`${START}(?:${QUAL}\s+)?(?:(?<wd>${WEEKDAY}),?\s+)?${day('day')}(?:\s*[-–]\s*${day('day2')})?\s+(?:of\s+)?(?<mon>${MONTH})${YEAR}${END}`,
    dayInMonth,
  ],
  [String.raw`${START}(?:(?<qual>${cap('before')})\s+)?(?<mon>${MONTH}),?\s+(?<year>\d{4})${END}`, monthOnly],
  [String.raw`(?:(?<=${START}${anyOf(PREPOSITIONS)}\s+)|(?<=mid-))(?<mon>${FULL_MONTH})`, monthOnly],
  [String.raw`${START}(?<qual>${anyOf(['last', 'next', 'this', 'before'])})\s+(?<mon>${FULL_MONTH})`, monthOnly],
  [String.raw`(?<![\d-])(?<date>\d{4}-\d{2}-\d{2})(?![\d-])`, isoInText],
  [
    String.raw`(?:(?<=${START}${anyOf([...PREPOSITIONS, 'of', 'between', 'and'])}\s+)|(?<=mid-))(?<year>(?:19|20)\d\d)${YEAR_END}`,
    yearOnly,
  ],
  [String.raw`${START}(?<qual>${cap('before')})\s+(?<year>(?:19|20)\d\d)${YEAR_END}`, yearOnly],
  [String.raw`${START}(?:(?<which>${anyOf(['last', 'next', 'this'])})\s+)?(?<wd>${WEEKDAY})(?![\p{L}])`, weekdayName],
  [String.raw`${START}(?<key>${anyOf(['today', 'tonight', 'yesterday', 'tomorrow'])})(?![\p{L}])`, period],
  [
    String.raw`${START}(?:${anyOf(['earlier', 'later'])}\s+)?(?<key>${anyOf(['this', 'last', 'next'])}\s+(?:morning|afternoon|evening|night|weekend|week|month|year))(?![\p{L}])`,
    period,
  ],
  [
    String.raw`${START}(?:(?<qual>${anyOf(AGO_QUALIFIERS)})\s+)?(?<num>${anyOf(NUMBER_WORDS)}|\d{1,3})\s+(?<unit>day|week|month|year)s?\s+ago(?![\p{L}])`,
    ago,
  ],
].map(([source, build]) => [new RegExp(source as string, 'gu'), build as Builder]);

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, build] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups ?? {};
      const resolve = build(g, text.slice(0, m.index));
      if (resolve) found.push({ index: m.index, text: m[0], resolve, weekday: g.wd && g.mon ? g.wd : undefined });
    }
  }
  return found;
}
