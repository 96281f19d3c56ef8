import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSources, parseTimeline } from '../../src/loaders/data-files.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import type { StoryContext } from '../../src/site/story-context.ts';
import { quoteCiter } from '../../src/story/evidence-figures.ts';
import {
  buildTimeline,
  findTimeline,
  foldLabel,
  publishedAfter,
  statusOn,
  timelineSummary,
  timelineTable,
  type TimelineModel,
} from '../../src/figures/timeline/model.ts';
import { drawStrip, stripLayout, STRIP_WIDTHS } from '../../src/figures/timeline/strip.ts';
import { parseDate } from '../../src/dates/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/figures/${name}`, import.meta.url), 'utf8');
const sources = parseSources(fixture('sources.yaml'), 'tests/fixtures/figures/sources.yaml');
const sourceIds = new Set(sources.map((s) => s.id));
const file = 'src/content/data/fixture-timeline.yaml';
const story: StoryContext = {
  slug: 'fixture',
  path: 'src/content/explainers/fixture.mdx',
  href: '/explainers/fixture/',
  publishedAt: '2016-03-14',
  paragraphs: storyParagraphs(parseStory(fixture('story.mdx'))),
  embedded: false,
};

function model(text = fixture('timeline.yaml'), publishedAt = story.publishedAt) {
  return buildTimeline({
    events: parseTimeline(text, file, sourceIds),
    publishedAt,
    sources: new Map(sources.map((s) => [s.id, s])),
    cite: quoteCiter(story, file),
    file,
  });
}

describe('order', () => {
  test('sorts out-of-order input by date, month before its days, a range by its start, undated last in file order', () => {
    expect(model().events.map((item) => item.event.id)).toEqual([
      'truce-month',
      'munich',
      'cessation',
      'putin-order',
      'withdrawal-begins',
      'round-ends',
      'second-round',
      'third-round',
    ]);
  });

  test('gives <time datetime> the start at its precision and the words for readers', () => {
    const dates = Object.fromEntries(model().events.map((item) => [item.event.id, item.date]));
    expect(dates['truce-month']).toEqual({ datetime: '2016-02', words: 'February 2016' });
    expect(dates.munich).toEqual({ datetime: '2016-02-11', words: '11–12 February 2016' });
    expect(dates['round-ends']).toEqual({ datetime: '2016-03-24', words: 'about 24 March 2016' });
    expect(dates['second-round']).toBeUndefined();
  });
});

describe('status as of publishedAt', () => {
  test('an event on the story date happened; one starting after it, or undated, is scheduled', () => {
    const status = Object.fromEntries(model().events.map((item) => [item.event.id, item.status]));
    expect(status).toMatchObject({
      'truce-month': 'happened',
      cessation: 'happened',
      'putin-order': 'happened',
      'withdrawal-begins': 'scheduled',
      'round-ends': 'scheduled',
      'second-round': 'scheduled',
      'third-round': 'scheduled',
    });
  });

  test('a month that began before the story counts as begun; "before" counts from the day before', () => {
    expect(statusOn(parseDate('2016-03'), '2016-03-14')).toBe('happened');
    expect(statusOn(parseDate('2016-04'), '2016-03-14')).toBe('scheduled');
    expect(statusOn(parseDate('before 2016-03-15'), '2016-03-14')).toBe('happened');
    expect(statusOn(undefined, '2016-03-14')).toBe('scheduled');
  });
});

describe('the update', () => {
  test('events whose source was published after the story leave the main list for the update', () => {
    const { events, updates } = model();
    expect(updates.map((item) => item.event.id)).toEqual(['round-ended-report']);
    expect(updates[0]!.reported).toEqual({ datetime: '2016-03-25', words: 'about 25 March 2016' });
    expect(events.map((item) => item.event.id)).not.toContain('round-ended-report');
  });

  test('a source dated only by a month that includes the story date is not known to be later', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(publishedAfter(byId.get('paper-2016-03')!, '2016-03-14')).toBe(false);
    expect(publishedAfter(byId.get('wire-2016-03-25')!, '2016-03-14')).toBe(true);
  });

  test('a story published later has no update: what came later is in its main list', () => {
    expect(model(undefined, '2016-04-01').updates).toEqual([]);
  });
});

