import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePositions, parseSources, parseTimeline } from '../../src/loaders/data-files.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import type { StoryContext } from '../../src/site/story-context.ts';
import { resolvePositions, resolveTimeline } from '../../src/story/evidence-figures.ts';
import { componentRenderer, type ComponentRenderer } from '../helpers/container.ts';

/**
 * Renders <Timeline>, <PositionsTable> and the Sources list with Astro's Container API
 * (tests/helpers/container.ts), each figure resolved from the fixture files as the story model does.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/figures/${name}`, import.meta.url), 'utf8');
const sources = parseSources(fixture('sources.yaml'), 'tests/fixtures/figures/sources.yaml');
const ids = new Set(sources.map((s) => s.id));
const collections = {
  sources: sources.map((data) => ({ id: data.id, data })),
  timelines: [
    {
      id: 'fixture-timeline',
      data: {
        path: 'fixture-timeline.yaml',
        events: parseTimeline(fixture('timeline.yaml'), 'fixture-timeline.yaml', ids),
      },
    },
  ],
  positions: [
    {
      id: 'fixture-positions',
      data: {
        path: 'fixture-positions.yaml',
        table: parsePositions(fixture('positions.yaml'), 'fixture-positions.yaml', ids),
      },
    },
    {
      // The same table with the journalist's short labels for the phone's matrix.
      id: 'fixture-positions-short',
      data: {
        path: 'fixture-positions-short.yaml',
        table: parsePositions(
          fixture('positions.yaml')
            .replace(
              'label: Must step aside, meaning: oppose }',
              'label: Must step aside, meaning: oppose, short: Go }',
            )
            .replace('    label: The ceasefire\n', '    label: The ceasefire\n    short: Truce\n')
            .replace('name: High Negotiations Committee }', 'name: High Negotiations Committee, short: HNC }'),
          'fixture-positions-short.yaml',
          ids,
        ),
      },
    },
  ],
};
const story: StoryContext = {
  slug: 'fixture',
  path: 'src/content/explainers/fixture.mdx',
  href: '/explainers/fixture/',
  publishedAt: '2016-03-14',
  paragraphs: storyParagraphs(parseStory(fixture('story.mdx'))),
  embedded: false,
};

const sourceMap = new Map(sources.map((s) => [s.id, s]));
const timelines = new Map(collections.timelines.map((e) => [e.id, e.data]));
const positions = new Map(collections.positions.map((e) => [e.id, e.data]));

let renderer: ComponentRenderer;
/** Renders a figure as its page would: its tag resolved by the story layer first, as the story model does. */
const render = async (component: string, props: Record<string, unknown>, context: StoryContext = story) => {
  const tag = props as Record<string, string>;
  const storyModel = {
    timelines:
      component === 'Timeline'
        ? new Map([[tag.id, resolveTimeline(tag, 12, context, timelines, sourceMap)]])
        : new Map(),
    positions:
      component === 'PositionsTable'
        ? new Map([[tag.id, resolvePositions(tag, 12, context, positions, sourceMap)]])
        : new Map(),
  };
  const path = component.includes('/') ? component : `figures/${component}`;
  return renderer.render(`/src/components/${path}.astro`, props, { story: context, storyModel });
};

beforeAll(async () => {
  renderer = await componentRenderer();
});

afterAll(() => renderer?.close());

