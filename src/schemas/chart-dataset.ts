import { z } from 'astro/zod';
import { count, dateText, emptyOr, oneOf, slug, text } from './fields.ts';

/** The columns of a chart dataset CSV, in order. */
export const chartColumns = [
  'id',
  'series',
  'kind',
  'scope',
  'date',
  'announced',
  'value',
  'qualifier',
  'source',
  'note',
] as const;

/** One figure in a chart dataset: one number, from one source. */
export const chartRowSchema = z.strictObject({
  /** Unique id across all datasets; `<Fact id="…"/>` quotes it. */
  id: slug,
  /** The publisher as a short series name (SOHR, UN OHCHR, SCPR). */
  series: text,
  /** Documented count (a list of named dead) or modelled estimate. */
  kind: oneOf(['documented count', 'modelled estimate']),
  /** Whom it counts: everyone, or civilians only. */
  scope: oneOf(['all', 'civilians']),
  /** The date or period the figure covers, as written. */
  date: dateText,
  /** When it was published; figures published after the story's date only appear in an update. */
  announced: emptyOr(dateText),
  /** The number, digits only. */
  value: count,
  /** How the source qualified it. */
  qualifier: z.enum(['', 'at least', 'more than', 'about', 'nearly'], {
    error: (iss) =>
      `"${String(iss.input)}" is not allowed: leave it empty or use "at least", "more than", "about", "nearly"`,
  }),
  /** A source id from src/content/sources.yaml. */
  source: slug,
  /** Anything a reader should know about this figure. */
  note: z.string(),
});

export type ChartRowInput = z.output<typeof chartRowSchema>;
