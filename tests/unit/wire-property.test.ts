/**
 * Property tests: whatever text arrives, the importer either makes a draft that MDX compiles
 * and reads back as the same paragraphs, or stops with a one-line WireError or DateError.
 * Inputs mix arbitrary Unicode (lone surrogates included) with the pieces most likely to
 * break Markdown, MDX or the wire parser. Runs are bounded so the suite stays fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateError, parseDate } from '../../src/dates/index.ts';
import { findDateMentions } from '../../src/importer/dates/mentions.ts';
import { decodeWire } from '../../src/importer/wire/decode.ts';
import { importWire } from '../../src/importer/wire/import-wire.ts';
import { parseWire } from '../../src/importer/wire/parse-wire.ts';
import { WireError } from '../../src/importer/wire/wire-error.ts';
import { readBack } from './mdx-roundtrip.ts';

const TRICKY = [
  '{',
  '}',
  '<',
  '>',
  '*',
  '_',
  '#',
  '`',
  '[',
  ']',
  '(',
  ')',
  '|',
  '~',
  '\\',
  '!',
  '&amp;',
  '&#123;',
  '&',
  ':',
  'import ',
  'export ',
  '- ',
  '+ ',
  '1. ',
  '2016. ',
  '> ',
  '    ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\n   ',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '—',
  '–',
  ' - ',
  '...',
  '…',
  '\u00a0',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u2028',
  '\u200b',
  '<!--',
  '-->',
  '---',
  '===',
  '***',
  '___',
  '{/*',
  '*/}',
  '$$',
  'http://x.y',
  'www.x.y',
  '[^1]',
  '![a](b)',
  '<https://a.b>',
  '<Chart id="x" />',
  '</div>',
  '=',
  'MOSCOW — ',
  'MOSCOW/GENEVA (Reuters) – ',
  'GENEVA (AP) — ',
  'WASHINGTON, March 14 (Reuters) - ',
  'By Jane Doe',
  'Associated Press',
  '(Reporting by A; Editing by B)',
  'AFP contributed to this report.',
  'Copyright 2016 AP',
  'Published 9:40 a.m. ET',
  'dm/kir',
  'Monday',
  'beginning Tuesday',
  'Feb. 27',
  'Feb. 30',
  'around March 24',
  'more than a month ago',
  'the the',
  'Syria',
  'said',
  '. ',
  ', ',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 8 }) },
);
const wireText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const storyDate = fc.option(
  fc.oneof(fc.constantFrom('2016-03-14', '2016-02-29', '2015-12-31', '2016-01-01'), fc.string({ maxLength: 12 })),
  { nil: undefined },
);

function expectClearError(error: unknown): void {
  expect(error instanceof WireError || error instanceof DateError, String(error)).toBe(true);
  expect((error as Error).message).not.toMatch(/\n/);
  expect((error as Error).message.length).toBeGreaterThan(0);
}

describe('the importer on any text', () => {
  it('makes a draft that MDX reads back paragraph for paragraph, or fails with a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(wireText, storyDate, async (text, date) => {
        let result;
        try {
          result = importWire(text, { file: 'story.txt', date });
        } catch (error) {
          expectClearError(error);
          return;
        }
        expect(await readBack(result.mdx)).toEqual(parseWire(text).paragraphs.map((p) => p.text));
        for (const warning of result.warnings) expect(warning).toMatch(/^story\.txt:\d+: (?:warning|note): [^\n]+$/);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes any bytes to text or refuses them with a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(typeof decodeWire(bytes)).toBe('string');
        } catch (error) {
          expectClearError(error);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on a huge paragraph of capitals and one long word', () => {
    const started = performance.now();
    expect(() =>
      importWire(`${'SYRIA '.repeat(20000)}\n\n${'a'.repeat(100000)} end.`, {
        file: 'big.txt',
        date: '2016-03-14',
        slug: 'big',
      }),
    ).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('the date functions on any text', () => {
  it('parseDate returns a date or throws DateError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('2016-02-29', 'about 2016-03', '2016-01/2016-02', 'before 2016')),
        (text) => {
          try {
            const d = parseDate(text);
            expect(d.start <= d.end).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(DateError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('findDateMentions reports mentions that are where it says they are', () => {
    fc.assert(
      fc.property(wireText, (text) => {
        for (const m of findDateMentions(text, '2016-03-14')) {
          expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(m.resolved !== null || typeof m.reason === 'string').toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
