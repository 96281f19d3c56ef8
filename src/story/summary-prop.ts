import { ContentError } from '../problems/content-error.ts';

/**
 * summary="…" on a figure tag: the journalist's own sentence in place of the generated one, which
 * then moves to the caption of the figure's table, so a reader (and a screen reader) still has it.
 */
export function figureSummary(
  props: Record<string, string | undefined>,
  generated: string,
  at: { path: string; line: number },
): { summary: string; caption: (tableCaption: string) => string } {
  const written = props.summary;
  if (written === undefined) return { summary: generated, caption: (tableCaption) => tableCaption };
  if (written.trim() === '')
    throw new ContentError(
      at.path,
      at.line,
      'summary',
      'is empty: write the sentence a reader should have in place of the graphic, or leave summary out for the one generated from the data',
    );
  return {
    summary: written.trim(),
    caption: (tableCaption) => `${tableCaption}${/[.!?]$/.test(tableCaption) ? '' : '.'} ${generated}`,
  };
}
