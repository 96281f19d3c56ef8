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

/** What the front matter says about the two fields a new story's author most often gets wrong. */
const FIELD_NOTES: Record<string, string> = {
  dateline: 'e.g. MOSCOW: printed above the story, so the lede does not repeat it',
  publishedAt:
    'the day the story runs, e.g. "2024-03-14": needed to publish; until then a draft shows figures as of today',
};

/**
 * `publishedAt`: the date to write, "" for none (`npm run new` leaves it for the journalist: a
 * guessed date would silently decide which figures the story may show).
 */
export function scaffoldMdx(publishedAtDate = ''): string {
  const body = [
    'TODO: write the story here, one paragraph per block with a blank line between. The dateline (MOSCOW) goes in the front matter, which prints it above the story: do not type it again at the start of the lede.',
    '{/* To place a figure, copy its tag onto a line of its own, outside the comment marks. */}',
    ...EXAMPLES.map(([what, tag]) => `{/* ${what} */}\n{/* ${tag} */}`),
  ];
  const { title, dek, credit, dateline, publishedAt, updatedAt, keyPoints, corrections, draft } = draftFrontMatter({
    publishedAt: publishedAtDate,
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
  const block = frontMatterBlock(fields).replace(/^(dateline|publishedAt): (.*)$/gm, (line, key: string) =>
    FIELD_NOTES[key] ? `${line} # ${FIELD_NOTES[key]}` : line,
  );
  return `${block}\n${body.join('\n\n')}\n`;
}
