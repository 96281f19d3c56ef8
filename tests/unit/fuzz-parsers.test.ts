import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../src/problems/content-error.ts';
import { readCsvRecords } from '../../src/loaders/csv-records.ts';
import { readYaml } from '../../src/loaders/yaml-records.ts';
import { parseChartDataset, parsePositions, parseSources, parseTimeline } from '../../src/loaders/data-files.ts';
import { DateError, parseDate } from '../../src/dates/index.ts';
import { findDateMentions } from '../../src/importer/dates/mentions.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import { importWire } from '../../src/importer/wire/import-wire.ts';
import { parseWire } from '../../src/importer/wire/parse-wire.ts';
import { splitParagraphs } from '../../src/importer/wire/paragraphs.ts';
import { paragraphsToMdx } from '../../src/importer/wire/to-mdx.ts';
import { WireError } from '../../src/importer/wire/wire-error.ts';
import { decodeWire } from '../../src/importer/wire/decode.ts';
import { sentenceSpans } from '../../src/importer/wire/sentences.ts';
import { findDateline } from '../../src/importer/wire/dateline.ts';
import {
  isAgencyLine,
  isByline,
  isPageFurniture,
  isSeparator,
  isTimestamp,
  isTrailer,
} from '../../src/importer/wire/credits.ts';
import { slugFrom, slugProblem } from '../../src/importer/drafts/slug.ts';

/**
 * No input crashes a content parser: it returns, or throws one of our own errors with a
 * message a journalist can act on (ContentError `path:line: field: …`, DateError, WireError,
 * or, for MDX, the parser's positioned VFileMessage). A TypeError or RangeError is a bug.
 * Inputs are random text over the characters that matter to each format, and random edits
 * of the real content files, so most runs get deep into the parser instead of failing on line 1.
 */

const root = join(import.meta.dirname, '../..');
const real = (path: string) => readFileSync(join(root, path), 'utf8');
/** FUZZ_SCALE=20 npx vitest run tests/unit/fuzz-parsers.test.ts searches harder; the suite stays fast. */
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const n = (numRuns: number) => ({ numRuns: numRuns * scale });
const runs = n(250);

const sourcesText = real('src/content/sources.yaml');
const sourceIds = new Set(parseSources(sourcesText, 'src/content/sources.yaml').map((s) => s.id));
const csvFiles = ['death-toll-estimates.csv', 'deaths-per-year.csv', 'truce-first-week.csv'].map((name) =>
  real(`src/content/data/${name}`),
);
const timelineText = real('src/content/data/ceasefire-timeline.yaml');
const positionsText = real('src/content/data/syria-positions.yaml');
const storyBody = real('src/content/explainers/russia-syria-withdrawal.mdx').split(/^---$/m).slice(2).join('---');
const wireText = real('tests/fixtures/story/wire-story.txt');

/** Characters each format gives meaning to, plus the ones editors and Excel add. */
const tricky = [
  ',',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  ' ',
  '\t',
  ':',
  '-',
  '#',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '/',
  '&',
  '*',
  '!',
  '|',
  '%',
  '@',
  '`',
  '\\',
  '\u202E',
  '\u00A0',
  '\u0000',
  '7',
  '2016-02-31',
  '2016',
  'a',
  'Z',
  '—',
  '…',
  '“',
  '”',
  '{{',
  '}}',
  '</',
  '/>',
  'about ',
  'March',
  'Monday',
];
const trickyText = (maxLength = 60) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...tricky), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** A real file with a few random edits: deletions, insertions of tricky text, duplicated lines. */
function mutated(texts: readonly string[]) {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 12 }),
    insert: trickyText(6),
  });
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((out, { at, remove, insert }) => {
      const i = Math.floor(at * out.length);
      return out.slice(0, i) + insert + out.slice(i + remove);
    }, text),
  );
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** Runs a parser; anything thrown must be one of the allowed error classes with a message. */
function survives(run: () => unknown, allowed: readonly (new (...args: never[]) => Error)[]): unknown {
  try {
    return run();
  } catch (error) {
    if (!allowed.some((type) => error instanceof type)) throw error;
    expect((error as Error).message.length).toBeGreaterThan(0);
    return error;
  }
}

