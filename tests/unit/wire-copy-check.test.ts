import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../src/importer/wire/copy-check.ts';
import { splitParagraphs } from '../../src/importer/wire/paragraphs.ts';

const check = (input: string) => checkCopy(splitParagraphs(input)).map((w) => `${w.line}: ${w.message}`);

describe('checkCopy', () => {
  it('queries a paragraph that starts with punctuation or a lower-case letter', () => {
    expect(check('Fine.\n\n, ollowing the surprise announcement Monday of a pullout.\n\nstate media said so.')).toEqual(
      [
        '3: paragraph starts with ",": ", ollowing the surprise announcement…"',
        '5: paragraph starts with a lower-case letter: "state media said so."',
      ],
    );
  });

  it('lets a paragraph open with a quotation, a bracket, a list dash, an ellipsis or a name like eBay', () => {
    expect(
      check('"Yes," he said.\n\n(AP) text.\n\n— Item one.\n\n... and then.\n\neBay said so.\n\n$5 million was paid.'),
    ).toEqual([]);
  });

  it('queries unbalanced straight and curly quotation marks', () => {
    expect(check('He said "yes.\n\nThen “no.\n\nAnd “maybe” and "so".')).toEqual([
      '1: unbalanced quotation marks: 1 straight double quote in "He said "yes."',
      '3: unbalanced quotation marks: 1 “ but 0 ” in "Then “no."',
    ]);
  });

  it('does not query a quotation that runs on into the next paragraph, wire style', () => {
    expect(check('“The task is done. We will go on.\n\n“The base stays,” he said.')).toEqual([]);
    expect(check('"The task is done.\n\n"The base stays," he said.')).toEqual([]);
  });

  it('queries a doubled word on the line where it is, but not "had had"', () => {
    expect(check('One said the the timing was odd, and it had had an effect.')).toEqual(['1: doubled word: "the the"']);
    expect(
      check(
        'A line that is long enough to wrap around the column at the end\nof it, where the the doubled word sits on the second line here ok.',
      ),
    ).toEqual(['2: doubled word: "the the"']);
  });
});
