import { describe, expect, it } from 'vitest';
import { capProblems, contentMistake } from '../../src/problems/content-mistake.ts';
import { ContentError, ContentErrors } from '../../src/problems/content-error.ts';

/** The build lists every mistake it found, one line each, up to a cap with "and N more". */
describe('the list of content mistakes', () => {
  const mistakes = (n: number) =>
    new ContentErrors(Array.from({ length: n }, (_, i) => new ContentError('data/a.csv', i + 2, 'value', `bad ${i}`)));

  it('prints every mistake of a short list', () => {
    expect(contentMistake(mistakes(3), '/')!.split('\n')).toEqual([
      'data/a.csv:2: value: bad 0',
      'data/a.csv:3: value: bad 1',
      'data/a.csv:4: value: bad 2',
    ]);
  });

  it('stops a long list at the cap and says how many more', () => {
    const lines = contentMistake(mistakes(45), '/')!.split('\n');
    expect(lines).toHaveLength(31);
    expect(lines.at(-1)).toBe('… and 15 more (fix these and build again to see them)');
    expect(capProblems('a\nb\nc', 2)).toBe('a\nb\n… and 1 more (fix these and build again to see them)');
  });
});