describe('evidence', () => {
  test('story quotes resolve to their paragraph, sources to the registry entry', () => {
    const putin = model().events.find((item) => item.event.id === 'putin-order')!;
    expect(putin.citation).toEqual({ href: '#p-2', paragraph: 2 });
    expect(putin.source?.outlet).toBe('Reuters');
    expect(model().sources.map((s) => s.id)).toEqual(['paper-2016-03', 'wire-2016-02-22', 'wire-2016-03-25']);
  });

  test('a quote that is not in the story stops the build at the quote line', () => {
    const text =
      '- id: x\n  date: "2016-03-01"\n  title: X\n  text: Y\n  category: talks\n  quote: "words nobody wrote"\n';
    expect(() => model(text)).toThrow(`${file}:6: quote: "words nobody wrote" is not in the story`);
  });
});

describe('table and summary', () => {
  test('the table lists main events then the update, with status and source in words', () => {
    const table = timelineTable(model(), '14 March 2016');
    expect(table.columns.map((c) => c.key)).toEqual(['date', 'title', 'category', 'status', 'source']);
    expect(table.rows[3]).toEqual({
      date: '14 March 2016',
      title: 'Putin orders a pullout',
      category: 'military',
      status: 'Happened',
      source: 'Reuters; story, paragraph 2',
    });
    expect(table.rows.at(-1)?.status).toBe('Reported after publication, about 25 March 2016');
  });

  test('the summary counts events, scheduled ones and later reports', () => {
    expect(timelineSummary(model(), '14 March 2016')).toBe(
      '8 events from February 2016 to about 24 March 2016. 4 events were still scheduled when this story was published on 14 March 2016. 1 later report follows as an update.',
    );
  });
});

describe('bad input stops the build with path:line: field: message', () => {
  const event = (lines: string) =>
    `- id: one\n  title: One\n  text: Text.\n  category: talks\n  source: wire-2016-02-22\n${lines}`;

  test('an impossible date', () => {
    expect(() => parseTimeline(event('  date: "2016-02-31"\n'), file, sourceIds)).toThrow(
      `${file}:6: date: "2016-02-31" is not a real date: February 2016 has 29 days`,
    );
  });

  test('an unquoted date is read as written and still checked', () => {
    expect(() => parseTimeline(event('  date: 2016-02-30\n'), file, sourceIds)).toThrow(
      `${file}:6: date: "2016-02-30" is not a real date`,
    );
  });

  test('an unknown source id', () => {
    const text = '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: talks\n  source: nobody\n';
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(
      `${file}:6: source: "nobody" is not in the sources registry`,
    );
  });

  test('a category left as the importer\'s "TODO"', () => {
    const text =
      '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: TODO\n  source: wire-2016-02-22\n';
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(
      `${file}:5: category: is still "TODO": write a few words for the kind of event`,
    );
  });

  test('a category that is a sentence, not a label', () => {
    const long = 'a long description of what kind of thing this event was';
    const text = `- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: ${long}\n  source: wire-2016-02-22\n`;
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(
      `${file}:5: category: "${long}" is too long for a category: use a few words (at most 40 characters)`,
    );
  });

  test('key is true or false', () => {
    expect(() => parseTimeline(event('  key: yes please\n'), file, sourceIds)).toThrow(
      `${file}:6: key: must be true or false`,
    );
  });

  test('an event without evidence', () => {
    const text = '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: talks\n';
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(`${file}:1: source: needs evidence`);
  });
});

describe("categories are the timeline's own", () => {
  test('any short words are accepted and shown as written, in the table too', () => {
    const text =
      '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: Court ruling\n  source: wire-2016-02-22\n' +
      '- id: two\n  date: "2016-03-02"\n  title: Two\n  text: Text.\n  category: vote in parliament\n  source: wire-2016-02-22\n';
    const built = model(text);
    expect(built.events.map((item) => item.event.category)).toEqual(['Court ruling', 'vote in parliament']);
    expect(timelineTable(built, '14 March 2016').rows.map((row) => row.category)).toEqual([
      'Court ruling',
      'vote in parliament',
    ]);
  });
});

/** A timeline file of `n` events on the given days (YYYY-MM-DD, "" for undated), each sourced. */
function events(days: string[], extra: Record<number, string> = {}): string {
  return days
    .map(
      (day, i) =>
        `- id: e${i + 1}\n${day ? `  date: "${day}"\n` : ''}  title: Event ${i + 1}\n  text: Text.\n  category: things\n  source: wire-2016-02-22\n${extra[i] ?? ''}`,
    )
    .join('');
}
const ids = (items: { event: { id: string } }[]) => items.map((item) => item.event.id);
const keys = (built: TimelineModel) => ids([...built.events, ...built.updates].filter((item) => item.key));

