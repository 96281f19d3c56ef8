/**
 * The body of a new, empty explainer: a placeholder paragraph and, commented out, one example
 * of each figure tag a journalist can use. MDX comments keep the examples out of the page until
 * the marks are removed; tags need no import lines because the site passes them to every page.
 */
import { draftFrontMatter, frontMatterBlock } from './front-matter.ts';

const EXAMPLES: [what: string, tag: string][] = [
  [
    'Chart: one chart of a CSV in src/content/data/ (here my-data.csv, with a column "category", a column "value" and a "source" on every row). Forms and props: docs/charts.md',
    '<Chart id="my-chart" dataset="my-data" type="bar" y="category" x="value" />',
  ],
  [
    'Timeline: dated events, each with its quote or source. Data: src/content/data/my-timeline.yaml',
    '<Timeline id="timeline" events="my-timeline" />',
  ],
  [
    'PositionsTable: where each party stands on each question. Data: src/content/data/my-positions.yaml',
    '<PositionsTable id="positions" positions="my-positions" />',
  ],
  [
    'Fact: one number in the text, formatted and linked to its source. Data: the row with this id in any CSV of src/content/data/',
    '<Fact id="my-row-id" />',
  ],
  [
    'Fact with column: the number in one named column of the row, when it has several; key points name it after a dot, my-row-id.value, in double braces',
    '<Fact id="my-row-id" column="value" />',
  ],
  [
    'Table: a CSV as a table, sorted ("-" for highest first), a bar beside each value, the rest folded after 8 rows. Props: docs/authoring.md',
    '<Table id="my-table" dataset="my-data" sort="-value" bars="value" rows="8" />',
  ],
  [
    'Image: a picture you put in src/content/images/, with what it shows (alt) and who made it (credit)',
    '<Image id="my-picture" src="my-picture.jpg" alt="What the picture shows" credit="Photographer / Agency" caption="" />',
  ],
];

export function scaffoldMdx(today: string): string {
  const body = [
    'TODO: write the story here, one paragraph per block with a blank line between. Start the lede with the dateline, e.g. "MOSCOW — …".',
    '{/* To place a figure, copy its tag onto a line of its own, outside the comment marks. */}',
    ...EXAMPLES.map(([what, tag]) => `{/* ${what} */}\n{/* ${tag} */}`),
  ];
  const { title, dek, credit, dateline, publishedAt, updatedAt, keyPoints, corrections, draft } = draftFrontMatter({
    publishedAt: today,
  });
  // Every field of the schema, in its order, so a journalist sees all there is to fill in.
  const fields = {
    title,
    dek,
    credit,
    creditSources: [],
    dateline,
    publishedAt,
    updatedAt,
    keyPoints,
    corrections,
    notes: [],
    draft,
  };
  return `${frontMatterBlock(fields)}\n${body.join('\n\n')}\n`;
}
