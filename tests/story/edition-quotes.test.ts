import { describe, expect, it } from 'vitest';
import { parseTranslation } from '../../src/loaders/data-files.ts';
import { quoteCiter, quoteTranslator } from '../../src/story/evidence-figures.ts';

/**
 * An edition cites a data file's quotes in its own words: the file's translation beside it gives
 * them, and the build finds them in the edition's text, or stops at the file and line to fix.
 */

const translationFile = 'src/content/data/fixture-positions.ar.yaml';
const translation = parseTranslation(
  `# Arabic words for fixture-positions.yaml
quotes:
  - en: the North backs the truce
    ar: "الشمال يؤيد الهدنة"
  - en: the South does not
    ar: "الجنوب لا يؤيدها"
`,
  translationFile,
  'en',
);
const translations = new Map([['fixture-positions.ar', { path: translationFile, translation }]]);
const story = {
  path: 'src/content/explainers/ar/fixture-story.mdx',
  publishedAt: '2016-03-14',
  paragraphs: [
    { n: 1, text: 'قال الرئيس إن معظم قواتنا ستبدأ المغادرة غدًا.' },
    { n: 2, text: 'وأحصى المرصد القتلى، ويقول إن الشمال يؤيد الهدنة.' },
  ],
  translateQuote: quoteTranslator('ar', translations),
};
const cite = quoteCiter(story, 'src/content/data/fixture-positions.yaml');

describe("an edition's quotes (src/content/data/<file>.<lang>.yaml)", () => {
  it('finds the translated words in the edition and links their paragraph', () => {
    expect(cite('the North backs the truce', 17)).toEqual({ href: '#p-2', paragraph: 2 });
  });

  it('stops at the original quote when it has no translation', () => {
    expect(() => cite('most of our forces will leave', 9)).toThrow(
      'src/content/data/fixture-positions.yaml:9: quote: has no ar translation: add it to src/content/data/fixture-positions.ar.yaml under quotes',
    );
  });

  it('stops at the translation when the edition does not say those words', () => {
    expect(() => cite('the South does not', 21)).toThrow(
      /^src\/content\/data\/fixture-positions\.ar\.yaml:5: quote: "الجنوب لا يؤيدها" is not in the story/,
    );
  });

  it('refuses a translation file that lacks one of the two languages', () => {
    expect(() => parseTranslation('quotes:\n  - en: the North\n', translationFile, 'en')).toThrow(
      `${translationFile}:2: ar: is missing: each quote gives the en words and the ar words`,
    );
  });
});