describe('key events', () => {
  test('with none marked, a long timeline opens its first event and the latest that had happened', () => {
    // The fixture: 8 events and 1 later report; 14 March is the story's date.
    expect(keys(model())).toEqual(['truce-month', 'putin-order']);
  });

  test("the journalist's `key: true` marks are obeyed, in the update too, and nothing else is key", () => {
    const text = fixture('timeline.yaml')
      .replace('  category: ceasefire\n', '  category: ceasefire\n  key: true\n')
      .replace('  title: First round ended\n', '  title: First round ended\n  key: true\n');
    expect(keys(model(text))).toEqual(['cessation', 'round-ended-report']);
  });

  test('a short timeline (six events or fewer) shows every event in full', () => {
    const built = model(events(['2016-01-01', '2016-02-01', '2016-03-01', '2016-03-02', '', '']));
    expect(keys(built)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(built.periods.flatMap((p) => p.parts.map((part) => part.kind))).not.toContain('folded');
  });

  test('key: false on every event is the same as marking none', () => {
    const days = ['2016-01-01', '2016-01-02', '2016-01-03', '2016-01-04', '2016-01-05', '2016-01-06', '2016-01-07'];
    const built = model(events(days, Object.fromEntries(days.map((_, i) => [i, '  key: false\n']))));
    expect(keys(built)).toEqual(['e1', 'e7']);
  });
});

describe('periods', () => {
  test('events are grouped under their year; a crowded year (more than six) under its months; undated last', () => {
    const built = model(
      events([
        '2011-03-15',
        '2011-03-18',
        '2015-09-30',
        '2016',
        '2016-01-29',
        '2016-02',
        'about 2016-02-01',
        '2016-02-11/2016-02-12',
        '2016-02-27',
        '2016-03-14',
        '',
      ]),
    );
    expect(built.periods.map((p) => [p.id, p.label, p.datetime, ids(p.items)])).toEqual([
      ['2011', '2011', '2011', ['e1', 'e2']],
      ['2015', '2015', '2015', ['e3']],
      // Known only by its year, an event stays under the year, ahead of its months.
      ['2016', '2016', '2016', ['e4']],
      ['2016-01', 'January 2016', '2016-01', ['e5']],
      ['2016-02', 'February 2016', '2016-02', ['e6', 'e7', 'e8', 'e9']],
      ['2016-03', 'March 2016', '2016-03', ['e10']],
      ['undated', 'Date not set', undefined, ['e11']],
    ]);
  });

  test('between key events, the others fold into runs that keep the date order', () => {
    const days = ['2016-02-01', '2016-02-03', '2016-02-11', '2016-02-22', '2016-02-23', '2016-02-26', '2016-02-27'];
    const built = model(events(days, { 3: '  key: true\n' }));
    const [february] = built.periods;
    expect(february!.parts.map((part) => (part.kind === 'key' ? part.item.event.id : ids(part.items)))).toEqual([
      ['e1', 'e2', 'e3'],
      'e4',
      ['e5', 'e6', 'e7'],
    ]);
    // The heading says the year: the labels do not repeat it.
    expect(february!.parts.flatMap((part) => (part.kind === 'folded' ? [part.label] : []))).toEqual([
      '3 events, 1–11 February',
      '3 events, 23–27 February',
    ]);
    // The update has no headings: its labels keep the year.
    expect(built.updateParts).toEqual([]);
  });

  test('fold labels say how many and when, keeping "about" with its own end', () => {
    const items = (days: string[]) => model(events(days, { 0: '  key: false\n' })).events;
    expect(foldLabel(items(['about 2016-02-01', '2016-02-27']))).toBe('2 events, about 1 to 27 February 2016');
    expect(foldLabel(items(['2015-09-30', '2015-12-18']))).toBe('2 events, 30 September – 18 December 2015');
    expect(foldLabel(items(['2015-12-30', '2016-01-02']))).toBe('2 events, 30 December 2015 – 2 January 2016');
    expect(foldLabel(items(['2016-02-11/2016-02-12', '2016-02-11']))).toBe('2 events, 11–12 February 2016');
    expect(foldLabel(items(['2016-02', '2016-03-14']))).toBe('2 events, February 2016 to 14 March 2016');
    expect(foldLabel(items(['2016-03-14', '']))).toBe('2 events, 14 March 2016 (1 with no date yet)');
    expect(foldLabel(items(['', '']))).toBe('2 events');
    // One event is named: its date and title.
    expect(foldLabel(items(['2016-01-29']))).toBe('29 January 2016: Event 1');
    expect(foldLabel(items(['2016-01-29']), '2016')).toBe('29 January: Event 1');
    expect(foldLabel(items(['']))).toBe('Event 1');
  });
});

describe('the overview strip', () => {
  test('has one dot per dated event of the main list, at its first day, scheduled ones marked', () => {
    const built = model();
    const layout = stripLayout(built, story.publishedAt, 340);
    expect(layout.dots.map((d) => [d.id, d.day, d.status])).toEqual([
      ['truce-month', '2016-02-01', 'happened'],
      ['munich', '2016-02-11', 'happened'],
      ['cessation', '2016-02-27', 'happened'],
      ['putin-order', '2016-03-14', 'happened'],
      ['withdrawal-begins', '2016-03-15', 'scheduled'],
      ['round-ends', '2016-03-24', 'scheduled'],
    ]);
    // The axis runs from the first event to the last, and always includes the story's date.
    expect(layout.domain).toEqual(['2016-02-01', '2016-03-24']);
  });

  test('stacks dots that would overlap, and keeps apart ones that would not', () => {
    const built = model(events(['2011-03-15', '2011-03-18', '2016-02-26', '2016-02-27', '2016-02-28', '2016-03-14']));
    const levels = stripLayout(built, '2016-03-14', 340).dots.map((d) => d.level);
    expect(levels[0]).toBe(0);
    expect(levels[1]).toBe(1);
    expect(new Set(levels.slice(2)).size).toBe(4);
    // Wider, the same days have room side by side.
    expect(Math.max(...stripLayout(built, '2016-03-14', 960).dots.map((d) => d.level))).toBeLessThan(
      Math.max(...levels),
    );
  });

  test('draws one circle per dated event at every width, labelled and described, the same bytes each time', () => {
    const built = model();
    const ids = {
      idPrefix: 'timeline-strip',
      labelledBy: 'timeline-title timeline-strip-alt',
      describedBy: 'timeline-summary',
    };
    const strips = drawStrip(built, story.publishedAt, ids);
    expect(strips.map((s) => s.width)).toEqual([...STRIP_WIDTHS]);
    for (const { svg } of strips) {
      expect(svg.match(/<circle/g)).toHaveLength(6);
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg).toContain('aria-labelledby="timeline-title timeline-strip-alt"');
      expect(svg).toContain('aria-describedby="timeline-summary"');
      expect(svg).toContain('This story');
    }
    expect(drawStrip(built, story.publishedAt, ids)).toEqual(strips);
  });

  test('labels its axis in years, months or days, as the span needs, starting where the dots start', () => {
    const labels = (days: string[], width = 340) =>
      stripLayout(model(events(days)), '2016-03-14', width).ticks.map((t) => t.label);
    expect(labels(['2011-03-15', '2015-09-30'])).toEqual(['2011', '2012', '2013', '2014', '2015', '2016']);
    expect(stripLayout(model(events(['2011-03-15'])), '2016-03-14', 340).domain).toEqual(['2011-01-01', '2016-03-14']);
    expect(labels(['2015-12-18', '2016-02-27'])).toEqual(['Dec 2015', 'Feb 2016', 'Mar']);
    expect(labels(['2015-12-18', '2016-02-27'], 960)).toEqual(['Dec 2015', 'Jan 2016', 'Feb', 'Mar']);
    // Days: only as many as have room, the first always, the last one kept.
    const days = labels(['2016-02-22', '2016-02-27']);
    expect(days[0]).toBe('22 Feb');
    expect(days.at(-1)).toBe('14 Mar');
    expect(days.length).toBeLessThan(22);
    expect(labels(['2016-02-22', '2016-02-27'], 960).length).toBeGreaterThan(days.length);
  });

  test('a timeline with no dated event has no strip', () => {
    expect(
      drawStrip(model(events(['', ''])), story.publishedAt, { idPrefix: 't', labelledBy: 'a', describedBy: 'b' }),
    ).toEqual([]);
  });
});

test('an unknown events id names the MDX line and the timelines there are', () => {
  const entries = [
    { id: 'ceasefire-timeline', data: 1 },
    { id: 'other-timeline', data: 2 },
  ];
  expect(findTimeline(entries, 'other-timeline', story.path, 40)).toBe(2);
  expect(() => findTimeline(entries, 'cease-fire', story.path, 40)).toThrow(
    `${story.path}:40: events: "cease-fire" is not a timeline in src/content/data: use one of "ceasefire-timeline", "other-timeline"`,
  );
});
