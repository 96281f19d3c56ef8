import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError, ContentErrors, contentErrorText } from '../../src/problems/content-error.ts';
import { factTokensInStory } from '../../src/loaders/story-fact-tokens.ts';
import { frontMatterLines, writtenSlug } from '../../src/loaders/front-matter-lines.ts';
import { validateAll } from '../../src/loaders/validate.ts';
import { explainerSchema } from '../../src/schemas/explainer.ts';

const file = 'src/content/explainers/story.mdx';
const story = (frontMatter: string, body = 'The lede.\n') => `---\n${frontMatter}---\n\n${body}`;

/** What the explainer loader reports for a story: every front-matter problem, each at its line. */
function problems(text: string): string[] {
  const data = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
  const read = validateAll(explainerSchema, { data, lineOf: frontMatterLines(text) }, file);
  return read.ok ? [] : read.errors.map((e) => e.message);
}

describe("a story's front matter", () => {
  it('reports every problem of a published story at once, each at the line of its field', () => {
    const text = story(
      `title: "T"\ndek: ""\ncredit: "By A."\npublishedAt: "2016-03-20"\nupdatedAt: ""\nkeyPoints: []\ndraft: false\n`,
    );
    expect(problems(text)).toEqual([
      `${file}:3: dek: is empty: a published story needs a dek (or set draft: true)`,
      `${file}:6: updatedAt: is empty: a published story needs updatedAt, the same as publishedAt if never updated`,
      `${file}:7: keyPoints: has 0 points: a published story needs three to five`,
    ]);
  });

  it('reports an unknown field at its own line, a nested value at its line, and a missing title at line 1', () => {
    const text = story(`tittle: "T"\ndraft: true\ncorrections:\n  - date: "2016-02-30"\n    text: Fixed.\n`);
    expect(problems(text)).toEqual([
      `${file}:1: title: is required but missing`,
      `${file}:5: date: "2016-02-30" is not a real date: February 2016 has 29 days`,
      `${file}:2: tittle: is not a field here (did you mean "title"?): use title, dek, slug, lang, credit, creditSources, dateline, publishedAt, updatedAt, keyPoints, corrections, notes, draft`,
    ]);
  });

  it('lets key points print a {{fact}} and refuses one anywhere else', () => {
    const text = story(`title: "T"\ndek: "About {{scpr-2015}} died"\nkeyPoints: ["{{scpr-2015}} died"]\ndraft: true\n`);
    expect(problems(text)).toEqual([
      `${file}:3: dek: has {{scpr-2015}}, but only a story's keyPoints turn {{…}} into a number from the data: write it out here`,
    ]);
  });

  it('finds the slug of a front matter that does not parse', () => {
    expect(writtenSlug(story('title: [broken\nslug: my-story\n'))).toBe('my-story');
    expect(writtenSlug(story('title: "No slug"\n'))).toBeUndefined();
  });
});

describe("a {{fact}} in a story's text", () => {
  it('is refused at its line with the tag to use instead; code is left alone', () => {
    const text = story(
      'title: "T"\n',
      'The lede.\n\nAbout {{scpr-2015}} died.\n\n`{{code}}`\n\n```\n{{fenced}}\n```\n',
    );
    expect(factTokensInStory(text, file).map((e) => e.message)).toEqual([
      `${file}:7: fact: {{scpr-2015}} prints a number only in keyPoints: in the story's text write <Fact id="scpr-2015" />`,
    ]);
  });
});

describe('recognising content errors', () => {
  it('reads every problem line of several, however the message was wrapped', () => {
    const errors = new ContentErrors([
      new ContentError(file, 3, 'dek', 'is empty'),
      new ContentError(file, 7, 'keyPoints', 'has 0 points'),
    ]);
    const wrapped = new Error(`Content layer failed: ${errors.message}\n    at load (loader.ts:1:1)`);
    expect(contentErrorText(wrapped)).toBe(`${file}:3: dek: is empty\n${file}:7: keyPoints: has 0 points`);
    expect(contentErrorText(new Error('TypeError: x is undefined'))).toBeUndefined();
  });
});
