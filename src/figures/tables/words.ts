/**
 * Every word a reader sees on a <Table> figure, in one place (a later change moves them into the
 * message catalog, DESIGN §4d). The model gives facts; these turn them into words that fit any
 * subject: a column's label carries the subject, nothing here names one.
 */

/** The summary's facts: the column a table ranks by, and its highest and lowest rows. */
export interface TableSummaryFacts {
  count: number;
  /** The ranked column's label, as the header shows it. */
  column: string;
  highest: { name: string; value: string };
  lowest: { name: string; value: string };
}

const rowsWord = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

/** "Applications: highest for Germany (476,510), lowest for Malta (1,845); 28 rows." */
export function tableSummary(facts: TableSummaryFacts): string {
  const { count, column, highest, lowest } = facts;
  if (count === 1) return `${column}: ${highest.value} for ${highest.name}; 1 row.`;
  return `${column}: highest for ${highest.name} (${highest.value}), lowest for ${lowest.name} (${lowest.value}); ${rowsWord(count)}.`;
}

/** A table with no column of numbers has nothing to rank. */
export function tableCountSummary(count: number): string {
  return `${rowsWord(count)}.`;
}

/** The fold under the first rows, closed and open. */
export const foldWords = {
  closed: (n: number) => `Show ${n} more ${n === 1 ? 'row' : 'rows'}`,
  open: 'Show fewer rows',
};

/** A title when the tag gives none: "Applications by country". */
export function defaultTableTitle(valueLabel: string | undefined, nameLabel: string): string {
  return valueLabel ? `${valueLabel} by ${nameLabel.toLowerCase()}` : nameLabel;
}

/** Rows the story could not know, left out of the table and said so. */
export function laterRowsNote(n: number, publishedAt: string): string {
  return `${rowsWord(n)} published after this story (${publishedAt}) ${n === 1 ? 'is' : 'are'} left out.`;
}
