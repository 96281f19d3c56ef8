import { describe, expect, it } from 'vitest';
import { creditLine, isSeparator, isTimestamp, isTrailer } from '../../src/importer/wire/credits.ts';
import { findDateline } from '../../src/importer/wire/dateline.ts';
import { splitParagraphs } from '../../src/importer/wire/paragraphs.ts';
import { parseWire } from '../../src/importer/wire/parse-wire.ts';
import { WireError } from '../../src/importer/wire/wire-error.ts';

const texts = (input: string) => splitParagraphs(input).map((p) => [p.line, p.text]);

describe('findDateline', () => {
  it.each([
    ['MOSCOW — Russia will', 'MOSCOW', 'MOSCOW — '],
    ['MOSCOW—Russia will', 'MOSCOW', 'MOSCOW—'],
    ['MOSCOW/GENEVA (Reuters) – Russia', 'MOSCOW/GENEVA', 'MOSCOW/GENEVA (Reuters) – '],
    ['GENEVA (AP) — The talks', 'GENEVA', 'GENEVA (AP) — '],
    ['WASHINGTON, March 14 (Reuters) - The', 'WASHINGTON', 'WASHINGTON, March 14 (Reuters) - '],
    ['WASHINGTON, March 14, 2016 (Reuters) - The', 'WASHINGTON', 'WASHINGTON, March 14, 2016 (Reuters) - '],
    ['BEIRUT, Lebanon (AP) _ Syrian', 'BEIRUT, Lebanon', 'BEIRUT, Lebanon (AP) _ '],
    ['ST. PETERSBURG, Russia (AP) — x', 'ST. PETERSBURG, Russia', 'ST. PETERSBURG, Russia (AP) — '],
    ['UNITED NATIONS (AP) — x', 'UNITED NATIONS', 'UNITED NATIONS (AP) — '],
    ['MOSCOW, March 14 (Xinhua) -- x', 'MOSCOW', 'MOSCOW, March 14 (Xinhua) -- '],
    ['Moscow (AFP) - Russian', 'Moscow', 'Moscow (AFP) - '],
    ['SÃO PAULO — x', 'SÃO PAULO', 'SÃO PAULO — '],
    ['MOSCOW, March 14. /TASS/. Russian', 'MOSCOW', 'MOSCOW, March 14. /TASS/. '],
    ['MOSCOW. March 14 (Interfax) - Putin', 'MOSCOW', 'MOSCOW. March 14 (Interfax) - '],
    ['(Bloomberg) -- Russia will', '', '(Bloomberg) -- '],
  ])('%j has the dateline %j', (lede, place, prefix) => {
    expect(findDateline(lede)).toEqual({ place, length: prefix.length });
  });

  it.each([
    'Russia — which has',
    'The talks — x',
    'US — x',
    'Damascus - x',
    'A Russian plane',
    'Putin said (on Monday) - x',
  ])('%j has none', (lede) => expect(findDateline(lede)).toBeNull());
});

describe('splitParagraphs', () => {
  it('counts lines from 1 with any line ending and skips a byte-order mark', () => {
    expect(texts('\ufeffOne.\r\n\r\nTwo.\rThree.\n')).toEqual([
      [1, 'One.'],
      [3, 'Two.'],
      [4, 'Three.'],
    ]);
  });

  it('treats each line as a paragraph when lines end with full stops (web copy)', () => {
    expect(texts('First paragraph.\nSecond paragraph.\n   Third, indented.')).toEqual([
      [1, 'First paragraph.'],
      [2, 'Second paragraph.'],
      [3, 'Third, indented.'],
    ]);
  });

  it('joins hard-wrapped lines and splits on a first-line indent', () => {
    const wrapped = [
      '   MOSCOW (AP) — Russia will begin withdrawing troops from Syria on',
      'Tuesday, President Vladimir Putin said Monday, in a surprise move',
      'as peace talks resumed in Geneva under U.N. auspices this week.',
      '   The Russian news agency Tass quoted Putin as saying the move',
      'should aid the talks aimed at ending the five-year civil war there.',
    ].join('\n');
    const [lede, second] = splitParagraphs(wrapped);
    expect(lede).toEqual({
      line: 1,
      text: 'MOSCOW (AP) — Russia will begin withdrawing troops from Syria on Tuesday, President Vladimir Putin said Monday, in a surprise move as peace talks resumed in Geneva under U.N. auspices this week.',
      breaks: [65, 131],
    });
    expect(second!.line).toBe(4);
  });

  it('normalises non-breaking, doubled and zero-width spaces and drops control characters', () => {
    expect(texts('are\u00a0 generally\u200b\u0002 fulfilled.')).toEqual([[1, 'are generally fulfilled.']]);
  });
});