describe('<Timeline>', () => {
  test('is a figure with a heading, a caption, an overview strip and ordered lists, without script', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const figure = doc.querySelector('figure[data-figure="timeline"]#timeline')!;
    // The default title names no subject: a story passes its own.
    expect(figure.querySelector('figcaption h2')?.textContent).toBe('How events unfolded');
    expect(figure.querySelector('.figure-source')?.textContent).toContain('Reuters');
    expect(figure.querySelectorAll('.figure-graphic ol.timeline li.timeline-event')).toHaveLength(8);
    expect(doc.querySelector('script')).toBeNull();
  });

  test('takes the journalist’s summary="…", keeping the generated one in the table’s caption', async () => {
    const generated = (await render('Timeline', { id: 'timeline', events: 'fixture-timeline' })).querySelector(
      '.figure-summary',
    )!.textContent!;
    const doc = await render('Timeline', {
      id: 'timeline',
      events: 'fixture-timeline',
      summary: 'Talks, then a truce.',
    });
    expect(doc.querySelector('.figure-summary')?.textContent?.trim()).toBe('Talks, then a truce.');
    expect(doc.querySelector('table caption')?.textContent).toContain(generated.trim());
    const positions = await render('PositionsTable', {
      id: 'positions',
      positions: 'fixture-positions',
      summary: 'Only the US wants Assad gone.',
    });
    expect(positions.querySelector('.figure-summary')?.textContent?.trim()).toBe('Only the US wants Assad gone.');
    expect(positions.querySelector('table.positions caption')?.textContent).toMatch(
      /^3 parties on 2 questions: .*\. Where 3 parties stand on 2 questions/,
    );
    await expect(render('Timeline', { id: 'timeline', events: 'fixture-timeline', summary: ' ' })).rejects.toThrow(
      `${story.path}:12: summary: is empty: write the sentence a reader should have in place of the graphic`,
    );
  });

  test('takes its title from the tag', async () => {
    const doc = await render('Timeline', {
      id: 'timeline',
      events: 'fixture-timeline',
      title: 'How the truce came about',
    });
    expect(doc.querySelector('figcaption h2')?.textContent).toBe('How the truce came about');
  });

  test('reads title, takeaway, graphic, then summary, update, source line, notes, data, embed', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline', takeaway: 'It took weeks.' });
    const order = [...doc.querySelector('figure')!.children].map((el) => el.className.split(' ')[0] || el.localName);
    expect(order).toEqual([
      'figcaption',
      'figure-graphic',
      'figure-summary',
      'timeline-update',
      'figure-source',
      'figure-notes',
      'figure-data',
      'figure-links',
      'figure-embed',
    ]);
    expect([...doc.querySelectorAll('figcaption > *')].map((el) => el.textContent)).toEqual([
      'How events unfolded',
      'It took weeks.',
    ]);
  });

  test('opens with a strip that has one dot per dated event, labelled by the title and described by the summary', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const graphic = doc.querySelector('.figure-graphic')!;
    expect(graphic.firstElementChild?.className).toBe('timeline-overview');
    const widths = [...graphic.querySelectorAll('.timeline-strip-width')];
    expect(widths.map((w) => w.getAttribute('data-width'))).toEqual(['340', '640', '960']);
    for (const width of widths) {
      const svg = width.querySelector('svg')!;
      expect(svg.querySelectorAll('circle')).toHaveLength(6);
      expect(svg.getAttribute('aria-labelledby')).toBe('timeline-title timeline-strip-alt');
      expect(svg.getAttribute('aria-describedby')).toBe('timeline-summary');
    }
    expect(doc.getElementById('timeline-strip-alt')?.textContent).toContain('each dated event as a dot');
    // Two events have no date: the legend says they are not drawn.
    expect(graphic.querySelector('.timeline-legend')?.textContent).toContain('2 undated, not drawn');
  });

  test('groups events under period headings; key events in full, the others folded in <details>', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const periods = [...doc.querySelectorAll('.figure-graphic .timeline-period')];
    expect(periods.map((p) => [p.querySelector('h3')?.id, p.querySelector('h3')?.textContent])).toEqual([
      ['timeline-period-2016', '2016'],
      ['timeline-period-undated', 'Date not set'],
    ]);
    expect(periods[0]!.querySelector('h3 time')?.getAttribute('datetime')).toBe('2016');
    // No event is marked key in the fixture: the first, and the latest before the story, are open.
    const open = [...doc.querySelectorAll('.figure-graphic li.timeline-event')].filter((li) => !li.closest('details'));
    expect(open.map((li) => li.id)).toEqual(['timeline-truce-month', 'timeline-putin-order']);
    const folds = [...doc.querySelectorAll('.figure-graphic li.timeline-fold > details')];
    expect(folds.map((d) => [d.querySelector('summary')?.textContent, d.querySelectorAll('li').length])).toEqual([
      ['2 events, 11–27 February', 2],
      ['2 events, 15 to about 24 March', 2],
      ['2 events', 2],
    ]);
    for (const details of folds) expect(details.hasAttribute('open')).toBe(false);
  });

  test('lists events in date order, each dated one with <time datetime>, undated ones last without', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const items = [...doc.querySelectorAll('.figure-graphic li.timeline-event')];
    expect(items.map((li) => li.id)).toEqual([
      'timeline-truce-month',
      'timeline-munich',
      'timeline-cessation',
      'timeline-putin-order',
      'timeline-withdrawal-begins',
      'timeline-round-ends',
      'timeline-second-round',
      'timeline-third-round',
    ]);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).toEqual([
      '2016-02',
      '2016-02-11',
      '2016-02-27',
      '2016-03-14',
      '2016-03-15',
      '2016-03-24',
      null,
      null,
    ]);
    expect(items[1]!.querySelector('time')?.textContent).toBe('11–12 February 2016');
    expect(items[5]!.querySelector('time')?.textContent).toBe('about 24 March 2016');
  });

  test('marks scheduled events in markup and in words', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const scheduled = [...doc.querySelectorAll('.figure-graphic li[data-status="scheduled"]')];
    expect(scheduled.map((li) => li.id)).toEqual([
      'timeline-withdrawal-begins',
      'timeline-round-ends',
      'timeline-second-round',
      'timeline-third-round',
    ]);
    for (const li of scheduled) expect(li.querySelector('.timeline-status')?.textContent).toBe('Scheduled');
    expect(doc.querySelector('#timeline-putin-order')?.textContent).not.toContain('Scheduled');
  });

  test('links sources: the outlet, and the story paragraph for a quote', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const links = [...doc.querySelectorAll('#timeline-putin-order .timeline-evidence a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toEqual([
      ['https://www.reuters.com/example-joint-statement', 'Reuters'],
      ['#p-2', 'paragraph 2'],
    ]);
    expect(doc.querySelector('#timeline-truce-month .timeline-evidence')?.textContent).toBe('Source: Example Paper');
  });

  test('shows each category as the timeline file writes it', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    expect(doc.querySelector('#timeline-putin-order .timeline-category')?.textContent).toBe('military');
    expect(doc.querySelector('#timeline-putin-order')?.getAttribute('data-category')).toBe('military');
  });

  test('puts later reports in a dated update below the list, never in it', async () => {
    const doc = await render('Timeline', { id: 'timeline', events: 'fixture-timeline' });
    const update = doc.querySelector('section.timeline-update')!;
    expect(update.querySelector('h3')?.textContent).toBe('Update: after this story was published');
    expect(update.querySelector('.timeline-update-note time')?.getAttribute('datetime')).toBe('2016-03-25');
    expect([...update.querySelectorAll('li')].map((li) => li.id)).toEqual(['timeline-round-ended-report']);
    // Not key: folded, with the note that explains it, one tap away.
    expect(update.querySelector('details > summary')?.textContent).toBe('24 March 2016: First round ended');
    expect(update.querySelector('details .timeline-update-note')).not.toBeNull();
    // "about 2016-03-25" as written is not a valid datetime: the attribute holds the ISO day.
    expect([...update.querySelectorAll('li time')].map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2016-03-24', '24 March 2016'],
      ['2016-03-25', 'about 25 March 2016'],
    ]);
    expect(doc.querySelector('.figure-graphic #timeline-round-ended-report')).toBeNull();
  });

  test('an unknown events id stops the build at the tag', async () => {
    await expect(render('Timeline', { id: 'timeline', events: 'nope' })).rejects.toThrow(
      `${story.path}:12: events: "nope" is not a timeline in src/content/data: use one of "fixture-timeline"`,
    );
  });
});

