/**
 * Golden tests: each wire story in tests/fixtures/wire/ against the MDX draft and the terminal
 * report it should produce, both read and checked by eye. After an intended change, rewrite
 * them with UPDATE_GOLDEN=1 and read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeWire } from '../../src/importer/wire/decode.ts';
import { importWire } from '../../src/importer/wire/import-wire.ts';
import { parseWire } from '../../src/importer/wire/parse-wire.ts';
import { readBack, splitFrontMatter } from './mdx-roundtrip.ts';

const DIR = 'tests/fixtures/wire';
const CASES: { name: string; date?: string; slug?: string }[] = [
  { name: 'seed-000_b537e3962bc384f2', date: '2016-03-14' },
  { name: 'reuters-slash-dateline', date: '2016-03-14' },
  { name: 'ap-headline-byline' },
  { name: 'crlf-bom-afp', date: '2016-03-14' },
  { name: 'indented-paragraphs', date: '2016-03-14' },
  { name: 'wrapped-reuters', date: '2016-03-14' },
  { name: 'hostile-markup', slug: 'hostile-markup' },
];

function golden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1, then read it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(CASES)('$name', ({ name, date, slug }) => {
  const file = `${DIR}/${name}.txt`;
  const text = decodeWire(readFileSync(file));
  const result = importWire(text, { file, date, slug });

  it('produces the reviewed MDX draft', () => {
    golden(`${DIR}/${name}.expected.mdx`, result.mdx);
  });

  it('produces the reviewed report', () => {
    const warnings = result.warnings.length ? `${result.warnings.join('\n')}\n\n` : '';
    golden(`${DIR}/${name}.expected-report.txt`, `slug: ${result.slug}\n\n${warnings}${result.report}`);
  });

  it('writes front matter the schema can read, every string a string', () => {
    const data = parseYaml(splitFrontMatter(result.mdx).yaml);
    expect(Object.keys(data)).toEqual([
      'title',
      'dek',
      'dateline',
      'publishedAt',
      'updatedAt',
      'credit',
      'keyPoints',
      'corrections',
      'draft',
    ]);
    expect(data).toMatchObject({
      dek: '',
      updatedAt: '',
      keyPoints: [],
      corrections: [],
      draft: true,
      publishedAt: date ?? '',
    });
  });

  it('compiles, and MDX reads back every paragraph as the same plain text', async () => {
    expect(await readBack(result.mdx)).toEqual(parseWire(text).paragraphs.map((p) => p.text));
  });
});
