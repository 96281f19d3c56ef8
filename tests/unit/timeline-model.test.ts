import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSources, parseTimeline } from '../../src/lib/datasets.ts';
import { parseStory, storyParagraphs } from '../../src/lib/story-tree.ts';
import { evidenceHref, type StoryContext } from '../../src/lib/story-context.ts';
import {
  buildTimeline,
  findTimeline,
  publishedAfter,
  statusOn,
  timelineSummary,
  timelineTable,
} from '../../src/lib/timeline-model.ts';
import { parseDate } from '../../src/lib/dates.ts';

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
    cite: (quote, line) => evidenceHref(story, quote, file, line),
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
      category: 'Military',
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

  test('an unknown category', () => {
    const text =
      '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: gossip\n  source: wire-2016-02-22\n';
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(
      `${file}:5: category: "gossip" is not allowed: use one of "uprising"`,
    );
  });

  test('an event without evidence', () => {
    const text = '- id: one\n  date: "2016-03-01"\n  title: One\n  text: Text.\n  category: talks\n';
    expect(() => parseTimeline(text, file, sourceIds)).toThrow(`${file}:1: source: needs evidence`);
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