describe('<PositionsTable>', () => {
  test('is a real table: caption, questions as column headers, parties as row headers', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    const table = doc.querySelector('figure[data-figure="positions"] table')!;
    expect(table.querySelector('caption')?.textContent).toBe(
      '3 parties on 2 questions: each stance in words and a symbol, with the evidence it rests on.',
    );
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Party',
      "Assad's future",
      'The ceasefire',
    ]);
    expect([...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent)).toEqual([
      'United States',
      'Russia',
      'High Negotiations Committee',
    ]);
    expect(doc.querySelector('script')).toBeNull();
  });

  test('every cell has a stance in words and a symbol, and evidence or "No stated position"', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    const cells = [...doc.querySelectorAll('tbody td')];
    expect(cells).toHaveLength(6);
    for (const td of cells) {
      expect(td.querySelector('.positions-symbol')?.textContent).toMatch(/\S/);
      expect(td.querySelector('.positions-label')?.textContent).toMatch(/\S/);
      const none = td.textContent!.includes('No stated position');
      expect(td.querySelectorAll('a').length > 0).toBe(!none);
      // A stated stance opens on demand to its summary and evidence; the stance itself prints.
      const details = td.querySelector(':scope > details.positions-detail');
      expect(details !== null).toBe(!none);
      if (details) {
        expect(details.hasAttribute('open')).toBe(false);
        expect(details.querySelector(':scope > summary')?.classList.contains('print-summary')).toBe(true);
        expect(details.querySelector(':scope > summary .positions-label')?.textContent).toMatch(/\S/);
        expect(details.querySelector('.positions-more a')).not.toBeNull();
      }
    }
    expect(cells[0]!.querySelector('a')?.getAttribute('href')).toBe('#p-3');
    expect(cells[0]!.querySelector('a')?.textContent).toBe('Paragraph 3');
    expect(cells[3]!.querySelector('q')?.textContent).toBe('We are in the political mode now');
  });

  test('on an embed page, paragraph links open the story in the top window', async () => {
    const doc = await render(
      'PositionsTable',
      { id: 'positions', positions: 'fixture-positions' },
      { ...story, embedded: true },
    );
    const link = doc.querySelector('tbody td a')!;
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual(['/explainers/fixture/#p-3', '_top']);
  });

  test('gives the matrix the short labels the file sets, hidden from screen readers, the full ones kept', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions-short' });
    const short = (el: Element | null | undefined) => [
      el?.querySelector('.positions-full')?.textContent,
      el?.querySelector('.positions-short')?.textContent,
      el?.querySelector('.positions-short')?.getAttribute('aria-hidden'),
    ];
    const heads = [...doc.querySelectorAll('th[scope="col"]')];
    expect(short(heads[2])).toEqual(['The ceasefire', 'Truce', 'true']);
    expect(short(heads[1])).toEqual([undefined, undefined, undefined]);
    expect(short(doc.querySelectorAll('th[scope="row"]')[2])).toEqual(['High Negotiations Committee', 'HNC', 'true']);
    expect(short(doc.querySelector('tbody td summary'))).toEqual(['Must step aside', 'Go', 'true']);
    expect(doc.querySelector('table')?.getAttribute('data-columns')).toBe('2');
  });

  test('has a key to the symbols, folded, and a note on method', async () => {
    const doc = await render('PositionsTable', { id: 'positions', positions: 'fixture-positions' });
    expect(doc.querySelector('details.positions-legend > summary')?.textContent).toBe('Key to the symbols');
    expect(doc.querySelector('.positions-legend')?.textContent).toContain('▲ Must stay');
    expect(doc.querySelector('.figure-notes')?.textContent).toContain('not that the party has no position');
  });

  test('an unknown positions id stops the build at the tag', async () => {
    await expect(render('PositionsTable', { id: 'positions', positions: 'nope' })).rejects.toThrow(
      `${story.path}:12: positions: "nope"`,
    );
  });
});

