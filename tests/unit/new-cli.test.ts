import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { contentRuleProblemsInFile } from '../../src/remark/content-rules.ts';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, tempDir } from './cli-helpers.ts';
import { splitFrontMatter } from './mdx-roundtrip.ts';

let dir: { path: string; remove: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe('npm run new', () => {
  it('scaffolds a draft with complete front matter, its date left for the journalist to fill', () => {
    const run = runCommand('new', ['russia-syria-withdrawal'], dir.path);
    expect(run.status).toBe(0);
    const path = join(dir.path, 'russia-syria-withdrawal.mdx');
    expect(run.stdout.split('\n')[0]).toBe(path);
    expect(run.stdout).toContain('npm run dev');
    const { yaml } = splitFrontMatter(readFileSync(path, 'utf8'));
    const data = parseYaml(yaml);
    // Every field of the explainer schema, in its order.
    expect(Object.keys(data)).toEqual([
      'title',
      'dek',
      'credit',
      'creditSources',
      'dateline',
      'publishedAt',
      'updatedAt',
      'keyPoints',
      'corrections',
      'notes',
      'draft',
    ]);
    expect(data).toEqual({
      title: 'TODO: headline',
      dek: '',
      dateline: '',
      publishedAt: '',
      updatedAt: '',
      credit: '',
      creditSources: [],
      keyPoints: [],
      corrections: [],
      notes: [],
      draft: true,
    });
    // Each says what to write; neither is guessed (today's date would decide which figures the story shows).
    expect(yaml).toContain('publishedAt: "" # the day the story runs, e.g. "2024-03-14": needed to publish');
    expect(yaml).toContain('dateline: "" # e.g. MOSCOW: printed above the story, so the lede does not repeat it');
  });

  it('never tells the journalist to start the lede with the dateline, which the page prints already', () => {
    runCommand('new', ['dateline'], dir.path);
    const body = readFileSync(join(dir.path, 'dateline.mdx'), 'utf8').split(/^---$/m)[2]!;
    expect(body).not.toMatch(/Start the lede with the dateline|"MOSCOW —/);
    expect(body).toContain('do not type it again at the start of the lede');
  });

  it('comments out one example of each figure tag, each on its own line, with no imports, and compiles', async () => {
    runCommand('new', ['example'], dir.path);
    const mdx = readFileSync(join(dir.path, 'example.mdx'), 'utf8');
    for (const tag of [
      '<Chart id="my-chart" dataset="my-data" type="bar" y="category" x="value" />',
      '<Timeline id="timeline" events="my-timeline" />',
      '<PositionsTable id="positions" positions="my-positions" />',
      '<Fact id="my-row-id" />',
      '<Fact id="my-row-id" column="value" />',
      '<Table id="my-table" dataset="my-data" sort="-value" bars="value" rows="8" />',
      '<Image id="my-picture" src="my-picture.jpg" alt="What the picture shows" credit="Photographer / Agency" caption="" />',
    ])
      expect(mdx.split('\n')).toContain(`{/* ${tag} */}`);
    // A draft for any subject: it names none of the first story's datasets.
    expect(mdx).not.toMatch(/death|ceasefire|syria|scpr/i);
    expect(mdx).not.toMatch(/^import /m);
    await expect(compile(splitFrontMatter(mdx).body)).resolves.toBeDefined();
    // Comments are the one {…} a story may hold: the draft passes the content rules as it is.
    expect(contentRuleProblemsInFile(mdx, 'example.mdx')).toEqual([]);
  });

  it('never overwrites an existing file', () => {
    const path = join(dir.path, 'taken.mdx');
    writeFileSync(path, 'keep me\n');
    const run = runCommand('new', ['taken'], dir.path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^new: .*taken\.mdx already exists; not overwriting it/);
    expect(readFileSync(path, 'utf8')).toBe('keep me\n');
  });

  it.each([
    [[], /which slug\?/],
    [['Not_Kebab'], /"Not_Kebab" is not a lowercase-kebab slug/],
    [['a', 'b'], /one slug at a time/],
    [['--force', 'x'], /unknown option --force/],
  ])('refuses %j with usage exit code 2', (args, message) => {
    const run = runCommand('new', args, dir.path);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
