/**
 * The body of a new, empty explainer: a placeholder paragraph and, commented out, one example
 * of each figure tag a journalist can use. MDX comments keep the examples out of the page until
 * the marks are removed; tags need no import lines because the site passes them to every page.
 */
import { draftFrontMatter, frontMatterBlock } from './front-matter.ts';

const EXAMPLES: [what: string, tag: string][] = [
  [
    'Chart: one view of a dataset as an SVG chart with its table and CSV. Data: src/content/data/death-toll-estimates.csv',
    '<Chart id="death-tolls" dataset="death-toll-estimates" view="by-publisher" />',
  ],
  [
    'Timeline: dated events, each with its quote or source. Data: src/content/data/ceasefire-timeline.yaml',
    '<Timeline id="timeline" events="ceasefire-timeline" />',
  ],
  [
    'PositionsTable: where each party stands on each question. Data: src/content/data/syria-positions.yaml',
    '<PositionsTable id="positions" positions="syria-positions" />',
  ],
  [
    'Fact: one number in the text, formatted and linked to its source. Data: the row with this id in src/content/data/death-toll-estimates.csv',
    '<Fact id="scpr-2015" />',
  ],
];

export function scaffoldMdx(today: string): string {
  const body = [
    'TODO: write the story here, one paragraph per block with a blank line between. Start the lede with the dateline, e.g. "MOSCOW — …".',
    '{/* To place a figure, copy its tag onto a line of its own, outside the comment marks. */}',
    ...EXAMPLES.map(([what, tag]) => `{/* ${what} */}\n{/* ${tag} */}`),
  ];
  return `${frontMatterBlock(draftFrontMatter({ publishedAt: today }))}\n${body.join('\n\n')}\n`;
}