describe('Sources and method', () => {
  test('groups every source under its originator, one line each, its details folded', async () => {
    const doc = await render('explainer/SourcesList', {
      sources: [...sources, { ...sources[0]!, id: 'wire-2', outlet: 'AP' }],
    });
    const groups = [...doc.querySelectorAll('.source-groups > li')];
    expect(
      groups.map((g) => [g.querySelector('h3')?.textContent, [...g.querySelectorAll('li')].map((li) => li.id)]),
    ).toEqual([
      ['United States and Russia', ['source-wire-2016-02-22', 'source-wire-2']],
      ['Example Paper', ['source-paper-2016-03']],
      ['United Nations', ['source-wire-2016-03-25']],
    ]);
    const [reuters, , paper, afp] = [...doc.querySelectorAll('.source-list > li')];
    expect(reuters!.querySelector('summary')?.textContent).toBe('Reuters, 22 February 2016');
    expect(reuters!.querySelector('summary')?.classList.contains('print-summary')).toBe(true);
    expect(reuters!.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(reuters!.querySelector('details p')?.textContent).toBe(
      'Joint statement on the cessation of hostilities (official statement). Confirmed.',
    );
    expect(reuters!.querySelector('details a')?.getAttribute('href')).toBe(
      'https://www.reuters.com/example-joint-statement',
    );
    // Second-hand, and without an address: said on the line and in the details.
    expect(paper!.querySelector('summary')?.textContent).toBe('Example Paper, March 2016, secondary');
    expect(paper!.querySelector('details p')?.textContent).toBe(
      'A month of the truce (news report). Secondary; no citable address.',
    );
    expect(afp!.querySelector('summary time')?.getAttribute('datetime')).toBe('2016-03-25');
  });
});