describe('credits', () => {
  it.each([
    'AFP contributed to this report.',
    '(Reporting by Tom Perry; Editing by Dominic Evans)',
    'Additional reporting by Lena Fischer in Beirut',
    'Contributing: Jane Doe in Geneva',
    'Copyright 2016 The Associated Press. All rights reserved.',
    '© 2016 AFP',
    'Follow Jane Doe on Twitter at @janedoe',
    '--With assistance from Jane Doe.',
    'To contact the reporter on this story: Jane Doe in Moscow at jdoe@example.com',
  ])('%j is a trailer', (text) => expect(isTrailer(text)).toBe(true));

  it('does not take a story paragraph for a trailer', () => {
    expect(isTrailer('Russian jets have flown more than 9,000 sorties, the Defense Ministry said.')).toBe(false);
  });

  it.each(['___', '* * *', '-30-', '###', '(END)', 'dm/kir', 'bur-ag/jhb'])('%j is a separator', (text) =>
    expect(isSeparator(text)).toBe(true),
  );

  it.each(['Published 9:40 a.m. ET March 14, 2016', 'Mon Mar 14, 2016 8:05am EDT', '14 March 2016 19:40 GMT'])(
    '%j is a timestamp',
    (text) => expect(isTimestamp(text)).toBe(true),
  );

  it('joins byline and trailers into one credit line, without the brackets', () => {
    expect(creditLine(['By Jim Michaels and Jane Onyanga-Omara', 'AFP contributed to this report.'])).toBe(
      'By Jim Michaels and Jane Onyanga-Omara. AFP contributed to this report.',
    );
    expect(creditLine(['', '(Reporting by A; Editing by B)'])).toBe('Reporting by A; Editing by B.');
  });
});

describe('parseWire', () => {
  it('finds headline, byline, dateline and trailers, and keeps the dateline in the lede', () => {
    const story = parseWire(
      'Putin orders pullout\nBy Jane Doe\n\nMOSCOW (AP) — Russia will leave.\n\nMore text here.\n\n___\n\nAFP contributed to this report.\n',
    );
    expect(story).toMatchObject({
      headline: 'Putin orders pullout',
      byline: 'By Jane Doe',
      dateline: 'MOSCOW',
      trailers: ['AFP contributed to this report.'],
    });
    expect(story.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [4, 'MOSCOW (AP) — Russia will leave.'],
      [6, 'More text here.'],
    ]);
  });

  it('joins a dateline sent on a line of its own to the lede', () => {
    const story = parseWire('GENEVA (AP) —\nTalks resumed Monday.\nA second paragraph.');
    expect(story.dateline).toBe('GENEVA');
    expect(story.paragraphs[0]).toEqual({ text: 'GENEVA (AP) — Talks resumed Monday.', line: 1, breaks: [14] });
  });

  it('sets a timestamp aside, saying so', () => {
    const story = parseWire('Headline here\nUpdated 2:52 p.m. ET March 14, 2016\n\nMOSCOW — Text.');
    expect(story.setAside).toEqual([
      { line: 2, text: 'Updated 2:52 p.m. ET March 14, 2016', why: 'a timestamp, not story text' },
    ]);
  });

  it('sets web page furniture aside', () => {
    const story = parseWire('MOSCOW — Text.\n\nAdvertisement\n\nMore.\n\nStory continues below advertisement\n\nEnd.');
    expect(story.paragraphs.map((p) => p.text)).toEqual(['MOSCOW — Text.', 'More.', 'End.']);
    expect(story.setAside.map((a) => a.line)).toEqual([3, 7]);
  });

  it('reads a story without headline or dateline from its first line', () => {
    const story = parseWire('Russia will begin withdrawing troops from Syria, Putin said.\n\nTalks resumed.');
    expect(story).toMatchObject({ headline: '', dateline: '', byline: '' });
    expect(story.paragraphs).toHaveLength(2);
  });

  it('keeps a one-paragraph story even if it looks like a headline', () => {
    expect(parseWire('Russia withdraws').paragraphs.map((p) => p.text)).toEqual(['Russia withdraws']);
    expect(parseWire('Russia withdraws\n\nAFP contributed to this report.')).toMatchObject({
      headline: '',
      paragraphs: [{ text: 'Russia withdraws' }],
      trailers: ['AFP contributed to this report.'],
    });
  });

  it('splits a hard-wrapped headline and byline from the story', () => {
    const story = parseWire(
      [
        'Russia starts to pull forces out of Syria as talks resume',
        'By Jane Doe',
        '',
        'MOSCOW (AP) — Russia will begin withdrawing troops from Syria on',
        'Tuesday, President Vladimir Putin said Monday, in a surprise move',
        'as peace talks resumed in Geneva under U.N. auspices this week.',
        '(Reporting by Jane Doe in Moscow and John Roe in Geneva; Editing',
        'by Paul Grant)',
      ].join('\n'),
    );
    expect(story).toMatchObject({
      headline: 'Russia starts to pull forces out of Syria as talks resume',
      byline: 'By Jane Doe',
      trailers: ['(Reporting by Jane Doe in Moscow and John Roe in Geneva; Editing by Paul Grant)'],
    });
    expect(story.paragraphs.map((p) => p.line)).toEqual([4]);
  });

  it.each([
    ['', 'the file has no text: it is empty or only whitespace'],
    [' \n\t\r\n\u00a0', 'the file has no text: it is empty or only whitespace'],
    ['___\n***', 'the file has no text: it is empty or only whitespace'],
    [
      'By Jane Doe\n\nAFP contributed to this report.',
      'the file has no story paragraphs: only a headline, byline or credits',
    ],
  ])('refuses %j', (input, message) => {
    expect(() => parseWire(input)).toThrow(WireError);
    expect(() => parseWire(input)).toThrow(message);
  });
});