/** A ContentError must point into the file: `file:line:` with 1 ≤ line ≤ lines in the file. */
function pointsIntoFile(result: unknown, file: string, text: string) {
  // Several mistakes of one file are listed together: each must point into it.
  if (result instanceof ContentErrors) return result.errors.forEach((error) => pointsIntoFile(error, file, text));
  if (!(result instanceof ContentError)) return;
  expect(result.file).toBe(file);
  expect(result.message.startsWith(`${file}:${result.line}: `)).toBe(true);
  expect(result.line).toBeGreaterThanOrEqual(1);
  expect(result.line).toBeLessThanOrEqual(lineCount(text));
  expect(result.message).not.toMatch(/undefined|\[object Object\]/);
}

describe('data file parsers never crash', () => {
  const csv = 'src/content/data/fuzz.csv';
  const yaml = 'src/content/data/fuzz.yaml';

  it('readCsvRecords: random text', () => {
    fc.assert(
      fc.property(trickyText(), (text) =>
        pointsIntoFile(
          survives(() => readCsvRecords(text, csv), [ContentError, ContentErrors]),
          csv,
          text,
        ),
      ),
      runs,
    );
  });

  it('parseChartDataset: edited real datasets', () => {
    fc.assert(
      fc.property(mutated(csvFiles), (text) => {
        const result = survives(() => parseChartDataset(text, csv, sourceIds), [ContentError, ContentErrors]);
        pointsIntoFile(result, csv, text);
        if (result && !(result instanceof Error)) {
          const dataset = result as ReturnType<typeof parseChartDataset>;
          for (const row of dataset.rows)
            expect(row.line >= 2 && Object.keys(row.cells).length === dataset.columns.length).toBe(true);
        }
      }),
      runs,
    );
  });

  it('readYaml: random text', () => {
    fc.assert(
      fc.property(trickyText(), (text) =>
        pointsIntoFile(
          survives(() => readYaml(text, yaml), [ContentError, ContentErrors]),
          yaml,
          text,
        ),
      ),
      runs,
    );
  });

  it('parseSources: random text and edited real registry', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText(), mutated([sourcesText])), (text) =>
        pointsIntoFile(
          survives(() => parseSources(text, yaml), [ContentError, ContentErrors]),
          yaml,
          text,
        ),
      ),
      runs,
    );
  });

  it('parseTimeline: edited real timeline', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText(), mutated([timelineText])), (text) =>
        pointsIntoFile(
          survives(() => parseTimeline(text, yaml, sourceIds), [ContentError, ContentErrors]),
          yaml,
          text,
        ),
      ),
      runs,
    );
  });

  it('parsePositions: edited real positions table', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText(), mutated([positionsText])), (text) =>
        pointsIntoFile(
          survives(() => parsePositions(text, yaml, sourceIds), [ContentError, ContentErrors]),
          yaml,
          text,
        ),
      ),
      runs,
    );
  });

  it('a byte-order mark, CRLF endings and trailing blank lines never change what a file parses to', () => {
    const messy = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}\r\n\r\n`;
    fc.assert(
      fc.property(mutated(csvFiles), (text) => {
        const clean = survives(() => parseChartDataset(text, csv, sourceIds), [ContentError, ContentErrors]);
        const dirty = survives(() => parseChartDataset(messy(text), csv, sourceIds), [ContentError, ContentErrors]);
        if (clean instanceof Error || dirty instanceof Error) expect(String(dirty)).toBe(String(clean));
        else expect(dirty).toEqual(clean);
      }),
      n(100),
    );
  });
});

describe('dates never crash', () => {
  const dateLike = fc.oneof(
    trickyText(20),
    fc
      .tuple(
        fc.constantFrom('', 'about ', 'before ', 'About  '),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 40 }),
        fc.constantFrom('', '/2016-03', '/2016-03-14', '/', '/x'),
      )
      .map(
        ([q, y, m, d, tail]) =>
          `${q}${String(y).padStart(4, '0')}${m >= 0 ? `-${String(m).padStart(2, '0')}` : ''}${d >= 0 && m >= 0 ? `-${String(d).padStart(2, '0')}` : ''}${tail}`,
      ),
  );

  it('parseDate returns a date whose start is not after its end, or throws DateError', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const result = survives(() => parseDate(text), [DateError]);
        if (!(result instanceof Error)) {
          const date = result as ReturnType<typeof parseDate>;
          expect(date.start <= date.end).toBe(true);
        }
      }),
      n(1000),
    );
  });

  it('findDateMentions: mentions are where they say they are; only a bad story date throws', () => {
    const prose = fc.oneof(trickyText(80), mutated([storyBody.slice(0, 4000), wireText.slice(0, 4000)]));
    fc.assert(
      fc.property(
        prose,
        fc.option(fc.oneof(fc.constant('2016-03-14'), dateLike), { nil: undefined }),
        (text, storyDate) => {
          const result = survives(() => findDateMentions(text, storyDate), [DateError]);
          if (Array.isArray(result))
            for (const m of result) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
        },
      ),
      n(200),
    );
  });
});

describe('the story parser never crashes', () => {
  /** micromark's positioned error: MDX syntax mistakes carry a line the build can print. */
  class VFileMessageLike extends Error {
    static [Symbol.hasInstance](value: unknown) {
      return value instanceof Error && value.name !== 'TypeError' && 'line' in value && 'reason' in value;
    }
  }

  it('parseStory: random MDX-ish text and edited real story', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText(), mutated([storyBody])), (text) => {
        const result = survives(() => parseStory(text), [VFileMessageLike]);
        if (result instanceof Error)
          expect((result as unknown as { line?: number }).line ?? 1).toBeGreaterThanOrEqual(1);
        else expect(() => storyParagraphs(result as ReturnType<typeof parseStory>)).not.toThrow();
      }),
      n(150),
    );
  });
});

describe('the wire importer never crashes', () => {
  const wireInput = fc.oneof(trickyText(120), mutated([wireText]));

  it('splitParagraphs and parseWire return or throw WireError', () => {
    fc.assert(
      fc.property(wireInput, (text) => {
        expect(() => splitParagraphs(text)).not.toThrow();
        survives(() => parseWire(text), [WireError]);
      }),
      n(200),
    );
  });

  it('importWire returns an MDX draft whose body parses back to the same paragraphs, or throws WireError/DateError', () => {
    const date = fc.option(fc.oneof(fc.constant('2016-03-14'), fc.constantFrom('2016-02-31', '2016-03', 'x', '')), {
      nil: undefined,
    });
    fc.assert(
      fc.property(wireInput, date, (text, storyDate) => {
        const result = survives(() => importWire(text, { file: 'wire.txt', date: storyDate }), [WireError, DateError]);
        if (result instanceof Error) return;
        const { mdx } = result as ReturnType<typeof importWire>;
        const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
        const expected = parseWire(text).paragraphs.map((p) => p.text);
        expect(storyParagraphs(parseStory(body)).map((p) => p.text)).toEqual(expected);
      }),
      n(120),
    );
  });

  it('paragraphsToMdx escapes anything: the text reads back unchanged', () => {
    const paragraph = trickyText(30)
      .map((t) =>
        t
          .replace(/[\r\n\u0000-\u001f\u007f-\u009f\uFEFF]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((t) => t !== '');
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(storyParagraphs(parseStory(paragraphsToMdx(texts))).map((p) => p.text)).toEqual(texts);
      }),
      n(300),
    );
  });

  it('decodeWire: any bytes decode to text or are refused with WireError', () => {
    const wireBytes = new TextEncoder().encode(wireText.slice(0, 2000));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .tuple(
          fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
          fc.array(fc.tuple(fc.nat({ max: wireBytes.length }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        )
        .map(([mark, edits]) => {
          const out = Uint8Array.from([...mark, ...wireBytes]);
          for (const [at, value] of edits) out[Math.min(at + mark.length, out.length - 1)] = value;
          return out;
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const result = survives(() => decodeWire(input), [WireError]);
        if (typeof result === 'string') expect(() => importWire(result, { file: 'wire.txt' })).not.toThrow(TypeError);
      }),
      n(200),
    );
  });

  it('sentence spans and the line classifiers take any text', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText(80), mutated([wireText.slice(0, 1500)])), (text) => {
        let end = 0;
        for (const [from, to] of sentenceSpans(text)) {
          expect(from >= end && from <= to && to <= text.length).toBe(true);
          end = to;
        }
        for (const check of [isByline, isAgencyLine, isTimestamp, isTrailer, isPageFurniture, isSeparator])
          expect(typeof check(text)).toBe('boolean');
        const dateline = findDateline(text);
        if (dateline) expect(typeof dateline.place).toBe('string');
      }),
      runs,
    );
  });

  it('slugFrom gives a usable slug or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const slug = slugFrom(text);
        if (slug) expect(slugProblem(slug)).toBeNull();
      }),
      runs,
    );
  });
});
