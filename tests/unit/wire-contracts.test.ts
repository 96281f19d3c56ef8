/**
 * What the importer and the scaffolder write must be what the site reads: their front matter
 * passes the explainer schema as a draft, and a suggested timeline event passes the timeline
 * schema once the journalist has written its title and chosen its category.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/schemas/explainer.ts';
import { timelineFileSchema } from '../../src/schemas/timeline.ts';
import { scaffoldMdx } from '../../src/importer/drafts/scaffold.ts';
import { decodeWire } from '../../src/importer/wire/decode.ts';
import { importWire } from '../../src/importer/wire/import-wire.ts';
import { findQuote } from '../../src/provenance/citations.ts';
import { parseStory, storyParagraphs } from '../../src/loaders/story-tree.ts';
import { splitFrontMatter } from './mdx-roundtrip.ts';

const SEED = 'tests/fixtures/wire/seed-000_b537e3962bc384f2.txt';
const seed = decodeWire(readFileSync(SEED));

describe('contracts with the content schemas', () => {
  it.each([
    ['an import with --date', () => importWire(seed, { file: SEED, date: '2016-03-14' }).mdx],
    ['an import without --date', () => importWire(seed, { file: SEED }).mdx],
    ['a new scaffold', () => scaffoldMdx('2016-03-14')],
  ])('%s has front matter the explainer schema accepts as a draft', (_, mdx) => {
    const result = explainerSchema.safeParse(parseYaml(splitFrontMatter(mdx()).yaml));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.draft).toBe(true);
  });

  it('suggests timeline events the timeline schema accepts once title and category are filled in', () => {
    const { report } = importWire(seed, { file: SEED, date: '2016-03-14' });
    const yaml = report.slice(report.indexOf('\n- id:') + 1);
    const events = parseYaml(yaml) as Record<string, string>[];
    expect(events.length).toBeGreaterThan(5);
    const filled = events.map((e) => ({ ...e, title: 'Russia begins its withdrawal', category: 'military' }));
    const result = timelineFileSchema.safeParse(filled);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(timelineFileSchema.safeParse(events).success).toBe(false);
  });

  it('suggests quotes the build finds in exactly the paragraph the event id names', () => {
    const cases = [
      'seed-000_b537e3962bc384f2',
      'reuters-slash-dateline',
      'crlf-bom-afp',
      'indented-paragraphs',
      'wrapped-reuters',
    ];
    for (const name of cases) {
      const file = `tests/fixtures/wire/${name}.txt`;
      const { mdx, report } = importWire(decodeWire(readFileSync(file)), { file, date: '2016-03-14' });
      const paragraphs = storyParagraphs(parseStory(splitFrontMatter(mdx).body));
      const events = parseYaml(report.slice(report.indexOf('\n- id:') + 1)) as { id: string; quote: string }[];
      for (const event of events) {
        expect(findQuote(event.quote, paragraphs), `${name}: ${event.id}`).toEqual({
          ok: true,
          paragraph: Number(/^p(\d+)-/.exec(event.id)![1]),
        });
      }
    }
  });
});
